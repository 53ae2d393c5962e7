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
  setEditing: (editingId: string | null) => void;
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
    setEditing: (editingId) => set({ editingId }),
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
