// The library: journeys, personas and trash on this device, refreshed from storage after each change.
import { create } from 'zustand';
import { z } from 'zod';
import {
  PersonaSchema,
  createId,
  createPersona,
  journeyFromTemplate,
  readSavedJourneyTemplates,
  templateFromJourney,
  type Id,
  type Journey,
  type JourneyTemplate,
  type Persona,
  type SavedJourneyTemplate,
} from '../model';
import type { ImportError } from '../io/importErrors';
import { readImportFile, type ImportedFile } from '../io/importFile';
import {
  personaConflicts,
  planImport,
  type ImportPlan,
  type PersonaChoice,
} from '../io/importPlan';
import { repository } from '../persistence';
import { createPersonaSaver } from '../persistence/personaSaver';
import { browserJournalStorage } from '../persistence/editJournal';
import { recoverAllJournals } from '../persistence/journalRecovery';
import type { TrashRecord } from '../persistence/database';
import type { DeletedPersona, QuarantineNotice } from '../persistence/repository';

/** What a persona template carries: every sheet field, never an id, dates or an avatar. */
export type PersonaTemplate = Omit<
  Persona,
  'id' | 'createdAt' | 'updatedAt' | 'avatarImageId' | 'color'
> &
  Partial<Pick<Persona, 'color'>>;

export interface LibraryState {
  loaded: boolean;
  journeys: Journey[];
  personas: Persona[];
  trash: TrashRecord[];
  /** Persona templates the user saved on this device. */
  personaTemplates: SavedPersonaTemplate[];
  /** Journey templates the user saved on this device. */
  journeyTemplates: SavedJourneyTemplate[];
  notices: QuarantineNotice[];
  error: string | null;
  refresh: () => Promise<void>;
  /** Reads only the personas: what the editor needs, without re-validating every journey. */
  refreshPersonas: () => Promise<void>;
  /** Stores a new journey built from a template (fresh ids) and returns its id. */
  createJourney: (template: JourneyTemplate) => Promise<Id>;
  /** Keeps a journey's structure and cards, without its personas, as a template on this device. */
  saveJourneyAsTemplate: (id: Id) => Promise<SavedJourneyTemplate | null>;
  deleteJourneyTemplate: (id: Id) => Promise<void>;
  renameJourney: (id: Id, title: string) => Promise<void>;
  duplicateJourney: (id: Id, title: string) => Promise<Id | null>;
  trashJourney: (id: Id) => Promise<void>;
  restoreJourney: (id: Id) => Promise<void>;
  deleteForever: (id: Id) => Promise<void>;
  addPersona: (name: string) => Promise<Id>;
  /** Adds a persona filled in from an example or a saved template (a fresh copy, new id). */
  addPersonaFrom: (template: PersonaTemplate) => Promise<Id>;
  savePersonaAsTemplate: (id: Id) => Promise<void>;
  /** The last deleted persona, kept so the deletion can be undone. */
  deletedPersona: DeletedPersona | null;
  deletePersona: (id: Id) => Promise<void>;
  undoDeletePersona: () => Promise<void>;
  /** Applies a pure persona edit now and saves it shortly after (the persona editor types here). */
  changePersona: (id: Id, change: (persona: Persona) => Persona) => void;
  /** Runs the import pipeline on a file and finds its personas already in the library. */
  prepareImport: (
    input: string | Blob,
  ) => Promise<
    { ok: true; file: ImportedFile; conflicts: Persona[] } | { ok: false; error: ImportError }
  >;
  /** Writes a checked file in one transaction; on failure the library is left as it was. */
  commitImport: (
    file: ImportedFile,
    choice: PersonaChoice,
  ) => Promise<{ ok: true; plan: ImportPlan } | { ok: false; error: ImportError }>;
}

const TEMPLATES_SETTING = 'personaTemplates';
const JOURNEY_TEMPLATES_SETTING = 'journeyTemplates';

export interface SavedPersonaTemplate {
  id: Id;
  persona: PersonaTemplate;
}

const SavedTemplatesSchema = z.array(
  z.object({
    id: z.string().min(1),
    persona: PersonaSchema.omit({
      id: true,
      createdAt: true,
      updatedAt: true,
      avatarImageId: true,
    }),
  }),
);

/** Saved templates are read back through the schema: a damaged setting yields none, not a crash. */
function readTemplates(value: unknown): SavedPersonaTemplate[] {
  const parsed = SavedTemplatesSchema.safeParse(value ?? []);
  return parsed.success ? parsed.data : [];
}

export const useLibraryStore = create<LibraryState>()((set, get) => {
  const personaSaver = createPersonaSaver(repository, (error) =>
    set({ error: error instanceof Error ? error.message : String(error) }),
  );

  /** Runs a storage change, then re-reads the library; a failure is shown, never thrown away. */
  async function change<T>(write: () => Promise<T>): Promise<T | undefined> {
    try {
      const result = await write();
      await get().refresh();
      return result;
    } catch (error) {
      set({ error: error instanceof Error ? error.message : String(error) });
      return undefined;
    }
  }

  return {
    loaded: false,
    journeys: [],
    personas: [],
    trash: [],
    personaTemplates: [],
    journeyTemplates: [],
    deletedPersona: null,
    notices: [],
    error: null,
    refresh: async () => {
      try {
        // Edits that a page closed mid-save left in the journal, before the list is read.
        await recoverAllJournals(repository, browserJournalStorage()).catch(() => 0);
        const [journeys, personas, trash, templates, journeyTemplates] = await Promise.all([
          repository.listJourneys(),
          repository.listPersonas(),
          repository.listTrash(),
          repository.getSetting<unknown>(TEMPLATES_SETTING),
          repository.getSetting<unknown>(JOURNEY_TEMPLATES_SETTING),
        ]);
        set((state) => ({
          loaded: true,
          journeys: journeys.journeys,
          personas: personas.personas,
          trash,
          personaTemplates: readTemplates(templates),
          journeyTemplates: readSavedJourneyTemplates(journeyTemplates),
          error: null,
          notices: [...state.notices, ...journeys.notices, ...personas.notices].filter(
            (notice, index, all) => all.findIndex((n) => n.recordId === notice.recordId) === index,
          ),
        }));
      } catch (error) {
        set({ loaded: true, error: error instanceof Error ? error.message : String(error) });
      }
    },
    refreshPersonas: async () => {
      try {
        const { personas, notices } = await repository.listPersonas();
        set((state) => ({ personas, notices: [...state.notices, ...notices] }));
      } catch (error) {
        set({ error: error instanceof Error ? error.message : String(error) });
      }
    },
    createJourney: async (template) => {
      const journey = journeyFromTemplate(template);
      await change(() => repository.saveJourney(journey));
      return journey.id;
    },
    saveJourneyAsTemplate: async (id) => {
      const journey = get().journeys.find((j) => j.id === id);
      if (!journey) return null;
      const saved: SavedJourneyTemplate = {
        id: createId(),
        name: journey.title,
        savedAt: new Date().toISOString(),
        template: templateFromJourney(journey),
      };
      const all = [...get().journeyTemplates, saved];
      const written = await change(async () => {
        await repository.setSetting(JOURNEY_TEMPLATES_SETTING, all);
        return true;
      });
      return written ? saved : null;
    },
    deleteJourneyTemplate: async (id) => {
      const kept = get().journeyTemplates.filter((template) => template.id !== id);
      await change(() => repository.setSetting(JOURNEY_TEMPLATES_SETTING, kept));
    },
    renameJourney: async (id, title) => {
      await change(async () => {
        const loaded = await repository.loadJourney(id);
        if (loaded.ok) {
          await repository.saveJourney({
            ...loaded.journey,
            title,
            updatedAt: new Date().toISOString(),
          });
        }
      });
    },
    duplicateJourney: async (id, title) =>
      (await change(async () => (await repository.duplicateJourney(id, title))?.id ?? null)) ??
      null,
    trashJourney: async (id) => {
      await change(() => repository.trashJourney(id));
    },
    restoreJourney: async (id) => {
      await change(() => repository.restoreJourney(id));
    },
    deleteForever: async (id) => {
      await change(() => repository.deleteFromTrash(id));
    },
    changePersona: (id, change) => {
      const current = get().personas.find((p) => p.id === id);
      if (!current) return;
      const changed = change(current);
      if (changed === current) return;
      const next = { ...changed, updatedAt: new Date().toISOString() };
      set({ personas: get().personas.map((p) => (p.id === id ? next : p)) });
      personaSaver.schedule(next);
    },
    addPersonaFrom: async (template) => {
      const persona = { ...createPersona(template.name, get().personas.length), ...template };
      await change(() => repository.savePersona(persona));
      return persona.id;
    },
    deletePersona: async (id) => {
      const deleted = await change(() => repository.deletePersona(id));
      if (deleted) set({ deletedPersona: deleted });
    },
    undoDeletePersona: async () => {
      const deleted = get().deletedPersona;
      if (!deleted) return;
      set({ deletedPersona: null });
      await change(() => repository.restorePersona(deleted));
    },
    savePersonaAsTemplate: async (id) => {
      const persona = get().personas.find((p) => p.id === id);
      if (!persona) return;
      const { id: _id, createdAt: _c, updatedAt: _u, avatarImageId: _a, ...template } = persona;
      const saved = [...get().personaTemplates, { id: createId(), persona: template }];
      await change(() => repository.setSetting(TEMPLATES_SETTING, saved));
    },
    addPersona: async (name) => {
      const persona = createPersona(name, get().personas.length);
      await change(() => repository.savePersona(persona));
      return persona.id;
    },
    prepareImport: async (input) => {
      const read = await readImportFile(input);
      if (!read.ok) return read;
      try {
        const taken = await repository.takenIds();
        return { ok: true, file: read.file, conflicts: personaConflicts(read.file, taken) };
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        return { ok: false, error: { code: 'storage', message } };
      }
    },
    commitImport: async (file, choice) => {
      try {
        const plan = planImport(file, await repository.takenIds(), choice);
        await repository.importRecords(plan.journeys, plan.personas);
        await get().refresh();
        return { ok: true, plan };
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        return { ok: false, error: { code: 'storage', message } };
      }
    },
  };
});
