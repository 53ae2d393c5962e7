// Present mode's keys: arrows, Page Up/Down (presentation clickers send these) and Space step
// through the stages, Up and Down scroll a stage taller than the screen, Home shows the whole map,
// End the last stage, Escape leaves.
// The editor's own shortcuts stand aside while presenting (see canvas/useShortcuts.ts).
import { useEffect } from 'react';
import { isTextEntry } from '../../canvas/useShortcuts';
import { journeyStore } from '../../store';
import { usePresentStore } from '../../store/presentStore';
import { stopPresenting } from '../../services/presenting';

function stageCount(): number {
  return journeyStore.getState().journey.stages.length;
}

function isPressable(target: EventTarget | null): boolean {
  return target instanceof Element && target.closest('button, a[href], summary') !== null;
}

/** `scroll` moves a stage taller than the screen up or down (Up and Down arrows). */
export function usePresentKeys(scroll: (direction: 1 | -1) => void): void {
  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return;
      // Typing (quick-add, the timer's minutes, a card edited in place) never steps.
      if (isTextEntry(event.target)) {
        if (event.key === 'Escape' && event.target instanceof HTMLElement) event.target.blur();
        return;
      }
      const present = usePresentStore.getState();
      switch (event.key) {
        case 'ArrowRight':
        case 'PageDown':
          present.next(stageCount());
          break;
        case ' ':
          // Space on a focused button presses that button, as everywhere else.
          if (isPressable(event.target)) return;
          present.next(stageCount());
          break;
        case 'ArrowLeft':
        case 'PageUp':
          present.previous();
          break;
        case 'ArrowDown':
          scroll(1);
          break;
        case 'ArrowUp':
          scroll(-1);
          break;
        case 'Home':
          present.overview();
          break;
        case 'End':
          present.last(stageCount());
          break;
        case 'Escape':
          stopPresenting();
          break;
        default:
          return;
      }
      event.preventDefault();
    }
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [scroll]);
}
