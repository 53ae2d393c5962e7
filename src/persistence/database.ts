// The Parcours database in IndexedDB (Dexie). Table layouts are versioned here, separately from the
// journey's own schemaVersion: a storage change appends a `version(n)` with its `upgrade()` step.
import Dexie, { type DexieOptions, type EntityTable } from 'dexie';
import { DATABASE_NAME } from './databaseName';

export { DATABASE_NAME };

/** A journey exactly as stored: untrusted until it passes readJourney. */
export interface JourneyRecord {
  id: string;
  updatedAt: string;
  [key: string]: unknown;
}

export interface PersonaRecord {
  id: string;
  updatedAt: string;
  [key: string]: unknown;
}

export interface ImageRecord {
  id: string;
  blob: Blob;
  createdAt: string;
}

export interface SettingRecord {
  key: string;
  value: unknown;
}

export interface TrashRecord {
  id: string;
  kind: 'journey';
  title: string;
  deletedAt: string;
  document: JourneyRecord;
}

/** A stored record that failed validation, kept aside untouched so nothing is lost. */
export interface QuarantineRecord {
  seq?: number;
  /** Where it was: a table, or the settings table for an entry of a stored list. */
  table: 'journeys' | 'personas' | 'settings';
  recordId: string;
  reason: string;
  quarantinedAt: string;
  raw: unknown;
}

export class ParcoursDatabase extends Dexie {
  journeys!: EntityTable<JourneyRecord, 'id'>;
  personas!: EntityTable<PersonaRecord, 'id'>;
  images!: EntityTable<ImageRecord, 'id'>;
  settings!: EntityTable<SettingRecord, 'key'>;
  trash!: EntityTable<TrashRecord, 'id'>;
  quarantine!: EntityTable<QuarantineRecord, 'seq'>;

  constructor(name = DATABASE_NAME, options?: DexieOptions) {
    super(name, options);
    this.version(1).stores({
      journeys: '&id, updatedAt',
      personas: '&id, updatedAt',
      images: '&id',
      settings: '&key',
      trash: '&id, deletedAt',
      quarantine: '++seq, table, recordId',
    });
  }
}

let shared: ParcoursDatabase | null = null;
/** Why this tab must stop writing: a newer Parcours upgraded the database, or it was deleted. */
export type OutdatedCause = 'upgraded' | 'deleted';
const outdatedListeners = new Set<(cause: OutdatedCause) => void>();

/**
 * Calls back when another tab upgrades the database (a newer Parcours), or when it is deleted
 * (another tab, the browser's "clear site data", developer tools).
 */
export function onDatabaseOutdated(listener: (cause: OutdatedCause) => void): () => void {
  outdatedListeners.add(listener);
  return () => outdatedListeners.delete(listener);
}

/** The app's one database connection, opened on first use. */
export function database(): ParcoursDatabase {
  if (!shared) {
    const db = new ParcoursDatabase();
    // Dexie closes this connection so the other tab's upgrade can proceed; stop and say so.
    db.on('versionchange', (event: IDBVersionChangeEvent) => {
      const cause: OutdatedCause = event.newVersion === null ? 'deleted' : 'upgraded';
      for (const listener of outdatedListeners) listener(cause);
    });
    // Clearing the site's data closes the connection with no versionchange first.
    db.on('close', () => {
      for (const listener of outdatedListeners) listener('deleted');
    });
    shared = db;
  }
  return shared;
}
