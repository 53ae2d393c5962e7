// @vitest-environment node
// The repository: journeys, trash, personas and settings in IndexedDB, with every read validated
// and every bad record moved to quarantine instead of being dropped or overwritten.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Journey } from '../../src/model';
import type {
  JourneyRecord,
  ParcoursDatabase,
  PersonaRecord,
} from '../../src/persistence/database';
import type { Repository } from '../../src/persistence/repository';
import { deferred, freshRepository, must, sampleJourney, samplePersona } from './helpers';

let db: ParcoursDatabase;
let repository: Repository;

beforeEach(() => {
  ({ db, repository } = freshRepository());
});

afterEach(() => {
  vi.restoreAllMocks();
  db.close();
});

/** Writes a raw record straight to the table, as an older build or a broken write might have. */
async function storeRaw(record: RawJourney): Promise<void> {
  await db.journeys.put(record as JourneyRecord);
}

/** A stored journey seen as untyped data, so a test can break any field of it. */
type RawJourney = { id: string } & Record<string, unknown>;

function asRaw(journey: Journey): RawJourney {
  return { ...journey };
}

describe('the repository, for journeys', () => {
  it('loads back a saved journey equal to the one it saved', async () => {
    const journey = sampleJourney();
    await repository.saveJourney(journey);

    const loaded = await repository.loadJourney(journey.id);

    expect(loaded).toEqual({ ok: true, journey });
  });

  it('saves a journey again under the same id, replacing the stored version', async () => {
    const journey = sampleJourney();
    await repository.saveJourney(journey);
    await repository.saveJourney({ ...journey, title: 'Renamed' });

    const loaded = await repository.loadJourney(journey.id);

    expect(loaded.ok && loaded.journey.title).toBe('Renamed');
    expect(await db.journeys.count()).toBe(1);
  });

  it('lists journeys newest first', async () => {
    const oldest = sampleJourney('Oldest', '2024-01-01T00:00:00.000Z');
    const newest = sampleJourney('Newest', '2024-03-01T00:00:00.000Z');
    const middle = sampleJourney('Middle', '2024-02-01T00:00:00.000Z');
    for (const journey of [oldest, newest, middle]) await repository.saveJourney(journey);

    const { journeys, notices } = await repository.listJourneys();

    expect(journeys.map((journey) => journey.title)).toEqual(['Newest', 'Middle', 'Oldest']);
    expect(notices).toEqual([]);
  });

  it('moves a record that fails validation to quarantine, with a reason naming the field', async () => {
    const good = sampleJourney('Good', '2024-01-01T00:00:00.000Z');
    const badRecord = { ...asRaw(sampleJourney('Bad', '2024-02-01T00:00:00.000Z')), title: 42 };
    await repository.saveJourney(good);
    await storeRaw(badRecord);

    const { journeys, notices } = await repository.listJourneys();

    expect(journeys.map((journey) => journey.id)).toEqual([good.id]);
    expect(notices).toEqual([
      { table: 'journeys', recordId: badRecord.id, reason: expect.stringContaining('title') },
    ]);
    expect(must(notices[0]).reason).toMatch(/^invalid field title:/);
    expect(await db.journeys.get(badRecord.id)).toBeUndefined();

    const quarantined = await repository.listQuarantine();
    expect(quarantined).toHaveLength(1);
    expect(quarantined[0]).toMatchObject({
      table: 'journeys',
      recordId: badRecord.id,
      reason: must(notices[0]).reason,
      raw: badRecord,
    });
    expect(typeof must(quarantined[0]).quarantinedAt).toBe('string');
  });

  it('names the nested field when a card points at a stage that does not exist', async () => {
    const journey = sampleJourney();
    const [cardId, card] = must(Object.entries(journey.cards)[0]);
    await storeRaw({ ...asRaw(journey), cards: { [cardId]: { ...card, stageId: 'nowhere' } } });

    const { notices } = await repository.listJourneys();

    expect(must(notices[0]).reason).toBe(
      `invalid field cards.${cardId}.stageId: names a stage "nowhere" the map does not have`,
    );
  });

  it('sets aside a self-referencing record and still lists every other journey', async () => {
    const healthy = sampleJourney('Healthy');
    await repository.saveJourney(healthy);
    const loop: Record<string, unknown> = { ...asRaw(sampleJourney('Loop')), id: 'loop-1' };
    loop.self = loop;
    loop.cards = { a: loop };
    await storeRaw(loop as RawJourney);

    const { journeys, notices } = await repository.listJourneys();

    expect(journeys.map((journey) => journey.title)).toEqual(['Healthy']);
    expect(notices).toEqual([
      {
        table: 'journeys',
        recordId: 'loop-1',
        reason: 'the record refers to itself (a cycle), which no Parcours record does',
      },
    ]);
    expect(await db.journeys.get('loop-1')).toBeUndefined();
    expect(must((await db.quarantine.toArray())[0]).recordId).toBe('loop-1');
  });

  it('sets aside a self-referencing persona and lists the others', async () => {
    await repository.savePersona(samplePersona('Claire'));
    const loop: Record<string, unknown> = { ...samplePersona('Loop'), id: 'loop-p' };
    loop.goals = [loop];
    await db.personas.put(loop as PersonaRecord);

    const { personas, notices } = await repository.listPersonas();

    expect(personas.map((persona) => persona.name)).toEqual(['Claire']);
    expect(must(notices[0]).reason).toMatch(/refers to itself/);
  });

  it('quarantines a record with no updatedAt, which the updatedAt index would not list', async () => {
    const { updatedAt: _dropped, ...record } = asRaw(sampleJourney());
    await storeRaw(record);

    const { journeys, notices } = await repository.listJourneys();

    expect(journeys).toEqual([]);
    expect(notices).toEqual([
      {
        table: 'journeys',
        recordId: record.id,
        reason: expect.stringMatching(/^invalid field updatedAt:/),
      },
    ]);
    expect(await db.journeys.count()).toBe(0);
    expect(await db.quarantine.count()).toBe(1);
  });

  it('reports a quarantined journey when asked to load it, and keeps it aside', async () => {
    const record = { ...asRaw(sampleJourney()), stages: 'not a list' };
    await storeRaw(record);

    const loaded = await repository.loadJourney(record.id);

    expect(loaded).toEqual({
      ok: false,
      reason: 'quarantined',
      notice: {
        table: 'journeys',
        recordId: record.id,
        reason: expect.stringMatching(/^invalid field stages:/),
      },
    });
    expect(await db.journeys.count()).toBe(0);
    expect(await db.quarantine.count()).toBe(1);
    // Once set aside it is simply gone from the journeys, not reported twice.
    expect(await repository.loadJourney(record.id)).toEqual({
      ok: false,
      reason: 'missing',
    });
  });

  it('reports a record from a newer schema version but leaves it in place', async () => {
    const valid = sampleJourney('Current', '2024-01-01T00:00:00.000Z');
    const newer = { ...asRaw(sampleJourney('From the future')), schemaVersion: 99 };
    await repository.saveJourney(valid);
    await storeRaw(newer);

    const { journeys, notices } = await repository.listJourneys();

    expect(journeys.map((journey) => journey.id)).toEqual([valid.id]);
    expect(notices).toEqual([
      { table: 'journeys', recordId: newer.id, reason: expect.stringContaining('newer Parcours') },
    ]);
    expect(await db.journeys.get(newer.id)).toEqual(newer);
    expect(await db.quarantine.count()).toBe(0);

    const loaded = await repository.loadJourney(newer.id);
    expect(loaded).toMatchObject({ ok: false, reason: 'quarantined' });
    expect(await db.journeys.get(newer.id)).toEqual(newer);
  });

  it("says 'missing' when loading an id that was never stored", async () => {
    expect(await repository.loadJourney('no-such-id')).toEqual({ ok: false, reason: 'missing' });
  });

  it('moves a journey to the trash and restores it unchanged', async () => {
    const journey = sampleJourney('Trip');
    await repository.saveJourney(journey);

    await repository.trashJourney(journey.id);

    expect((await repository.listJourneys()).journeys).toEqual([]);
    const trash = await repository.listTrash();
    expect(trash).toHaveLength(1);
    expect(trash[0]).toMatchObject({ id: journey.id, kind: 'journey', title: 'Trip' });
    expect(must(trash[0]).document).toEqual(journey);

    await repository.restoreJourney(journey.id);

    expect(await repository.loadJourney(journey.id)).toEqual({ ok: true, journey });
    expect(await repository.listTrash()).toEqual([]);
  });

  it('lists the trash most recently deleted first', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      const first = sampleJourney('First');
      const second = sampleJourney('Second');
      await repository.saveJourney(first);
      await repository.saveJourney(second);

      vi.setSystemTime(new Date('2024-05-01T00:00:00.000Z'));
      await repository.trashJourney(first.id);
      vi.setSystemTime(new Date('2024-05-02T00:00:00.000Z'));
      await repository.trashJourney(second.id);

      const trash = await repository.listTrash();
      expect(trash.map((item) => item.title)).toEqual(['Second', 'First']);
    } finally {
      vi.useRealTimers();
    }
  });

  it('does nothing when trashing or restoring an id that is not there', async () => {
    await repository.trashJourney('no-such-id');
    await repository.restoreJourney('no-such-id');

    expect(await repository.listTrash()).toEqual([]);
    expect(await db.journeys.count()).toBe(0);
  });

  it('deletes a trashed journey for good', async () => {
    const journey = sampleJourney();
    await repository.saveJourney(journey);
    await repository.trashJourney(journey.id);

    await repository.deleteFromTrash(journey.id);

    expect(await repository.listTrash()).toEqual([]);
    expect(await repository.loadJourney(journey.id)).toEqual({ ok: false, reason: 'missing' });
  });

  it('duplicates a journey under a new id and title with the same content', async () => {
    const journey = sampleJourney('As-is');
    await repository.saveJourney(journey);

    const copy = must(await repository.duplicateJourney(journey.id, 'To-be'));

    expect(copy.id).not.toBe(journey.id);
    expect(copy.title).toBe('To-be');
    expect(copy.stages).toEqual(journey.stages);
    expect(copy.lanes).toEqual(journey.lanes);
    expect(copy.cards).toEqual(journey.cards);
    expect(copy.connectors).toEqual(journey.connectors);
    expect(copy.description).toBe(journey.description);
    expect(await repository.loadJourney(copy.id)).toEqual({ ok: true, journey: copy });
    expect(await repository.loadJourney(journey.id)).toEqual({ ok: true, journey });
    expect((await repository.listJourneys()).journeys).toHaveLength(2);
  });

  it('duplicates nothing when the source journey is missing', async () => {
    expect(await repository.duplicateJourney('no-such-id', 'Copy')).toBeNull();
    expect(await db.journeys.count()).toBe(0);
  });
});

describe('the repository, when a write fails', () => {
  it('rejects a save whose put throws, and keeps the previous stored version intact', async () => {
    const journey = sampleJourney('Version one');
    await repository.saveJourney(journey);
    const quota = new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    vi.spyOn(db.journeys, 'put').mockRejectedValue(quota);

    await expect(
      repository.saveJourney({ ...journey, title: 'Version two' }),
    ).rejects.toMatchObject({ name: 'QuotaExceededError' });

    vi.restoreAllMocks();
    expect(await repository.loadJourney(journey.id)).toEqual({ ok: true, journey });
  });

  it('rejects a save the browser cannot store, and keeps the previous stored version intact', async () => {
    const journey = sampleJourney('Version one');
    await repository.saveJourney(journey);
    // A function cannot be structured-cloned: IndexedDB itself refuses the put.
    const unstorable = { ...journey, title: (() => 'x') as unknown as string };

    await expect(repository.saveJourney(unstorable)).rejects.toMatchObject({
      name: 'DataCloneError',
    });

    expect(await repository.loadJourney(journey.id)).toEqual({ ok: true, journey });
  });

  it('rejects a save once the database is closed, and the stored version is intact on reopening', async () => {
    const journey = sampleJourney('Version one');
    await repository.saveJourney(journey);
    db.close();

    await expect(
      repository.saveJourney({ ...journey, title: 'Version two' }),
    ).rejects.toMatchObject({ name: 'DatabaseClosedError' });

    await db.open();
    expect(await repository.loadJourney(journey.id)).toEqual({ ok: true, journey });
  });
});

describe('the repository, writing on exit', () => {
  it('queues a write that lands once the transaction completes', async () => {
    await db.open();
    const journey = sampleJourney('Written on exit');
    const done = deferred<DOMException | null>();

    const queued = repository.saveJourneyOnExit(journey, done.resolve);

    expect(queued).toBe(true);
    expect(await done.promise).toBeNull();
    expect(await repository.loadJourney(journey.id)).toEqual({ ok: true, journey });
  });

  it('returns false when the database has not been opened', () => {
    expect(repository.saveJourneyOnExit(sampleJourney(), () => {})).toBe(false);
  });

  it('returns false when the database has been closed', async () => {
    await db.open();
    db.close();

    expect(repository.saveJourneyOnExit(sampleJourney(), () => {})).toBe(false);
  });

  it('returns false, without throwing, when the journey cannot be stored', async () => {
    await db.open();
    const onDone = vi.fn();
    const unstorable = { ...sampleJourney(), title: (() => 'x') as unknown as string };

    expect(repository.saveJourneyOnExit(unstorable, onDone)).toBe(false);
    expect(await db.journeys.count()).toBe(0);
    // Nothing was queued, so nothing calls back: autosave falls back to an ordinary save.
    expect(onDone).not.toHaveBeenCalled();
  });
});

describe('the repository, for personas', () => {
  it('lists saved personas sorted by name', async () => {
    for (const name of ['Zoé', 'adam', 'Bea']) await repository.savePersona(samplePersona(name));

    const { personas, notices } = await repository.listPersonas();

    expect(personas.map((persona) => persona.name)).toEqual(['adam', 'Bea', 'Zoé']);
    expect(notices).toEqual([]);
  });

  it('loads back a saved persona equal to the one it saved', async () => {
    const persona = samplePersona('Ana');
    await repository.savePersona(persona);

    expect((await repository.listPersonas()).personas).toEqual([persona]);
  });

  it('moves an invalid persona to quarantine, with a reason naming the field', async () => {
    const good = samplePersona('Good');
    const bad = { ...samplePersona('Bad'), age: -5 };
    await repository.savePersona(good);
    await db.personas.put(bad as unknown as PersonaRecord);

    const { personas, notices } = await repository.listPersonas();

    expect(personas).toEqual([good]);
    expect(notices).toEqual([
      { table: 'personas', recordId: bad.id, reason: expect.stringMatching(/^invalid field age:/) },
    ]);
    expect(await db.personas.get(bad.id)).toBeUndefined();
    expect(await repository.listQuarantine()).toMatchObject([
      { table: 'personas', recordId: bad.id, raw: bad },
    ]);
  });
});
