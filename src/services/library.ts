// The library service: every library operation that reads or writes storage or files. It calls
// the repository and the import pipeline, then puts what it read into the library store, which the
// interface draws. A failure is shown in the library, never thrown away.
import {
  SAVED_JOURNEY_TEMPLATE_RECORD,
  SAVED_PERSONA_TEMPLATE_RECORD,
  SAVED_TEMPLATE_SETTINGS,
  SAVED_TEMPLATE_VERSION,
  createId,
  createPersona,
  nextPersonaColor,
  applyRecipe,
  journeyFromTemplate,
  ops,
  personaTemplateOf,
  templateFromJourney,
  type Id,
  type JourneyTemplate,
  type Persona,
  type PersonaTemplate,
  type SavedJourneyTemplate,
  type SavedPersonaTemplate,
} from '../model';
import type { ImportError } from '../io/file/importErrors';
import type { ImportedFile } from '../io/file/importFile';
import type { ImportPlan, PersonaChoice } from '../io/file/importPlan';
import { browserJournalStorage } from '../persistence/editJournal';
import {
  recoverAllJournals,
  recoverJourneyJournals,
  recoverPersonaJournals,
} from '../persistence/journalRecovery';
import { createPersonaSaver } from '../persistence/personaSaver';
import type { DeletedPersona } from '../persistence/repository';
import { acquireJourneyLock } from '../persistence/tabLock';
import { useLibraryStore } from '../store/libraryStore';
import { repository } from './storage';

/** Saved-template entries written by a newer Parcours: written back untouched with the list. */
const newerTemplates = { journey: [] as unknown[], persona: [] as unknown[] };

/** The colours the library's personas already have: a new persona takes another. */
function takenPersonaColors(): string[] {
  return useLibraryStore.getState().personas.map((persona) => persona.color);
}

let personaSaver: ReturnType<typeof createPersonaSaver> | null = null;

/** Persona edits are saved about 300 ms after the last keystroke, and on page exit. */
function saver() {
  personaSaver ??= createPersonaSaver(
    repository(),
    (error) => useLibraryStore.getState().reportError(error),
    typeof window === 'undefined' ? undefined : window,
    browserJournalStorage(),
  );
  return personaSaver;
}

/** Runs a storage change, then re-reads the library; a failure is shown, never thrown away. */
async function change<T>(write: () => Promise<T>): Promise<T | undefined> {
  try {
    const result = await write();
    await refresh();
    return result;
  } catch (error) {
    useLibraryStore.getState().reportError(error);
    return undefined;
  }
}

/**
 * Personas as read from storage, except where this tab holds a newer sheet: an edit not written
 * yet, or one written after this read began. A slow read never takes back what was typed.
 */
function withPendingEdits(personas: Persona[]): Persona[] {
  const shown = new Map(useLibraryStore.getState().personas.map((p) => [p.id, p]));
  return personas.map((persona) => {
    const pending = personaSaver?.pendingFor(persona.id);
    if (pending) return pending;
    const inMemory = shown.get(persona.id);
    return inMemory && inMemory.updatedAt > persona.updatedAt ? inMemory : persona;
  });
}

/** Reads everything the library page shows, after replaying journals of closed pages. */
async function refresh(): Promise<void> {
  const store = useLibraryStore.getState();
  try {
    // Edits that a page closed mid-save left in the journal, before the list is read.
    await recoverAllJournals(repository(), browserJournalStorage()).catch(() => 0);
    await recoverPersonaJournals(repository(), browserJournalStorage()).catch(() => 0);
    const [journeys, personas, trash, personaTemplates, journeyTemplates] = await Promise.all([
      repository().listJourneys(),
      repository().listPersonas(),
      repository().listTrash(),
      repository().readRecordList(SAVED_TEMPLATE_SETTINGS.persona, SAVED_PERSONA_TEMPLATE_RECORD),
      repository().readRecordList(SAVED_TEMPLATE_SETTINGS.journey, SAVED_JOURNEY_TEMPLATE_RECORD),
    ]);
    newerTemplates.persona = personaTemplates.list.newer;
    newerTemplates.journey = journeyTemplates.list.newer;
    store.showContents(
      {
        journeys: journeys.journeys,
        personas: withPendingEdits(personas.personas),
        trash,
        personaTemplates: personaTemplates.list.records,
        journeyTemplates: journeyTemplates.list.records,
      },
      [
        ...journeys.notices,
        ...personas.notices,
        ...personaTemplates.notices,
        ...journeyTemplates.notices,
      ],
    );
  } catch (error) {
    store.reportError(error);
  }
}

function writeTemplates(kind: 'journey' | 'persona', records: readonly unknown[]) {
  return repository().writeRecordList(SAVED_TEMPLATE_SETTINGS[kind], records, newerTemplates[kind]);
}

/**
 * How linking a persona to a journey from outside the editor went: written, left alone because
 * another tab has the journey open (it holds the journey; linking there is the safe way), or not
 * written (the journey is gone or could not be read or stored).
 */
export type LinkOutcome = 'linked' | 'unlinked' | 'openElsewhere' | 'missing' | 'failed';

export type PreparedImport =
  { ok: true; file: ImportedFile; conflicts: Persona[] } | { ok: false; error: ImportError };

/**
 * The import pipeline, loaded with the first import: no page needs it to show itself. A failed
 * load (an update replaced the files while offline) is an import error like any other.
 */
async function loadImportPipeline() {
  try {
    const [file, plan] = await Promise.all([
      import('../io/file/importFile'),
      import('../io/file/importPlan'),
    ]);
    return {
      ok: true as const,
      readImportFile: file.readImportFile,
      personaConflicts: plan.personaConflicts,
    };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false as const, error: { code: 'unreadable' as const, message } };
  }
}

export const library = {
  refresh,

  /** Reads only the personas: what the editor needs, without re-validating every journey. */
  async refreshPersonas(): Promise<void> {
    try {
      const { personas, notices } = await repository().listPersonas();
      useLibraryStore.getState().showPersonas(withPendingEdits(personas), notices);
    } catch (error) {
      useLibraryStore.getState().reportError(error);
    }
  },

  /** Stores a new journey built from a template (fresh ids) and returns its id. */
  async createJourney(template: JourneyTemplate): Promise<Id> {
    const journey = journeyFromTemplate(template);
    await change(() => repository().saveJourney(journey));
    return journey.id;
  },

  /** Keeps a journey's structure and cards, without its personas, as a template on this device. */
  async saveJourneyAsTemplate(id: Id): Promise<SavedJourneyTemplate | null> {
    const { journeys, journeyTemplates } = useLibraryStore.getState();
    const journey = journeys.find((j) => j.id === id);
    if (!journey) return null;
    const saved: SavedJourneyTemplate = {
      schemaVersion: SAVED_TEMPLATE_VERSION,
      id: createId(),
      name: journey.title,
      savedAt: new Date().toISOString(),
      template: templateFromJourney(journey),
    };
    const written = await change(async () => {
      await writeTemplates('journey', [...journeyTemplates, saved]);
      return true;
    });
    return written ? saved : null;
  },

  async deleteJourneyTemplate(id: Id): Promise<void> {
    const kept = useLibraryStore.getState().journeyTemplates.filter((entry) => entry.id !== id);
    await change(() => writeTemplates('journey', kept));
  },

  async renameJourney(id: Id, title: string): Promise<void> {
    await change(async () => {
      const loaded = await repository().loadJourney(id);
      if (!loaded.ok) return;
      await repository().saveJourney({
        ...loaded.journey,
        title,
        updatedAt: new Date().toISOString(),
      });
    });
  },

  async duplicateJourney(id: Id, title: string): Promise<Id | null> {
    const copy = await change(() => repository().duplicateJourney(id, title));
    return copy?.id ?? null;
  },

  trashJourney: (id: Id) => change(() => repository().trashJourney(id)),
  restoreJourney: (id: Id) => change(() => repository().restoreJourney(id)),
  deleteForever: (id: Id) => change(() => repository().deleteFromTrash(id)),

  async addPersona(name: string): Promise<Id> {
    const persona = createPersona(name, takenPersonaColors());
    await change(() => repository().savePersona(persona));
    return persona.id;
  },

  /** Adds a persona filled in from an example or a saved template (a fresh copy, new id). */
  async addPersonaFrom(template: PersonaTemplate): Promise<Id> {
    const taken = takenPersonaColors();
    const base = createPersona(template.name, taken);
    const { color, ...sheet } = template;
    const persona: Persona = { ...base, ...sheet, color: nextPersonaColor(taken, color) };
    await change(() => repository().savePersona(persona));
    return persona.id;
  },

  async savePersonaAsTemplate(id: Id): Promise<void> {
    const { personas, personaTemplates } = useLibraryStore.getState();
    const persona = personas.find((p) => p.id === id);
    if (!persona) return;
    const saved: SavedPersonaTemplate = {
      schemaVersion: SAVED_TEMPLATE_VERSION,
      id: createId(),
      persona: personaTemplateOf(persona),
    };
    await change(() => writeTemplates('persona', [...personaTemplates, saved]));
  },

  /** How many journeys use a persona right now, so a deletion asks first even before the
   * library on screen has caught up with storage. */
  countJourneysUsing: (id: Id) => repository().countJourneysUsing(id),

  async deletePersona(id: Id): Promise<void> {
    const deleted = await change(() => repository().deletePersona(id));
    if (deleted) useLibraryStore.getState().setDeletedPersona(deleted);
  },

  async undoDeletePersona(): Promise<void> {
    const deleted = useLibraryStore.getState().deletedPersona as DeletedPersona | null;
    if (!deleted) return;
    useLibraryStore.getState().setDeletedPersona(null);
    await change(() => repository().restorePersona(deleted));
  },

  /** Applies a pure persona edit now and saves it shortly after (the persona editor types here). */
  changePersona(id: Id, edit: (persona: Persona) => Persona): void {
    const current = useLibraryStore.getState().personas.find((p) => p.id === id);
    if (!current) return;
    const changed = edit(current);
    if (changed === current) return;
    const next = { ...changed, updatedAt: new Date().toISOString() };
    useLibraryStore.getState().showPersona(next);
    saver().schedule(next);
  },

  /** Gives a persona a new photo (or none); the image it replaces is deleted with it. */
  async replaceAvatar(id: Id, blob: Blob | null): Promise<void> {
    // A pending edit is written first, so the photo change is made on the latest sheet.
    await saver().flush();
    const current = useLibraryStore.getState().personas.find((p) => p.id === id);
    if (!current) return;
    try {
      const { avatarImageId } = await repository().replaceAvatar(current, blob);
      // Edits typed while the photo was written are kept, and saved with the new photo.
      const latest = useLibraryStore.getState().personas.find((p) => p.id === id);
      if (!latest) return;
      const next = { ...latest, avatarImageId };
      useLibraryStore.getState().showPersona(next);
      if (latest !== current) saver().schedule(next);
    } catch (error) {
      useLibraryStore.getState().reportError(error);
    }
  },

  /**
   * Links a persona to a stored journey, or unlinks it (which removes its emotion curve there),
   * from the persona's page. The journey is written only under its editing lock: a journey open
   * in another tab is left to that tab, never overwritten, and the outcome says so.
   */
  async setPersonaLinked(journeyId: Id, personaId: Id, linked: boolean): Promise<LinkOutcome> {
    const lock = await acquireJourneyLock(journeyId);
    if (!lock) return 'openElsewhere';
    try {
      // Edits a closed page left in the journal come first, so this write does not undo them.
      await recoverJourneyJournals(repository(), browserJournalStorage(), journeyId);
      const loaded = await repository().loadJourney(journeyId);
      if (!loaded.ok) return 'missing';
      const recipe = linked ? ops.linkPersona(personaId) : ops.unlinkPersona(personaId);
      const { journey } = applyRecipe(loaded.journey, recipe);
      if (journey !== loaded.journey) {
        await repository().saveJourney({ ...journey, updatedAt: new Date().toISOString() });
      }
      return linked ? 'linked' : 'unlinked';
    } catch (error) {
      useLibraryStore.getState().reportError(error);
      return 'failed';
    } finally {
      lock.release();
      await refresh();
    }
  },

  /** A stored image (a persona's photo), or undefined when it is gone. */
  getImage: (id: Id) => repository().getImage(id),

  /** Runs the import pipeline on a file and finds its personas already in the library. */
  async prepareImport(input: string | Blob): Promise<PreparedImport> {
    const pipeline = await loadImportPipeline();
    if (!pipeline.ok) return pipeline;
    const { readImportFile, personaConflicts } = pipeline;
    const read = await readImportFile(input);
    if (!read.ok) return read;
    try {
      const taken = await repository().takenIds();
      return { ok: true, file: read.file, conflicts: personaConflicts(read.file, taken) };
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      return { ok: false, error: { code: 'storage', message } };
    }
  },

  /** Writes a checked file in one transaction; on failure the library is left as it was. */
  async commitImport(
    file: ImportedFile,
    choice: PersonaChoice,
  ): Promise<{ ok: true; plan: ImportPlan } | { ok: false; error: ImportError }> {
    try {
      // Loaded already: the file was read with it (prepareImport).
      const { planImport } = await import('../io/file/importPlan');
      const plan = planImport(file, await repository().takenIds(), choice);
      await repository().importRecords(plan.journeys, plan.personas);
      await refresh();
      return { ok: true, plan };
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      return { ok: false, error: { code: 'storage', message } };
    }
  },
};
