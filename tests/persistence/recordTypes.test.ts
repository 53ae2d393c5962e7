// @vitest-environment node
// Every record type Parcours stores: an old record migrates, a record from a newer Parcours is
// reported and left in place, and a stored list with one bad entry keeps the others, also after
// it is saved again.
import { describe, expect, it } from 'vitest';
import {
  JOURNEY_RECORD,
  JOURNEY_SCHEMA_VERSION,
  PERSONA_RECORD,
  PERSONA_SCHEMA_VERSION,
  SAVED_JOURNEY_TEMPLATE_RECORD,
  SAVED_PERSONA_TEMPLATE_RECORD,
  SAVED_TEMPLATE_SETTINGS,
  SAVED_TEMPLATE_VERSION,
  personaTemplateOf,
  readRecord,
  templateFromJourney,
  versionOf,
  type RecordType,
} from '../../src/model';
import type { PersonaRecord } from '../../src/persistence/database';
import { freshRepository, must, sampleJourney, samplePersona } from './helpers';

const journeyTemplate = () => ({
  schemaVersion: SAVED_TEMPLATE_VERSION,
  id: 'tpl-1',
  name: 'Workshop kit',
  savedAt: '2026-03-02T10:00:00.000Z',
  template: templateFromJourney(sampleJourney()),
});
const personaTemplate = () => ({
  schemaVersion: SAVED_TEMPLATE_VERSION,
  id: 'ptpl-1',
  persona: personaTemplateOf(samplePersona('Claire')),
});

describe('record versions', () => {
  it('are derived from each migrations list', () => {
    expect(versionOf(JOURNEY_RECORD as RecordType<unknown>)).toBe(JOURNEY_SCHEMA_VERSION);
    expect(versionOf(PERSONA_RECORD as RecordType<unknown>)).toBe(PERSONA_SCHEMA_VERSION);
    expect(JOURNEY_SCHEMA_VERSION).toBe(JOURNEY_RECORD.migrations.length + 1);
    expect(PERSONA_SCHEMA_VERSION).toBe(PERSONA_RECORD.migrations.length + 1);
    expect(SAVED_TEMPLATE_VERSION).toBe(SAVED_JOURNEY_TEMPLATE_RECORD.migrations.length + 1);
  });
});

describe.each([
  ['persona', PERSONA_RECORD as RecordType<unknown>, () => samplePersona('Claire') as object],
  [
    'saved journey template',
    SAVED_JOURNEY_TEMPLATE_RECORD as RecordType<unknown>,
    journeyTemplate as () => object,
  ],
  [
    'saved persona template',
    SAVED_PERSONA_TEMPLATE_RECORD as RecordType<unknown>,
    personaTemplate as () => object,
  ],
])('a %s', (_name, type, current) => {
  it('written before records carried a version migrates to the current version', () => {
    const { schemaVersion: _dropped, ...old } = current() as Record<string, unknown>;
    const read = readRecord(type, old);
    expect(read.ok).toBe(true);
    if (read.ok)
      expect((read.value as { schemaVersion: number }).schemaVersion).toBe(versionOf(type));
  });

  it('from a newer Parcours is refused as newer, not as damaged', () => {
    const newer = { ...current(), schemaVersion: versionOf(type) + 1 };
    expect(readRecord(type, newer)).toEqual({
      ok: false,
      error: { code: 'newerVersion', found: versionOf(type) + 1, supported: versionOf(type) },
    });
  });
});

describe('the journey record', () => {
  it('of the first version reads as the current one', () => {
    const journey = { ...sampleJourney(), schemaVersion: 1 };
    expect(readRecord(JOURNEY_RECORD, journey).ok).toBe(true);
  });
});

describe('stored personas', () => {
  it('from a newer Parcours are reported and left in place', async () => {
    const { db, repository } = freshRepository();
    await repository.savePersona(samplePersona('Claire'));
    const newer = {
      ...samplePersona('From the future'),
      schemaVersion: PERSONA_SCHEMA_VERSION + 1,
    };
    await db.personas.put(newer as unknown as PersonaRecord);

    const { personas, notices } = await repository.listPersonas();

    expect(personas.map((p) => p.name)).toEqual(['Claire']);
    expect(must(notices[0]).reason).toMatch(/newer Parcours/);
    expect(await db.personas.get(newer.id)).toEqual(newer);
    expect(await db.quarantine.count()).toBe(0);
  });

  it('saved before personas carried a version still load', async () => {
    const { db, repository } = freshRepository();
    const { schemaVersion: _dropped, ...old } = samplePersona('Old Claire');
    await db.personas.put(old as unknown as PersonaRecord);
    const { personas } = await repository.listPersonas();
    expect(personas.map((p) => [p.name, p.schemaVersion])).toEqual([
      ['Old Claire', PERSONA_SCHEMA_VERSION],
    ]);
  });
});

describe.each([
  [
    SAVED_TEMPLATE_SETTINGS.journey,
    SAVED_JOURNEY_TEMPLATE_RECORD as RecordType<unknown>,
    journeyTemplate,
  ],
  [
    SAVED_TEMPLATE_SETTINGS.persona,
    SAVED_PERSONA_TEMPLATE_RECORD as RecordType<unknown>,
    personaTemplate,
  ],
])('the stored list "%s"', (key, type, entry) => {
  it('keeps the good entries when one is damaged, quarantines it, and loses nothing on save', async () => {
    const { db, repository } = freshRepository();
    const good = { ...entry(), id: 'good' };
    const damaged = { ...entry(), id: 'damaged', schemaVersion: 'two' };
    const newer = { ...entry(), id: 'newer', schemaVersion: SAVED_TEMPLATE_VERSION + 1 };
    await db.settings.put({ key, value: [damaged, good, newer] });

    const { list, notices } = await repository.readRecordList(key, type);

    expect(list.records.map((record) => (record as { id: string }).id)).toEqual(['good']);
    expect(list.newer).toEqual([newer]);
    expect(notices).toHaveLength(2);
    const aside = await db.quarantine.toArray();
    expect(aside.map((record) => [record.table, record.raw])).toEqual([['settings', damaged]]);

    // Saving the list again (a new template added) keeps the good and the newer entries.
    const added = { ...entry(), id: 'added' };
    await repository.writeRecordList(key, [...list.records, added], list.newer);
    const again = await repository.readRecordList(key, type);
    expect(again.list.records.map((record) => (record as { id: string }).id)).toEqual([
      'good',
      'added',
    ]);
    expect(again.list.newer).toEqual([newer]);
    expect(await db.quarantine.count()).toBe(1);
  });
});

describe('a persona photo', () => {
  it('replaced or removed deletes the old image in the same transaction', async () => {
    const { db, repository } = freshRepository();
    const persona = samplePersona('Claire');
    await repository.savePersona(persona);

    const first = await repository.replaceAvatar(persona, new Blob(['one']));
    const second = await repository.replaceAvatar(first, new Blob(['two']));
    expect(await db.images.get(must(first.avatarImageId))).toBeUndefined();
    expect(await db.images.get(must(second.avatarImageId))).toBeDefined();

    const removed = await repository.replaceAvatar(second, null);
    expect(removed.avatarImageId).toBeNull();
    expect(await db.images.count()).toBe(0);
    expect((await repository.listPersonas()).personas[0]?.avatarImageId).toBeNull();
  });
});

describe('a persona about to be deleted', () => {
  it('is counted in every stored journey that links it', async () => {
    const { repository } = freshRepository();
    const persona = samplePersona('Inès');
    const linked = { ...sampleJourney('Linked'), personaIds: [persona.id] };
    await repository.saveJourney(linked);
    await repository.saveJourney(sampleJourney('Not linked'));
    expect(await repository.countJourneysUsing(persona.id)).toBe(1);
    expect(await repository.countJourneysUsing('nobody')).toBe(0);
  });
});
