// Opening a journey for editing: take the tab lock (or follow read-only), replay what a page that
// went away mid-save left in the journal, load and validate the journey, autosave while editing,
// and stop writing when a newer Parcours appears in another tab or the database is deleted.
import type { Id, Journey, Persona, SaveStatus } from '../model';
import type { DocumentStore } from '../store/documentStore';
import type { SessionMode } from '../store/sessionStore';
import { startAutosave, type Autosave } from '../persistence/autosave';
import { onDatabaseOutdated, type OutdatedCause } from '../persistence/database';
import { browserJournalStorage, createEditJournal } from '../persistence/editJournal';
import { recoverJourneyJournals } from '../persistence/journalRecovery';
import {
  createJourneyWriter,
  startSaveWorker,
  type JourneyWriter,
} from '../persistence/journeyWriter';
import type { Repository } from '../persistence/repository';
import { whenIdle } from './idle';
import { acquireJourneyLock, type JourneyLock } from '../persistence/tabLock';
import {
  TAB_ID,
  compareVersions,
  openTabChannel,
  type TabMessage,
} from '../persistence/tabChannel';

export interface SessionCallbacks {
  onMode: (mode: SessionMode) => void;
  onSave: (status: SaveStatus) => void;
}

export interface JourneySession {
  /** Makes this tab the editor, taking the lock from the tab that holds it. */
  takeOver: () => Promise<void>;
  /** Saves now, e.g. after a failed write. */
  flush: () => Promise<void>;
  /** After the database was deleted: writes the open journey and its personas into a new one. */
  storeAgain: (personas: readonly Persona[]) => Promise<void>;
  close: () => Promise<void>;
}

export function openJourneySession(
  journeyId: Id,
  store: DocumentStore,
  repository: Repository,
  appVersion: string,
  callbacks: SessionCallbacks,
): JourneySession {
  let lock: JourneyLock | null = null;
  let autosave: Autosave | null = null;
  let writer: JourneyWriter | null = null;
  let cancelWarmUp = () => {};
  let closed = false;
  let outdated = false;

  const channel = openTabChannel(onMessage);
  const stopListeningForUpgrades = onDatabaseOutdated((cause) => void stopWriting(cause));

  function onMessage(message: TabMessage) {
    if (message.type === 'hello') {
      const order = compareVersions(message.appVersion, appVersion);
      if (order > 0) void stopWriting('upgraded');
      // Answer an older tab, so it learns a newer version is open.
      else if (order < 0) channel.post({ type: 'hello', appVersion, tabId: TAB_ID });
    } else if (message.journeyId === journeyId && !autosave) {
      void reload();
    }
  }

  async function reload(): Promise<boolean> {
    const result = await repository.loadJourney(journeyId);
    if (closed) return false;
    if (result.ok) {
      store.getState().load(result.journey);
      return true;
    }
    callbacks.onMode(
      result.reason === 'missing'
        ? { kind: 'missing' }
        : { kind: 'quarantined', reason: result.notice.reason },
    );
    return false;
  }

  function startEditing(held: JourneyLock) {
    lock = held;
    store.getState().setReadOnly(false);
    const databaseVersion = repository.databaseVersion();
    const journeyWriter = createJourneyWriter({
      // A large map is written by the save worker, off the main thread.
      startPort: databaseVersion === null ? () => null : startSaveWorker,
      stored: store.getState().journey,
      databaseVersion: databaseVersion ?? 0,
      writeWhole: (journey) => repository.saveJourney(journey),
    });
    writer = journeyWriter;
    // The worker starts once the map is on screen, ready for the first save.
    cancelWarmUp = whenIdle(journeyWriter.warmUp, 2_000);
    autosave = startAutosave({
      source: {
        getJourney: () => store.getState().journey,
        subscribe: (listener) =>
          store.subscribe((state, previous) => listener(state.journey, previous.journey)),
      },
      save: async (journey: Journey) => {
        await journeyWriter.write(journey);
        channel.post({ type: 'journeySaved', journeyId, tabId: TAB_ID });
      },
      saveOnExit: (journey, onDone) =>
        repository.saveJourneyOnExit(journey, (error) => {
          if (!error) channel.post({ type: 'journeySaved', journeyId, tabId: TAB_ID });
          onDone(error);
        }),
      onStatus: callbacks.onSave,
      journal: createEditJournal(browserJournalStorage(), journeyId, TAB_ID),
      page: typeof window === 'undefined' ? undefined : window,
    });
    callbacks.onMode({ kind: 'editing' });
    void held.lost.then(async () => {
      if (lock !== held) return;
      await stopEditing();
      if (!closed && !outdated) followReadOnly();
    });
  }

  async function stopEditing() {
    const saver = autosave;
    autosave = null;
    store.getState().setReadOnly(true);
    if (saver) {
      await saver.flush();
      saver.stop();
    }
    closeWriter();
  }

  function closeWriter() {
    cancelWarmUp();
    writer?.close();
    writer = null;
  }

  async function stopWriting(cause: OutdatedCause) {
    outdated = true;
    // A deleted database cannot take the last save: it would be written to a new, empty one.
    if (cause === 'deleted') {
      autosave?.stop();
      autosave = null;
      closeWriter();
    }
    await stopEditing();
    lock?.release();
    lock = null;
    callbacks.onMode({ kind: 'outdated', cause });
  }

  /**
   * This tab now owns the journey: edits a page left unsaved (closed, crashed, mid-save) come back
   * from the journal first, then the journey is read and edited. False if it could not be.
   */
  async function becomeEditor(held: JourneyLock): Promise<boolean> {
    await recoverJourneyJournals(repository, browserJournalStorage(), journeyId).catch(
      () => 0, // storage refused the replay: the journal stays for the next load
    );
    if (closed || outdated || !(await reload()) || closed || outdated) {
      held.release();
      return false;
    }
    startEditing(held);
    return true;
  }

  let waiting: AbortController | null = null;

  /** Read-only: follow the editing tab, and take over by itself the moment that tab lets go. */
  function followReadOnly() {
    callbacks.onMode({ kind: 'readOnly' });
    waiting?.abort();
    const controller = new AbortController();
    waiting = controller;
    void acquireJourneyLock(journeyId, { wait: true, signal: controller.signal }).then((held) => {
      if (waiting !== controller) {
        held?.release();
        return;
      }
      waiting = null;
      if (held) void becomeEditor(held);
    });
  }

  function stopWaiting() {
    waiting?.abort();
    waiting = null;
  }

  async function start() {
    callbacks.onMode({ kind: 'loading' });
    store.getState().setReadOnly(true);
    const held = await acquireJourneyLock(journeyId);
    if (held) {
      await becomeEditor(held);
    } else if (!closed && (await reload()) && !closed) {
      followReadOnly();
    }
    if (!closed) channel.post({ type: 'hello', appVersion, tabId: TAB_ID });
  }

  void start();

  return {
    takeOver: async () => {
      if (outdated || autosave) return;
      stopWaiting();
      const held = await acquireJourneyLock(journeyId, { steal: true });
      if (!held) return;
      // The other tab flushes as it loses the lock; give its write a moment. If it crashed, its
      // journal holds what it had not saved, and becomeEditor replays it.
      await new Promise((resolve) => setTimeout(resolve, 150));
      await becomeEditor(held);
    },
    flush: async () => {
      await autosave?.flush();
    },
    storeAgain: async (personas) => {
      const journey = store.getState().journey;
      const linked = personas.filter((persona) => journey.personaIds.includes(persona.id));
      await repository.restoreRecords([journey], linked);
    },
    close: async () => {
      closed = true;
      stopWaiting();
      stopListeningForUpgrades();
      await stopEditing();
      lock?.release();
      lock = null;
      channel.close();
    },
  };
}
