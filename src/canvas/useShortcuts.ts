// Keyboard shortcuts for the editor (listed in shortcuts.ts). Text fields keep their own keys.
import { useReactFlow } from '@xyflow/react';
import { useEffect } from 'react';
import type { Id } from '../model';
import { actions, journeyStore, useUiStore } from '../store';
import type { Selection } from '../store/uiStore';
import { clipboardCards, copyCards } from '../store/clipboard';
import { usePresentStore } from '../store/presentStore';
import { startPresenting } from '../services/presenting';
import { useFocusStore } from '../store/focusStore';
import { targetForSelection } from '../model/focus';

export function isTextEntry(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

const ARROWS: Record<string, [number, number]> = {
  ArrowLeft: [-1, 0],
  ArrowRight: [1, 0],
  ArrowUp: [0, -1],
  ArrowDown: [0, 1],
};

/** The stage or lane a header node stands for, from its React Flow id ('stage:ID', 'lane:ID'). */
function headerSelection(nodeId: string): { kind: 'stage' | 'lane'; id: Id } | null {
  const [kind, id] = nodeId.split(':');
  return (kind === 'stage' || kind === 'lane') && id ? { kind, id } : null;
}

function isSelected(selection: Selection, header: { kind: 'stage' | 'lane'; id: Id }): boolean {
  return selection?.kind === header.kind && selection.id === header.id;
}

function selectedCardIds(): Id[] {
  const selection = useUiStore.getState().selection;
  return selection?.kind === 'cards' ? selection.ids : [];
}

export function useShortcuts(): void {
  const { fitView } = useReactFlow();

  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (isTextEntry(event.target) || event.defaultPrevented) return;
      // Present mode has its own keys (ui/present/usePresentKeys.ts): arrows step stages there.
      // Ctrl/⌘ shortcuts (undo above all) still work while presenting.
      if (usePresentStore.getState().active && !event.ctrlKey && !event.metaKey) return;
      const ui = useUiStore.getState();
      const { journey } = journeyStore.getState();
      const selection = ui.selection;
      const mod = event.ctrlKey || event.metaKey;
      const key = event.key.length === 1 ? event.key.toLowerCase() : event.key;
      const cards = selectedCardIds();
      const handled = () => event.preventDefault();

      // A card reached with Tab is selected with Enter or Space, as a click would.
      const focusedNode =
        event.target instanceof HTMLElement ? event.target.closest('.react-flow__node') : null;
      const focusedId = focusedNode?.getAttribute('data-id');
      if (
        (key === 'Enter' || key === ' ') &&
        focusedId &&
        journey.cards[focusedId] &&
        !cards.includes(focusedId)
      ) {
        handled();
        ui.select({ kind: 'cards', ids: [focusedId] });
        return;
      }
      // So is a stage or lane header; once selected, Enter edits its name in place.
      const header = focusedId ? headerSelection(focusedId) : null;
      if ((key === 'Enter' || key === ' ') && header && !isSelected(selection, header)) {
        handled();
        ui.select(header);
        return;
      }

      if (mod && key === 'z') {
        handled();
        if (event.shiftKey) actions.redo();
        else actions.undo();
      } else if (mod && key === 'y') {
        handled();
        actions.redo();
      } else if (mod && key === 'a') {
        handled();
        ui.select({ kind: 'cards', ids: Object.keys(journey.cards) });
      } else if (mod && key === 'd' && cards.length > 0) {
        handled();
        const copies = actions.duplicateCards(cards);
        ui.select({ kind: 'cards', ids: copies });
      } else if (mod && (key === 'c' || key === 'x') && cards.length > 0) {
        handled();
        copyCards(cards.flatMap((id) => (journey.cards[id] ? [journey.cards[id]] : [])));
        if (key === 'x') {
          actions.deleteCards(cards);
          ui.select(null);
        }
      } else if (mod && key === 'v') {
        handled();
        const target = selection?.kind === 'cell' ? selection : undefined;
        const pasted = actions.pasteCards(clipboardCards(), target);
        if (pasted.length > 0) ui.select({ kind: 'cards', ids: pasted });
      } else if (mod) {
        return;
      } else if (key === 'Delete' || key === 'Backspace') {
        if (cards.length > 0) {
          handled();
          actions.deleteCards(cards);
          ui.select(null);
        } else if (selection?.kind === 'connector') {
          handled();
          actions.disconnect(selection.id);
          ui.select(null);
        }
      } else if (key === 'Escape') {
        // A first Escape clears the selection; with nothing selected, it clears the focus.
        if (!selection) useFocusStore.getState().clearFocus();
        ui.select(null);
        ui.setShortcutsOpen(false);
      } else if (key === 'p' && !event.altKey) {
        handled();
        startPresenting();
      } else if (key === '?') {
        handled();
        ui.setShortcutsOpen(true);
      } else if (key === '!' || (event.shiftKey && event.code === 'Digit1')) {
        handled();
        void fitView({ duration: 300 });
      } else if ((key === 'n' || key === 'Enter') && selection?.kind === 'cell') {
        handled();
        const id = actions.addCard(selection.stageId, selection.laneId);
        if (id) ui.select({ kind: 'cards', ids: [id] });
      } else if ((key === 'Enter' || key === 'F2') && cards.length === 1 && cards[0]) {
        handled();
        ui.setEditing(`card:${cards[0]}`);
      } else if (
        (key === 'Enter' || key === 'F2') &&
        (selection?.kind === 'stage' || selection?.kind === 'lane')
      ) {
        handled();
        ui.setEditing(`${selection.kind}:${selection.id}`);
      } else if (key === 'f' && !event.altKey) {
        const target = event.shiftKey ? null : targetForSelection(journey, selection);
        handled();
        if (target) useFocusStore.getState().toggleFocus(target);
        else if (event.shiftKey) useFocusStore.getState().clearFocus();
      } else if (ARROWS[key]) {
        const [stageStep, laneStep] = ARROWS[key];
        if (cards.length > 0) {
          handled();
          actions.moveCardsBy(cards, stageStep, laneStep);
        } else if (selection?.kind === 'cell') {
          handled();
          const stage =
            journey.stages[journey.stages.findIndex((s) => s.id === selection.stageId) + stageStep];
          const lane =
            journey.lanes[journey.lanes.findIndex((l) => l.id === selection.laneId) + laneStep];
          if (stage && lane) ui.select({ kind: 'cell', stageId: stage.id, laneId: lane.id });
        }
      }
    }
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [fitView]);
}
