// The library as the interface shows it: journeys, personas, trash and saved templates on this
// device, with the notices about records set aside. State only: reading and writing storage is
// the library service's job (src/services/library.ts), which puts what it read here.
import { create } from 'zustand';
import type { Id, Journey, Persona, SavedJourneyTemplate, SavedPersonaTemplate } from '../model';

/** A stored record that was set aside, or left alone because a newer Parcours wrote it. */
export interface LibraryNotice {
  table: string;
  recordId: string;
  reason: string;
}

/** What a deleted persona took with it, so the deletion can be undone exactly. */
export interface DeletedPersonaSnapshot {
  persona: unknown;
  journeys: unknown[];
}

export interface LibraryContents {
  journeys: Journey[];
  personas: Persona[];
  trash: { id: Id; title: string; deletedAt: string }[];
  personaTemplates: SavedPersonaTemplate[];
  journeyTemplates: SavedJourneyTemplate[];
}

export interface LibraryState extends LibraryContents {
  loaded: boolean;
  notices: LibraryNotice[];
  error: string | null;
  /** The last deleted persona, kept so the deletion can be undone. */
  deletedPersona: DeletedPersonaSnapshot | null;
  /** Puts what was read from storage on screen, adding its notices to those already shown. */
  showContents: (contents: LibraryContents, notices: LibraryNotice[]) => void;
  showPersonas: (personas: Persona[], notices: LibraryNotice[]) => void;
  /** Replaces one persona as it is being edited, before it is saved. */
  showPersona: (persona: Persona) => void;
  setDeletedPersona: (deleted: DeletedPersonaSnapshot | null) => void;
  reportError: (error: unknown) => void;
}

function distinctNotices(notices: LibraryNotice[]): LibraryNotice[] {
  return notices.filter(
    (notice, index, all) => all.findIndex((n) => n.recordId === notice.recordId) === index,
  );
}

export const useLibraryStore = create<LibraryState>()((set) => ({
  loaded: false,
  journeys: [],
  personas: [],
  trash: [],
  personaTemplates: [],
  journeyTemplates: [],
  deletedPersona: null,
  notices: [],
  error: null,
  showContents: (contents, notices) =>
    set((state) => ({
      ...contents,
      loaded: true,
      error: null,
      notices: distinctNotices([...state.notices, ...notices]),
    })),
  showPersonas: (personas, notices) =>
    set((state) => ({ personas, notices: distinctNotices([...state.notices, ...notices]) })),
  showPersona: (persona) =>
    set((state) => ({
      personas: state.personas.map((p) => (p.id === persona.id ? persona : p)),
    })),
  setDeletedPersona: (deletedPersona) => set({ deletedPersona }),
  reportError: (error) =>
    set({ loaded: true, error: error instanceof Error ? error.message : String(error) }),
}));
