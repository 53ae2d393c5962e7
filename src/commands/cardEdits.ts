// "Edit, then select the result", written once: the key commands, the palette, the canvas and the
// inspectors all add, duplicate and delete cards through these, so each gesture leaves the same
// selection behind, and a new card always starts with its text being typed.
import type { CardKind, Id } from '../model';
import { actions, useUiStore } from '../store';

/** Adds a card to a cell (the lane's natural kind unless `kind` is given), selects it, and starts
 * typing into it: whatever is typed next goes into the card, never to a shortcut. */
export function addCardAndType(stageId: Id, laneId: Id, kind?: CardKind): Id | null {
  const ui = useUiStore.getState();
  const id = actions.addCard(stageId, laneId, kind, ui.activePersonaId);
  if (!id) return null;
  ui.select({ kind: 'cards', ids: [id] });
  ui.setEditing(`card:${id}`);
  return id;
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
