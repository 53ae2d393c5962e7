// UI state kept apart from the document: selection and open panels. Never part of undo history.
import { create } from 'zustand';
import { immer } from 'zustand/middleware/immer';
import type { Id } from '../model';

export type Selection =
  | { kind: 'cards'; ids: Id[] }
  | { kind: 'stage'; id: Id }
  | { kind: 'lane'; id: Id }
  | { kind: 'cell'; stageId: Id; laneId: Id }
  | { kind: 'connector'; id: Id }
  | null;

export interface UiState {
  selection: Selection;
  inspectorOpen: boolean;
  shortcutsOpen: boolean;
  /** The persona whose curve new emotion points join; null means the journey's first persona. */
  activePersonaId: Id | null;
  /** What is being edited in place on the map: 'card:ID', 'stage:ID' or 'lane:ID'. */
  editingId: string | null;
  /** The card being edited was just added: Escape on it while still blank takes it away again. */
  editingNew: boolean;
  /**
   * The map node keyboard focus was last on (a card id, 'cell:STAGE:LANE', 'stage:ID' or
   * 'lane:ID'): Tab and the skip link come back to it, as the map's one Tab stop.
   */
  mapCursor: string | null;
  /** A request for the canvas to move keyboard focus to a node (null: to the map's cursor). */
  focusRequest: { nodeId: string | null; serial: number };
  setEditing: (editingId: string | null, isNew?: boolean) => void;
  setMapCursor: (nodeId: string | null) => void;
  focusNode: (nodeId: string | null) => void;
  setActivePersona: (id: Id | null) => void;
  select: (selection: Selection) => void;
  toggleCardSelection: (id: Id) => void;
  setInspectorOpen: (open: boolean) => void;
  setShortcutsOpen: (open: boolean) => void;
}

export const useUiStore = create<UiState>()(
  immer((set) => ({
    selection: null,
    inspectorOpen: true,
    shortcutsOpen: false,
    activePersonaId: null,
    editingId: null,
    editingNew: false,
    mapCursor: null,
    focusRequest: { nodeId: null, serial: 0 },
    setEditing: (editingId, isNew = false) => set({ editingId, editingNew: isNew }),
    setMapCursor: (mapCursor) => set({ mapCursor }),
    focusNode: (nodeId) =>
      set((state) => {
        state.focusRequest = { nodeId, serial: state.focusRequest.serial + 1 };
      }),
    setActivePersona: (activePersonaId) => set({ activePersonaId }),
    select: (selection) => set({ selection }),
    toggleCardSelection: (id) =>
      set((state) => {
        const current = state.selection?.kind === 'cards' ? state.selection.ids : [];
        const ids = current.includes(id) ? current.filter((c) => c !== id) : [...current, id];
        state.selection = ids.length > 0 ? { kind: 'cards', ids } : null;
      }),
    setInspectorOpen: (inspectorOpen) => set({ inspectorOpen }),
    setShortcutsOpen: (shortcutsOpen) => set({ shortcutsOpen }),
  })),
);
