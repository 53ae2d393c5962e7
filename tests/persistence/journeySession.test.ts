// @vitest-environment node
// Opening a journey for editing: load it into the store, take the tab lock, autosave while editing,
// flush on close, follow another tab read-only, and stop writing when a newer Parcours appears.
// Node has no navigator.locks, so unless a test stubs one the session behaves as the only tab.
import { createEditJournal } from '../../src/persistence/editJournal';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createJourney, type Journey, type SaveStatus } from '../../src/model';
import type { JourneyRecord, ParcoursDatabase } from '../../src/persistence/database';
import { openJourneySession, type JourneySession } from '../../src/services/journeySession';
import type { Repository } from '../../src/persistence/repository';
import { TAB_ID } from '../../src/persistence/tabChannel';
import { createDocumentStore, type DocumentStore } from '../../src/store/documentStore';
import type { SessionMode } from '../../src/store/sessionStore';
import { LABELS, MemoryStorage, freshRepository, sampleJourney } from './helpers';

const APP_VERSION = '1.4.0';

let db: ParcoursDatabase;
let repository: Repository;
let store: DocumentStore;
let modes: SessionMode[];
let saves: SaveStatus[];
let sessions: JourneySession[];

beforeEach(() => {
  ({ db, repository } = freshRepository());
  // The store starts with a placeholder, as the app's does before a journey is opened.
  store = createDocumentStore(createJourney({ ...LABELS, title: 'Placeholder' }));
  modes = [];
  saves = [];
  sessions = [];
});

afterEach(async () => {
  for (const session of sessions) await session.close();
  vi.unstubAllGlobals();
  db.close();
});

function open(journeyId: string): JourneySession {
  const session = openJourneySession(journeyId, store, repository, APP_VERSION, {
    onMode: (mode) => modes.push(mode),
    onSave: (status) => saves.push(status),
  });
  sessions.push(session);
  return session;
}

async function modeBecomes(kind: SessionMode['kind']): Promise<void> {
  await vi.waitFor(() => expect(modes.at(-1)?.kind).toBe(kind));
}

function rename(title: string) {
  store.getState().edit((draft) => {
    draft.title = title;
  });
}

async function storedTitle(id: string): Promise<string | undefined> {
  const loaded = await repository.loadJourney(id);
  return loaded.ok ? loaded.journey.title : undefined;
}

/**
 * A Web Locks stand-in: the lock is held elsewhere unless the request steals it. Like the real
 * API, it calls back asynchronously, after `request` has returned.
 */
function stubLockHeldByAnotherTab() {
  const request = vi.fn(
    async (name: string, options: LockOptions, callback: (lock: Lock | null) => Promise<void>) => {
      await Promise.resolve();
      if (options.steal) return callback({ name, mode: 'exclusive' } as Lock);
      if (options.ifAvailable) return callback(null);
      // Waiting for a lock the other tab never lets go: settles only when the wait is given up.
      return new Promise<void>((_, reject) =>
        options.signal?.addEventListener('abort', () =>
          reject(new DOMException('The wait was given up.', 'AbortError')),
        ),
      );
    },
  );
  vi.stubGlobal('navigator', { locks: { request } });
  return request;
}

/** Another Parcours tab on the same device. */
function otherTab() {
  const channel = new BroadcastChannel('parcours');
  const received: unknown[] = [];
  channel.onmessage = (event: MessageEvent) => received.push(event.data);
  return { channel, received };
}

describe('a journey session', () => {
  it('loads a stored journey into the store and reports editing', async () => {
    const journey = sampleJourney('Hotel stay');
    await repository.saveJourney(journey);

    open(journey.id);
    await modeBecomes('editing');

    expect(modes.map((mode) => mode.kind)).toEqual(['loading', 'editing']);
    expect(store.getState().journey).toEqual(journey);
    expect(store.getState().readOnly).toBe(false);
  });

  it("reports 'missing' for an id that is not stored, and leaves the store read-only", async () => {
    open('no-such-id');
    await modeBecomes('missing');

    expect(modes).toEqual([{ kind: 'loading' }, { kind: 'missing' }]);
    expect(store.getState().readOnly).toBe(true);
    expect(store.getState().journey.title).toBe('Placeholder');
  });

  it('reports a stored journey that fails validation as quarantined, with the reason', async () => {
    const record = { ...sampleJourney(), lanes: null } as unknown as JourneyRecord;
    await db.journeys.put(record);

    open(record.id);
    await modeBecomes('quarantined');

    expect(modes.at(-1)).toEqual({
      kind: 'quarantined',
      reason: expect.stringMatching(/^invalid field lanes:/),
    });
    expect(store.getState().readOnly).toBe(true);
  });

  it('saves an edit to the repository after the autosave delay', async () => {
    const journey = sampleJourney('Before');
    await repository.saveJourney(journey);
    open(journey.id);
    await modeBecomes('editing');

    rename('After');

    await vi.waitFor(() => expect(saves.at(-1)?.state).toBe('saved'), { timeout: 3_000 });
    expect(await storedTitle(journey.id)).toBe('After');
  });

  it('writes a pending edit at once on flush', async () => {
    const journey = sampleJourney('Before');
    await repository.saveJourney(journey);
    const session = open(journey.id);
    await modeBecomes('editing');

    rename('Flushed');
    await session.flush();

    expect(await storedTitle(journey.id)).toBe('Flushed');
  });

  it('flushes pending edits on close, then refuses further edits', async () => {
    const journey = sampleJourney('Before');
    await repository.saveJourney(journey);
    const session = open(journey.id);
    await modeBecomes('editing');

    rename('Closing');
    await session.close();

    expect(await storedTitle(journey.id)).toBe('Closing');
    expect(store.getState().readOnly).toBe(true);
    rename('Too late');
    expect(store.getState().journey.title).toBe('Closing');
  });

  it('does not start editing when closed before it finished opening', async () => {
    const journey = sampleJourney();
    await repository.saveJourney(journey);

    const session = open(journey.id);
    await session.close();
    await new Promise((resolve) => setTimeout(resolve, 50));

    expect(modes.map((mode) => mode.kind)).not.toContain('editing');
    expect(store.getState().readOnly).toBe(true);
  });
});

describe.runIf(typeof BroadcastChannel !== 'undefined')('a journey session among tabs', () => {
  it('tells other tabs its version, and that it saved the journey', async () => {
    const other = otherTab();
    try {
      const journey = sampleJourney();
      await repository.saveJourney(journey);
      const session = open(journey.id);
      await modeBecomes('editing');
      rename('Saved here');
      await session.flush();

      await vi.waitFor(() =>
        expect(other.received).toEqual([
          { type: 'hello', appVersion: APP_VERSION, tabId: TAB_ID },
          { type: 'journeySaved', journeyId: journey.id, tabId: TAB_ID },
        ]),
      );
    } finally {
      other.channel.close();
    }
  });

  it('stops writing when a newer Parcours says hello, after saving its pending edit', async () => {
    const other = otherTab();
    try {
      const journey = sampleJourney('Before');
      await repository.saveJourney(journey);
      open(journey.id);
      await modeBecomes('editing');
      rename('Pending');

      other.channel.postMessage({ type: 'hello', appVersion: '1.10.0', tabId: 'newer-tab' });
      await modeBecomes('outdated');

      expect(store.getState().readOnly).toBe(true);
      expect(await storedTitle(journey.id)).toBe('Pending');
    } finally {
      other.channel.close();
    }
  });

  it('answers an older Parcours with its own version and keeps editing', async () => {
    const other = otherTab();
    try {
      const journey = sampleJourney();
      await repository.saveJourney(journey);
      open(journey.id);
      await modeBecomes('editing');

      other.channel.postMessage({ type: 'hello', appVersion: '1.3.9', tabId: 'older-tab' });

      await vi.waitFor(() =>
        expect(
          other.received.filter((message) => (message as { type: string }).type === 'hello'),
        ).toHaveLength(2),
      );
      expect(modes.at(-1)).toEqual({ kind: 'editing' });
    } finally {
      other.channel.close();
    }
  });

  it('opens read-only while another tab holds the lock, and follows that tab’s saves', async () => {
    stubLockHeldByAnotherTab();
    const other = otherTab();
    try {
      const journey = sampleJourney('Before');
      await repository.saveJourney(journey);
      open(journey.id);
      await modeBecomes('readOnly');
      expect(store.getState().readOnly).toBe(true);

      const edited: Journey = { ...journey, title: 'Edited in the other tab' };
      await repository.saveJourney(edited);
      other.channel.postMessage({ type: 'journeySaved', journeyId: journey.id, tabId: 'editor' });

      await vi.waitFor(() =>
        expect(store.getState().journey.title).toBe('Edited in the other tab'),
      );
      expect(store.getState().readOnly).toBe(true);
    } finally {
      other.channel.close();
    }
  });

  it('takes over editing from the other tab, starting from the latest stored version', async () => {
    const request = stubLockHeldByAnotherTab();
    const journey = sampleJourney('Before');
    await repository.saveJourney(journey);
    const session = open(journey.id);
    await modeBecomes('readOnly');
    await repository.saveJourney({ ...journey, title: 'Flushed by the other tab' });

    await session.takeOver();

    expect(modes.at(-1)).toEqual({ kind: 'editing' });
    expect(request).toHaveBeenLastCalledWith(
      `parcours:journey:${journey.id}`,
      { steal: true },
      expect.any(Function),
    );
    expect(store.getState().journey.title).toBe('Flushed by the other tab');
    expect(store.getState().readOnly).toBe(false);
    rename('Mine now');
    await session.flush();
    expect(await storedTitle(journey.id)).toBe('Mine now');
  });

  it('does not start editing, and gives the lock back, when closed while taking over', async () => {
    const request = stubLockHeldByAnotherTab();
    const journey = sampleJourney('Before');
    await repository.saveJourney(journey);
    const session = open(journey.id);
    await modeBecomes('readOnly');

    const takingOver = session.takeOver();
    // The first try, the wait of a read-only tab, then the takeover.
    await vi.waitFor(() => expect(request).toHaveBeenCalledTimes(3));
    await session.close();
    await takingOver;

    expect(modes.map((mode) => mode.kind)).not.toContain('editing');
    expect(store.getState().readOnly).toBe(true);
    // The stolen lock's request settles only once its holder lets go of it.
    const stolen = request.mock.results.find(
      (_, index) => (request.mock.calls[index]?.[1] as LockOptions).steal,
    )?.value as Promise<void>;
    const settled = await Promise.race([
      stolen.then(() => 'released'),
      new Promise((resolve) => setTimeout(() => resolve('still held'), 100)),
    ]);
    expect(settled).toBe('released');
  });

  it('takes over by itself, replaying the journal, when the editing tab lets go', async () => {
    let letGo: () => void = () => {};
    const request = vi.fn(
      async (
        name: string,
        options: LockOptions,
        callback: (lock: Lock | null) => Promise<void>,
      ) => {
        await Promise.resolve();
        if (options.ifAvailable) return callback(null);
        // The editing tab crashes: the waiting request is granted.
        await new Promise<void>((resolve) => {
          letGo = resolve;
        });
        return callback({ name, mode: 'exclusive' } as Lock);
      },
    );
    vi.stubGlobal('navigator', { locks: { request } });
    const storage = new MemoryStorage();
    vi.stubGlobal('localStorage', storage);
    const journey = sampleJourney('Before', '2026-01-01T00:00:00.000Z');
    await repository.saveJourney(journey);
    open(journey.id);
    await modeBecomes('readOnly');
    // What the crashed tab had typed and not saved.
    const edited = {
      ...journey,
      title: 'Typed before the crash',
      updatedAt: '2026-01-01T00:00:05.000Z',
    };
    createEditJournal(storage, journey.id, 'crashed-tab').write(edited, journey, null);

    letGo();
    await modeBecomes('editing');

    expect(store.getState().journey.title).toBe('Typed before the crash');
    expect(store.getState().readOnly).toBe(false);
  });
});
