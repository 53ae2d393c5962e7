// What the person should know about the open journey's storage: save state and editing mode.
import { create } from 'zustand';
import type { SaveStatus } from '../persistence/autosave';

export type SessionMode =
  | { kind: 'loading' }
  | { kind: 'editing' }
  /** Another tab is editing this journey; this one follows its saves. */
  | { kind: 'readOnly' }
  /** A newer Parcours opened in another tab: this one stopped writing and asks for a reload. */
  | { kind: 'outdated' }
  | { kind: 'missing' }
  | { kind: 'quarantined'; reason: string };

/** What the banners may ask of the open session. */
export interface SessionControls {
  takeOver: () => Promise<void>;
  flush: () => Promise<void>;
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
