// What the person should know about the open journey's storage: save state and editing mode.
import { create } from 'zustand';
import type { Persona, SaveStatus } from '../model';

export type SessionMode =
  | { kind: 'loading' }
  | { kind: 'editing' }
  /** Another tab is editing this journey; this one follows its saves. */
  | { kind: 'readOnly' }
  /**
   * This tab stopped writing: a newer Parcours upgraded the database in another tab, or the
   * database was deleted under the open journey.
   */
  | { kind: 'outdated'; cause: 'upgraded' | 'deleted' }
  | { kind: 'missing' }
  | { kind: 'quarantined'; reason: string };

/** What the banners may ask of the open session. */
export interface SessionControls {
  takeOver: () => Promise<void>;
  flush: () => Promise<void>;
  /** After the database was deleted: stores the open journey (and its personas) afresh. */
  storeAgain: (personas: readonly Persona[]) => Promise<void>;
}

export interface SessionState {
  mode: SessionMode;
  save: SaveStatus;
  controls: SessionControls | null;
  setMode: (mode: SessionMode) => void;
  setSave: (save: SaveStatus) => void;
  setControls: (controls: SessionControls | null) => void;
}

export const useSessionStore = create<SessionState>()((set) => ({
  mode: { kind: 'loading' },
  save: { state: 'saved', savedAt: null },
  controls: null,
  setMode: (mode) => set({ mode }),
  setSave: (save) => set({ save }),
  setControls: (controls) => set({ controls }),
}));
