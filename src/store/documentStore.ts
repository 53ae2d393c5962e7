// The open journey and its undo history. Every change goes through `edit`, which applies a model
// recipe and records its patches; loading replaces the document and is never an undoable edit.
import { applyPatches } from 'immer';
import { create } from 'zustand';
import { applyRecipe, type Journey, type JourneyRecipe } from '../model';
import { emptyHistory, recordEdit, type History } from './history';

export interface EditOptions {
  /** Edits sharing this key in quick succession (typing in one field) undo as one step. */
  coalesceKey?: string;
}

/**
 * Undo and redo kept elsewhere: in a live session, Yjs's undo manager, which undoes only this
 * person's own changes. While set, Undo and Redo use it instead of the patch history.
 */
export interface ExternalHistory {
  undo: () => void;
  redo: () => void;
  canUndo: boolean;
  canRedo: boolean;
}

export interface DocumentState {
  journey: Journey;
  history: History;
  /** True while another tab edits this journey: every edit, undo and redo is refused. */
  readOnly: boolean;
  setReadOnly: (readOnly: boolean) => void;
  load: (journey: Journey) => void;
  /** Shows a journey changed by someone else (a live session): not an edit, not undoable. */
  applyRemote: (journey: Journey) => void;
  externalHistory: ExternalHistory | null;
  setExternalHistory: (history: ExternalHistory | null) => void;
  edit: (recipe: JourneyRecipe, options?: EditOptions) => void;
  undo: () => void;
  redo: () => void;
}

function touched(journey: Journey): Journey {
  return { ...journey, updatedAt: new Date().toISOString() };
}

export function createDocumentStore(initial: Journey) {
  return create<DocumentState>()((set, get) => ({
    journey: initial,
    history: emptyHistory(),
    readOnly: false,
    setReadOnly: (readOnly) => set({ readOnly }),
    load: (journey) => set({ journey, history: emptyHistory() }),
    applyRemote: (journey) => set({ journey }),
    externalHistory: null,
    setExternalHistory: (externalHistory) => set({ externalHistory }),
    edit: (recipe, options) => {
      if (get().readOnly) return;
      const { journey, patches, inversePatches } = applyRecipe(get().journey, recipe);
      if (patches.length === 0) return;
      const entry = {
        patches,
        inversePatches,
        coalesceKey: options?.coalesceKey ?? null,
        at: Date.now(),
      };
      set({ journey: touched(journey), history: recordEdit(get().history, entry) });
    },
    undo: () => {
      const { journey, history, readOnly, externalHistory } = get();
      if (readOnly) return;
      if (externalHistory) return externalHistory.undo();
      const entry = history.past[history.past.length - 1];
      if (!entry) return;
      set({
        journey: touched(applyPatches(journey, entry.inversePatches)),
        history: { past: history.past.slice(0, -1), future: [entry, ...history.future] },
      });
    },
    redo: () => {
      const { journey, history, readOnly, externalHistory } = get();
      if (readOnly) return;
      if (externalHistory) return externalHistory.redo();
      const [entry, ...future] = history.future;
      if (!entry) return;
      set({
        journey: touched(applyPatches(journey, entry.patches)),
        // A redone step never merges with the next edit.
        history: { past: [...history.past, { ...entry, coalesceKey: null }], future },
      });
    },
  }));
}

export type DocumentStore = ReturnType<typeof createDocumentStore>;
