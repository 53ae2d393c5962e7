// "Edit, then select the result", written once: the key commands, the palette, the canvas and the
// inspectors all add, duplicate and delete cards through these, so each gesture leaves the same
// selection behind, and a new card always starts with its text being typed.
import { cardTitle, type CardKind, type Id } from '../model';
import { actions, journeyStore, useUiStore } from '../store';
import { cellNodeId } from './mapNavigation';

/** Adds a card to a cell (the lane's natural kind unless `kind` is given), selects it, and starts
 * typing into it: whatever is typed next goes into the card, never to a shortcut. */
export function addCardAndType(stageId: Id, laneId: Id, kind?: CardKind): Id | null {
  const ui = useUiStore.getState();
  const id = actions.addCard(stageId, laneId, kind, ui.activePersonaId);
  if (!id) return null;
  ui.select({ kind: 'cards', ids: [id] });
  ui.setEditing(`card:${id}`, true);
  return id;
}

/**
 * Ends typing into a card from the keyboard. On a card just added, Enter keeps the text and starts
 * the next card in the same cell (unless the card is still blank); otherwise the key keeps the text
 * and stops. A card just added and left blank is taken away again. Keyboard focus goes back to
 * the card (or to its cell).
 */
export function finishTyping(cardId: Id, key: 'Enter' | 'Escape'): void {
  const ui = useUiStore.getState();
  const isNew = ui.editingNew;
  const card = journeyStore.getState().journey.cards[cardId];
  ui.setEditing(null);
  if (!card) return;
  const blank = cardTitle(card).trim() === '';
  if (blank && isNew) {
    deleteAndDeselect([cardId]);
    ui.select({ kind: 'cell', stageId: card.stageId, laneId: card.laneId });
    ui.focusNode(cellNodeId(card.stageId, card.laneId));
    return;
  }
  if (key === 'Enter' && !blank && isNew) {
    addCardAndType(card.stageId, card.laneId, card.kind);
    return;
  }
  ui.focusNode(cardId);
}

/** Copies cards next to themselves and selects the copies. */
export function duplicateAndSelect(ids: readonly Id[]): void {
  const copies = actions.duplicateCards([...ids]);
  if (copies.length > 0) useUiStore.getState().select({ kind: 'cards', ids: copies });
}

/** Deletes cards and clears the selection they were in. */
export function deleteAndDeselect(ids: readonly Id[]): void {
  actions.deleteCards([...ids]);
  useUiStore.getState().select(null);
}
