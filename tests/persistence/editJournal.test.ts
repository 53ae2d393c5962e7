// @vitest-environment node
// The write-ahead journal: autosave keeps it current within 100 ms and writes it synchronously when
// the page goes away, even mid-save; the next load replays it onto storage, or sets it aside.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { applyRecipe, type Journey } from '../../src/model';
import {
  JOURNAL_DELAY_MS,
  describeStorageError,
  startAutosave,
  type Autosave,
} from '../../src/persistence/autosave';
import { createEditJournal, readJournals } from '../../src/persistence/editJournal';
import { recoverJourneyJournals } from '../../src/persistence/journalRecovery';
import { createDocumentStore, type DocumentStore } from '../../src/store/documentStore';
import { MemoryStorage, deferred, freshRepository, must, sampleJourney } from './helpers';

function fakePage() {
  const document = Object.assign(new EventTarget(), { visibilityState: 'visible' });
  const page = Object.assign(new EventTarget(), { document });
  return { page, asOption: page as never };
}

function rename(store: DocumentStore, title: string) {
  store.getState().edit((draft) => {
    draft.title = title;
  });
}

let storage: MemoryStorage;
let store: DocumentStore;
let autosave: Autosave | null;

function start(save: (journey: Journey) => Promise<void>, page?: never) {
  autosave = startAutosave({
    source: {
      getJourney: () => store.getState().journey,
      subscribe: (listener) =>
        store.subscribe((state, previous) => listener(state.journey, previous.journey)),
    },
    save,
    onStatus: () => {},
    journal: createEditJournal(storage, store.getState().journey.id, 'tab-a'),
    page,
  });
}

function onlyEntry() {
  const journals = readJournals(storage);
  expect(journals).toHaveLength(1);
  return must(journals[0]?.entry);
}

beforeEach(() => {
  vi.useFakeTimers();
  storage = new MemoryStorage();
  store = createDocumentStore(sampleJourney('Stored', '2026-01-01T00:00:00.000Z'));
  autosave = null;
});

afterEach(() => {
  autosave?.stop();
  vi.useRealTimers();
});

describe('autosave and the journal', () => {
  it('journals an edit within JOURNAL_DELAY_MS, holding only what changed', async () => {
    start(() => new Promise(() => {}));
    rename(store, 'Typed');
    expect(readJournals(storage)).toHaveLength(0);

    await vi.advanceTimersByTimeAsync(JOURNAL_DELAY_MS);

    const entry = onlyEntry();
    expect(entry.change.fields.title).toBe('Typed');
    expect(entry.change.cards).toEqual({});
    expect(entry.bases).toEqual(['2026-01-01T00:00:00.000Z']);
    expect(entry.updatedAt).toBe(store.getState().journey.updatedAt);
  });

  it('writes the journal synchronously on pagehide while a save is under way', async () => {
    const { page, asOption } = fakePage();
    const running = deferred<void>();
    start(() => running.promise, asOption);
    rename(store, 'Being saved');
    await vi.advanceTimersByTimeAsync(300); // the save starts, and never finishes
    const saving = store.getState().journey;
    rename(store, 'Typed during the save');

    page.dispatchEvent(new Event('pagehide'));

    const entry = onlyEntry();
    expect(entry.change.fields.title).toBe('Typed during the save');
    expect(entry.bases).toEqual(['2026-01-01T00:00:00.000Z', saving.updatedAt]);
  });

  it('clears the journal once a save holds the latest edit, and keeps it when a save fails', async () => {
    let fail = true;
    start(async () => {
      if (fail) throw new Error('disk');
    });
    rename(store, 'First');
    await vi.advanceTimersByTimeAsync(300);
    expect(readJournals(storage)).toHaveLength(1);

    fail = false;
    await autosave!.flush();
    expect(readJournals(storage)).toHaveLength(0);
  });

  it('keeps saving to IndexedDB when localStorage is full', async () => {
    storage.full = true;
    const save = vi.fn(async () => {});
    start(save);
    rename(store, 'Still saved');
    await vi.advanceTimersByTimeAsync(300);
    expect(save).toHaveBeenCalledTimes(1);
  });
});

describe('replaying journals on the next load', () => {
  // fake-indexeddb runs on real timers.
  beforeEach(() => vi.useRealTimers());

  async function storedWith(journey: Journey) {
    const { db, repository } = freshRepository();
    await repository.saveJourney(journey);
    return { db, repository };
  }

  function journalOf(stored: Journey, edited: Journey, saving: Journey | null = null) {
    createEditJournal(storage, stored.id, 'gone-tab').write(edited, stored, saving);
  }

  const edit = (journey: Journey, title: string, at: string): Journey => ({
    ...applyRecipe(journey, (draft) => {
      draft.title = title;
    }).journey,
    updatedAt: at,
  });

  it('replays the edits a page closed mid-save left behind, then clears them', async () => {
    const stored = store.getState().journey;
    const { repository } = await storedWith(stored);
    const saving = edit(stored, 'Saving', '2026-01-01T00:00:01.000Z');
    const latest = edit(saving, 'Latest', '2026-01-01T00:00:02.000Z');
    journalOf(stored, latest, saving);

    expect(await recoverJourneyJournals(repository, storage, stored.id)).toBe(1);

    const loaded = await repository.loadJourney(stored.id);
    expect(loaded.ok && loaded.journey.title).toBe('Latest');
    expect(loaded.ok && loaded.journey.updatedAt).toBe(latest.updatedAt);
    expect(readJournals(storage)).toHaveLength(0);
  });

  it('replays onto the version a running save did write before the page went away', async () => {
    const stored = store.getState().journey;
    const saving = edit(stored, 'Saving', '2026-01-01T00:00:01.000Z');
    const { repository } = await storedWith(saving);
    const latest = edit(saving, 'Latest', '2026-01-01T00:00:02.000Z');
    journalOf(stored, latest, saving);

    await recoverJourneyJournals(repository, storage, stored.id);

    const loaded = await repository.loadJourney(stored.id);
    expect(loaded.ok && loaded.journey.title).toBe('Latest');
  });

  it('leaves storage alone when it already holds the journal, or sets the journal aside when storage holds later edits', async () => {
    const stored = store.getState().journey;
    const latest = edit(stored, 'Latest', '2026-01-01T00:00:02.000Z');
    const { db, repository } = await storedWith(latest);
    journalOf(stored, latest);
    expect(await recoverJourneyJournals(repository, storage, stored.id)).toBe(0);
    expect(await db.quarantine.count()).toBe(0);

    const later = edit(latest, 'Later, from another tab', '2026-01-01T00:00:09.000Z');
    await repository.saveJourney(later);
    journalOf(stored, latest);
    expect(await recoverJourneyJournals(repository, storage, stored.id)).toBe(0);
    const loaded = await repository.loadJourney(stored.id);
    expect(loaded.ok && loaded.journey.title).toBe('Later, from another tab');
    expect(readJournals(storage)).toHaveLength(0);
    const aside = await db.quarantine.toArray();
    expect(aside.map((record) => record.reason)).toEqual([
      'unsaved edits from the journal: storage holds later edits of this journey, made elsewhere',
    ]);
  });

  it('sets aside a journal that would break the journey, or that cannot be read', async () => {
    const stored = store.getState().journey;
    const { db, repository } = await storedWith(stored);
    const broken = { ...edit(stored, 'Broken', '2026-01-01T00:00:02.000Z'), stages: [] };
    journalOf(stored, broken);
    storage.setItem(`parcours.journal.${stored.id}.torn`, '{"format":"parcours.jour');

    expect(await recoverJourneyJournals(repository, storage, stored.id)).toBe(0);

    const loaded = await repository.loadJourney(stored.id);
    expect(loaded.ok && loaded.journey.title).toBe('Stored');
    const aside = await db.quarantine.toArray();
    expect(aside.map((record) => record.reason).sort()).toEqual([
      expect.stringMatching(/^unsaved edits from the journal: invalid field cards\..*stageId/),
      'unsaved edits from the journal: the journal could not be read',
    ]);
    expect(readJournals(storage)).toHaveLength(0);
  });

  it('sets aside the journal of a journey that is no longer in the library', async () => {
    const stored = store.getState().journey;
    const { db, repository } = freshRepository();
    journalOf(stored, edit(stored, 'Orphan', '2026-01-01T00:00:02.000Z'));
    await recoverJourneyJournals(repository, storage, stored.id);
    expect(must((await db.quarantine.toArray())[0]).reason).toMatch(/no longer in the library/);
  });
});

describe('describeStorageError', () => {
  it('finds a full disk behind the AbortError it arrives in', () => {
    const abort = Object.assign(new Error('QuotaExceededError '), {
      name: 'AbortError',
      inner: new DOMException('', 'QuotaExceededError'),
    });
    expect(describeStorageError(abort).errorName).toBe('QuotaExceededError');
    expect(describeStorageError(new Error('Quota exceeded')).errorName).toBe('QuotaExceededError');
    expect(describeStorageError(new TypeError('odd')).errorName).toBe('TypeError');
  });
});
