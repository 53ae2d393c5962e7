// @vitest-environment node
// The database layout: version 1 creates every table with the keys and indexes the repository uses.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DATABASE_NAME, ParcoursDatabase, database } from '../../src/persistence/database';
import { freshDatabase, must } from './helpers';

let db: ParcoursDatabase;

beforeEach(() => {
  db = freshDatabase();
});

afterEach(() => {
  db.close();
});

function schemaOf(name: string) {
  const schema = db.table(name).schema;
  return {
    primaryKey: schema.primKey.keyPath,
    autoIncrement: Boolean(schema.primKey.auto),
    indexes: schema.indexes.map((index) => index.keyPath),
  };
}

describe('the Parcours database', () => {
  it('is at version 1 and creates every table', async () => {
    await db.open();

    expect(db.verno).toBe(1);
    expect(db.tables.map((table) => table.name).sort()).toEqual([
      'images',
      'journeys',
      'personas',
      'quarantine',
      'settings',
      'trash',
    ]);
    expect([...db.backendDB().objectStoreNames].sort()).toEqual([
      'images',
      'journeys',
      'personas',
      'quarantine',
      'settings',
      'trash',
    ]);
  });

  it('keys each table as the repository expects, with the indexes it sorts and filters by', () => {
    expect(schemaOf('journeys')).toEqual({
      primaryKey: 'id',
      autoIncrement: false,
      indexes: ['updatedAt'],
    });
    expect(schemaOf('personas')).toEqual({
      primaryKey: 'id',
      autoIncrement: false,
      indexes: ['updatedAt'],
    });
    expect(schemaOf('images')).toEqual({ primaryKey: 'id', autoIncrement: false, indexes: [] });
    expect(schemaOf('settings')).toEqual({ primaryKey: 'key', autoIncrement: false, indexes: [] });
    expect(schemaOf('trash')).toEqual({
      primaryKey: 'id',
      autoIncrement: false,
      indexes: ['deletedAt'],
    });
    expect(schemaOf('quarantine')).toEqual({
      primaryKey: 'seq',
      autoIncrement: true,
      indexes: ['table', 'recordId'],
    });
  });

  it('numbers quarantine entries itself, so two entries for one record both survive', async () => {
    // A fresh object each time: Dexie writes the generated key back onto the object it adds.
    const entry = (reason: string) => ({
      table: 'journeys' as const,
      recordId: 'same-id',
      reason,
      quarantinedAt: '2024-01-01T00:00:00.000Z',
      raw: { id: 'same-id' },
    });
    const first = await db.quarantine.add(entry('invalid field title: expected string'));
    const second = await db.quarantine.add(entry('again'));

    expect(must(second)).toBeGreaterThan(must(first));
    expect(await db.quarantine.where('recordId').equals('same-id').count()).toBe(2);
  });

  it('stores an image Blob and reads back the same bytes and type', async () => {
    const blob = new Blob(['<svg xmlns="http://www.w3.org/2000/svg"/>'], {
      type: 'image/svg+xml',
    });
    await db.images.put({ id: 'avatar-1', blob, createdAt: '2024-01-01T00:00:00.000Z' });

    const stored = must(await db.images.get('avatar-1'));

    // fake-indexeddb clones with Node's structuredClone, which keeps Blobs in this (node)
    // environment; under jsdom its Blob would not survive the clone, so this file runs in node.
    expect(stored.blob).toBeInstanceOf(Blob);
    expect(stored.blob.type).toBe('image/svg+xml');
    expect(await stored.blob.text()).toBe('<svg xmlns="http://www.w3.org/2000/svg"/>');
  });

  it('is named "parcours" by default, and the app shares one connection', () => {
    expect(new ParcoursDatabase().name).toBe(DATABASE_NAME);
    expect(DATABASE_NAME).toBe('parcours');
    expect(database()).toBe(database());
  });
});
