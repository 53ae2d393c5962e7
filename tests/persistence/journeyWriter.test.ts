// @vitest-environment node
// Saving through the save worker: the page sends only the change, the worker writes the whole
// record; when storage holds another version, the worker is gone or a write fails, the page writes
// the whole journey itself. Run in-process here on fake-indexeddb (the worker's code, not a thread).
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it, vi } from 'vitest';
import { createCard, type Journey } from '../../src/model';
import { ParcoursDatabase } from '../../src/persistence/database';
import { createJourneyWriter, type WriterPort } from '../../src/persistence/journeyWriter';
import {
  createJourneyWriterCore,
  type WriteReply,
  type WriteRequest,
} from '../../src/persistence/journeyWriterCore';
import { createRepository } from '../../src/persistence/repository';
import { must, sampleJourney } from './helpers';

let counter = 0;

function setup() {
  counter += 1;
  const name = `parcours-writer-${counter}`;
  const factory = new IDBFactory();
  const db = new ParcoursDatabase(name, { indexedDB: factory, IDBKeyRange });
  const repository = createRepository(db);
  const core = createJourneyWriterCore(factory, name, IDBKeyRange);
  return { name, factory, db, repository, core };
}

/** A port that runs the worker's code in this process, answering like the worker does. */
function inProcessPort(core: ReturnType<typeof createJourneyWriterCore>) {
  const target = new EventTarget();
  const sent: WriteRequest[] = [];
  const port: WriterPort = {
    postMessage(request) {
      sent.push(request);
      void core.write(request).then((reply: WriteReply) => {
        target.dispatchEvent(new MessageEvent('message', { data: reply }));
      });
    },
    addEventListener: (type, listener) => target.addEventListener(type, listener),
    terminate: () => {},
  };
  return { port, sent, target };
}

function withNote(journey: Journey, text: string, at: string): Journey {
  const stage = must(journey.stages[0]);
  const lane = must(journey.lanes[0]);
  const card = { ...createCard('note', { stageId: stage.id, laneId: lane.id }), text };
  return { ...journey, cards: { ...journey.cards, [card.id]: card }, updatedAt: at };
}

async function stored(repository: ReturnType<typeof createRepository>, id: string) {
  const loaded = await repository.loadJourney(id);
  if (!loaded.ok) throw new Error(`journey ${id} did not load`);
  return loaded.journey;
}

describe('the save worker', () => {
  it('writes the whole journey from a change, and the next change from its own copy', async () => {
    const { db, repository, core } = setup();
    const v1 = sampleJourney('Hotel stay', '2026-01-01T00:00:00.000Z');
    await repository.saveJourney(v1);
    const { port, sent } = inProcessPort(core);
    const writeWhole = vi.fn(async () => {});
    const writer = createJourneyWriter({
      startPort: () => port,
      stored: v1,
      databaseVersion: db.backendDB().version,
      writeWhole,
    });

    const v2 = withNote(v1, 'Asks for late checkout', '2026-01-01T00:00:01.000Z');
    await writer.write(v2);
    const v3 = { ...withNote(v2, 'Pays at the desk', '2026-01-01T00:00:02.000Z'), title: 'Stay' };
    await writer.write(v3);

    expect(writeWhole).not.toHaveBeenCalled();
    expect(await stored(repository, v1.id)).toEqual(v3);
    // Only the change crossed over: one card and the fields that moved.
    expect(Object.keys(must(sent[1]).change.cards)).toHaveLength(1);
    expect(Object.keys(must(sent[1]).change.fields).sort()).toEqual(['title', 'updatedAt']);
  });

  it('starts the worker only when asked to warm up or to write, and never once closed', async () => {
    const { db, repository, core } = setup();
    const v1 = sampleJourney('Hotel stay', '2026-01-01T00:00:00.000Z');
    await repository.saveJourney(v1);
    const { port } = inProcessPort(core);
    const options = {
      stored: v1,
      databaseVersion: db.backendDB().version,
      writeWhole: async () => {},
    };
    const warmed = vi.fn(() => port);
    const writer = createJourneyWriter({ ...options, startPort: warmed });
    expect(warmed).not.toHaveBeenCalled();
    writer.warmUp();
    await writer.write(withNote(v1, 'Late checkout', '2026-01-01T00:00:01.000Z'));
    expect(warmed).toHaveBeenCalledTimes(1);

    const onWrite = vi.fn(() => port);
    await createJourneyWriter({ ...options, startPort: onWrite }).write(
      withNote(v1, 'Pays at the desk', '2026-01-01T00:00:02.000Z'),
    );
    expect(onWrite).toHaveBeenCalledTimes(1);

    const never = vi.fn(() => port);
    const closed = createJourneyWriter({ ...options, startPort: never });
    closed.close();
    closed.warmUp();
    expect(never).not.toHaveBeenCalled();
  });

  it('answers stale when storage holds another version, and the page writes the whole journey', async () => {
    const { db, repository, core } = setup();
    const v1 = sampleJourney('Hotel stay', '2026-01-01T00:00:00.000Z');
    await repository.saveJourney(v1);
    // Another writer (an exit save, a replayed journal) stored a version this page never sent.
    const elsewhere = { ...v1, title: 'Elsewhere', updatedAt: '2026-01-01T00:00:05.000Z' };
    await repository.saveJourney(elsewhere);
    const { port } = inProcessPort(core);
    const writer = createJourneyWriter({
      startPort: () => port,
      stored: v1,
      databaseVersion: db.backendDB().version,
      writeWhole: (journey) => repository.saveJourney(journey),
    });

    const v2 = withNote(v1, 'Late checkout', '2026-01-01T00:00:09.000Z');
    await writer.write(v2);
    expect(await stored(repository, v1.id)).toEqual(v2);
  });

  it('never creates a deleted database, and the page then writes as before', async () => {
    const { name, factory, db, repository, core } = setup();
    const v1 = sampleJourney('Hotel stay', '2026-01-01T00:00:00.000Z');
    await repository.saveJourney(v1);
    const version = db.backendDB().version;
    db.close();
    await new Promise<void>((resolve, reject) => {
      const request = factory.deleteDatabase(name);
      request.onsuccess = () => resolve();
      request.onerror = () => reject(request.error);
    });

    const reply = await core.write({
      seq: 1,
      journeyId: v1.id,
      base: v1.updatedAt,
      change: { fields: { title: 'Gone' }, cards: {}, connectors: {} },
      databaseVersion: version,
    });
    expect(reply.outcome).toBe('failed');
    expect((await factory.databases()).map((entry) => entry.name)).not.toContain(name);
  });

  it('refuses a database a newer Parcours upgraded', async () => {
    const { db, repository, core } = setup();
    const v1 = sampleJourney('Hotel stay', '2026-01-01T00:00:00.000Z');
    await repository.saveJourney(v1);
    const reply = await core.write({
      seq: 1,
      journeyId: v1.id,
      base: v1.updatedAt,
      change: { fields: { title: 'Older app' }, cards: {}, connectors: {} },
      databaseVersion: db.backendDB().version - 1,
    });
    expect(reply).toMatchObject({ outcome: 'failed', errorName: 'VersionError' });
    expect((await stored(repository, v1.id)).title).toBe(v1.title);
  });

  it('falls back to the page for every waiting write when the worker fails, and after', async () => {
    const { db, repository } = setup();
    const v1 = sampleJourney('Hotel stay', '2026-01-01T00:00:00.000Z');
    await repository.saveJourney(v1);
    const target = new EventTarget();
    const terminate = vi.fn();
    // A worker that never answers, then fails to load.
    const port: WriterPort = {
      postMessage: () => {},
      addEventListener: (type, listener) => target.addEventListener(type, listener),
      terminate,
    };
    const writeWhole = vi.fn((journey: Journey) => repository.saveJourney(journey));
    const writer = createJourneyWriter({
      startPort: () => port,
      stored: v1,
      databaseVersion: db.backendDB().version,
      writeWhole,
    });
    const v2 = withNote(v1, 'Late checkout', '2026-01-01T00:00:01.000Z');
    const pending = writer.write(v2);
    target.dispatchEvent(new Event('error'));
    await pending;
    const v3 = { ...v2, title: 'After', updatedAt: '2026-01-01T00:00:02.000Z' };
    await writer.write(v3);

    expect(terminate).toHaveBeenCalled();
    expect(writeWhole.mock.calls.map(([journey]) => journey.updatedAt)).toEqual([
      v2.updatedAt,
      v3.updatedAt,
    ]);
    expect(await stored(repository, v1.id)).toEqual(v3);
  });

  it('lets a failed page write reject, and takes the next change from what storage still holds', async () => {
    const { db, repository } = setup();
    const v1 = sampleJourney('Hotel stay', '2026-01-01T00:00:00.000Z');
    await repository.saveJourney(v1);
    let full = true;
    const writer = createJourneyWriter({
      startPort: () => null,
      stored: v1,
      databaseVersion: db.backendDB().version,
      writeWhole: async (journey) => {
        if (full) throw new DOMException('disk full', 'QuotaExceededError');
        await repository.saveJourney(journey);
      },
    });
    const v2 = withNote(v1, 'Late checkout', '2026-01-01T00:00:01.000Z');
    await expect(writer.write(v2)).rejects.toMatchObject({ name: 'QuotaExceededError' });
    full = false;
    await writer.write(v2);
    expect(await stored(repository, v1.id)).toEqual(v2);
  });
});
