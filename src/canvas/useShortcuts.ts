// Keyboard shortcuts for the editor. Text fields keep their own native undo and editing keys.
import { useEffect } from 'react';
import { actions, useUiStore } from '../store';

export function isTextEntry(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

export function useShortcuts(): void {
  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (isTextEntry(event.target)) return;
      const mod = event.ctrlKey || event.metaKey;
      const key = event.key.toLowerCase();
      if (mod && key === 'z') {
        event.preventDefault();
        if (event.shiftKey) actions.redo();
        else actions.undo();
      } else if (mod && key === 'y') {
        event.preventDefault();
        actions.redo();
      } else if (key === 'delete' || key === 'backspace') {
        const selection = useUiStore.getState().selection;
        if (selection?.kind === 'cards') {
          event.preventDefault();
          actions.deleteCards(selection.ids);
          useUiStore.getState().select(null);
        }
      }
    }
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
