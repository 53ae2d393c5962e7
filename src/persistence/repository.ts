// The workspace repository: reads and writes journeys and personas, validating everything it reads.
// A record that fails validation is moved to quarantine and reported, never dropped or overwritten.
import {
  applyJourneyChange,
  applyRecipe,
  ops,
  createId,
  readJourney,
  readPersona,
  readRecordList,
  type RecordList,
  type RecordType,
  type DocumentError,
  type Id,
  type Journey,
  type Persona,
} from '../model';
import type {
  JourneyRecord,
  ParcoursDatabase,
  PersonaRecord,
  QuarantineRecord,
  TrashRecord,
} from './database';
import type { StoredJournal } from './editJournal';

export interface QuarantineNotice {
  table: QuarantineRecord['table'];
  recordId: string;
  reason: string;
}

export interface DeletedPersona {
  persona: PersonaRecord;
  journeys: JourneyRecord[];
}

export type LoadJourneyResult =
  | { ok: true; journey: Journey }
  | { ok: false; reason: 'missing' }
  | { ok: false; reason: 'quarantined'; notice: QuarantineNotice };

export function describeDocumentError(error: DocumentError): string {
  switch (error.code) {
    case 'notAnObject':
      return 'the record is not an object';
    case 'cyclic':
      return 'the record refers to itself (a cycle), which no Parcours record does';
    case 'missingVersion':
      return 'the record has no schema version';
    case 'newerVersion':
      return `the record was written by a newer Parcours (schema ${error.found}, this app reads up to ${error.supported})`;
    case 'failedStep':
      return `upgrading it failed at "${error.step}": ${error.message}`;
    case 'invalidField':
      return `invalid field ${error.path}: ${error.message}`;
  }
}

/** Validation that cannot throw: a record no check foresaw is set aside, not a crashed library. */
function readSafely<T>(
  read: () => T,
): T | { ok: false; error: { code: 'failedStep'; step: string; message: string } } {
  try {
    return read();
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, error: { code: 'failedStep', step: 'reading', message } };
  }
}

function nowIso(): string {
  return new Date().toISOString();
}

export function createRepository(db: ParcoursDatabase) {
  /** Queues a put on the native connection and commits at once; false if it could not start. */
  function putOnExit(
    table: 'journeys' | 'personas',
    record: unknown,
    onDone?: (error: DOMException | null) => void,
  ): boolean {
    const native = db.isOpen() ? db.backendDB() : null;
    if (!native) return false;
    try {
      const transaction = native.transaction(table, 'readwrite');
      transaction.objectStore(table).put(record);
      transaction.oncomplete = () => onDone?.(null);
      transaction.onabort = () =>
        onDone?.(transaction.error ?? new DOMException('aborted', 'AbortError'));
      transaction.commit();
      return true;
    } catch {
      return false;
    }
  }

  async function quarantine(
    table: 'journeys' | 'personas',
    recordId: string,
    raw: unknown,
    reason: string,
  ): Promise<QuarantineNotice> {
    await db.transaction('rw', db[table], db.quarantine, async () => {
      await db.quarantine.add({ table, recordId, reason, quarantinedAt: nowIso(), raw });
      await db[table].delete(recordId);
    });
    return { table, recordId, reason };
  }

  /** Validates a stored journey; newer-version records stay in place (a newer tab may own them). */
  async function checkJourney(
    record: JourneyRecord,
  ): Promise<{ journey: Journey } | { notice: QuarantineNotice }> {
    const result = readSafely(() => readJourney(record));
    if (result.ok) return { journey: result.journey };
    const reason = describeDocumentError(result.error);
    if (result.error.code === 'newerVersion') {
      return { notice: { table: 'journeys', recordId: record.id, reason } };
    }
    return { notice: await quarantine('journeys', record.id, record, reason) };
  }

  return {
    /** Every valid journey, newest first, plus notices for the records that were set aside. */
    async listJourneys(): Promise<{ journeys: Journey[]; notices: QuarantineNotice[] }> {
      // Every record, not the updatedAt index: a record lacking a valid updatedAt is not in the
      // index, and would otherwise be neither listed nor quarantined.
      const records = await db.journeys.toArray();
      const journeys: Journey[] = [];
      const notices: QuarantineNotice[] = [];
      for (const record of records) {
        const checked = await checkJourney(record);
        if ('journey' in checked) journeys.push(checked.journey);
        else notices.push(checked.notice);
      }
      journeys.sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : 0));
      return { journeys, notices };
    },

    async loadJourney(id: Id): Promise<LoadJourneyResult> {
      const record = await db.journeys.get(id);
      if (!record) return { ok: false, reason: 'missing' };
      const checked = await checkJourney(record);
      if ('journey' in checked) return { ok: true, journey: checked.journey };
      return { ok: false, reason: 'quarantined', notice: checked.notice };
    },

    /** The open database's version (what the save worker must find), or null when it is closed. */
    databaseVersion(): number | null {
      return db.isOpen() ? db.backendDB().version : null;
    },

    /** Writes one journey in one transaction. Rejects (quota, closed database) so callers can warn. */
    async saveJourney(journey: Journey): Promise<void> {
      await db.transaction('rw', db.journeys, async () => {
        await db.journeys.put(journey as unknown as JourneyRecord);
      });
    },

    /**
     * Queues the write synchronously on the native connection and commits at once, for the
     * pagehide handler: the page may be gone before any promise continuation would run.
     */
    saveJourneyOnExit(journey: Journey, onDone?: (error: DOMException | null) => void): boolean {
      return putOnExit('journeys', journey, onDone);
    },

    /** The same synchronous exit write, for a persona being edited. */
    savePersonaOnExit(persona: Persona, onDone?: (error: DOMException | null) => void): boolean {
      return putOnExit('personas', persona, onDone);
    },

    /**
     * Replays a journey's write-ahead journals onto its stored record, oldest first, in one
     * transaction. A journal whose change does not give a valid journey is kept in quarantine.
     * Returns how many journals changed the journey; the caller then removes their keys.
     */
    async replayJournals(journeyId: Id, journals: readonly StoredJournal[]): Promise<number> {
      return db.transaction('rw', db.journeys, db.quarantine, async () => {
        const setAside = (raw: unknown, reason: string) =>
          db.quarantine.add({
            table: 'journeys',
            recordId: journeyId,
            reason: `unsaved edits from the journal: ${reason}`,
            quarantinedAt: nowIso(),
            raw,
          });
        let record = await db.journeys.get(journeyId);
        let replayed = 0;
        for (const journal of journals) {
          const entry = journal.entry;
          if (!entry || entry.journeyId !== journeyId) {
            await setAside(journal.text, 'the journal could not be read');
            continue;
          }
          if (!record) {
            await setAside(entry, 'the journey is no longer in the library');
            continue;
          }
          const stored = typeof record.updatedAt === 'string' ? record.updatedAt : '';
          if (stored === entry.updatedAt) continue;
          const follows = entry.bases.includes(stored) || entry.updatedAt > stored;
          if (!follows) {
            // Storage holds later edits made elsewhere: keep these aside rather than drop them.
            await setAside(entry, 'storage holds later edits of this journey, made elsewhere');
            continue;
          }
          const candidate = applyJourneyChange(record, entry.change);
          const read = readSafely(() => readJourney(candidate));
          if (!read.ok) {
            await setAside(entry, describeDocumentError(read.error));
            continue;
          }
          record = read.journey as unknown as JourneyRecord;
          await db.journeys.put(record);
          replayed += 1;
        }
        return replayed;
      });
    },

    /** A copy under a new id and title, e.g. an "as-is" map turned into a "to-be" map. */
    async duplicateJourney(id: Id, title: string): Promise<Journey | null> {
      const loaded = await this.loadJourney(id);
      if (!loaded.ok) return null;
      const now = nowIso();
      const copy: Journey = {
        ...loaded.journey,
        id: createId(),
        title,
        createdAt: now,
        updatedAt: now,
      };
      await this.saveJourney(copy);
      return copy;
    },

    /** Moves a journey to the trash, from where it can be restored. */
    async trashJourney(id: Id): Promise<void> {
      await db.transaction('rw', db.journeys, db.trash, async () => {
        const record = await db.journeys.get(id);
        if (!record) return;
        const title = typeof record.title === 'string' ? record.title : '';
        await db.trash.put({ id, kind: 'journey', title, deletedAt: nowIso(), document: record });
        await db.journeys.delete(id);
      });
    },

    async listTrash(): Promise<TrashRecord[]> {
      return db.trash.orderBy('deletedAt').reverse().toArray();
    },

    async restoreJourney(id: Id): Promise<void> {
      await db.transaction('rw', db.journeys, db.trash, async () => {
        const item = await db.trash.get(id);
        if (!item) return;
        await db.journeys.put(item.document);
        await db.trash.delete(id);
      });
    },

    async deleteFromTrash(id: Id): Promise<void> {
      await db.trash.delete(id);
    },

    async listQuarantine(): Promise<QuarantineRecord[]> {
      return db.quarantine.toArray();
    },

    async listPersonas(): Promise<{ personas: Persona[]; notices: QuarantineNotice[] }> {
      const records = await db.personas.toArray();
      const personas: Persona[] = [];
      const notices: QuarantineNotice[] = [];
      for (const record of records) {
        const parsed = readSafely(() => readPersona(record));
        if (parsed.ok) personas.push(parsed.persona);
        else if (parsed.error.code === 'newerVersion') {
          // A newer Parcours in another tab owns it: report it, leave it in place.
          const reason = describeDocumentError(parsed.error);
          notices.push({ table: 'personas', recordId: record.id, reason });
        } else {
          const reason = describeDocumentError(parsed.error);
          notices.push(await quarantine('personas', record.id, record, reason));
        }
      }
      personas.sort((a, b) => a.name.localeCompare(b.name));
      return { personas, notices };
    },

    async savePersona(persona: Persona): Promise<void> {
      await db.personas.put(persona as unknown as JourneyRecord);
    },

    /** Every id in use, read from the keys so unreadable and trashed records count too. */
    async takenIds(): Promise<{ journeyIds: Set<Id>; personaIds: Set<Id> }> {
      return db.transaction('r', db.journeys, db.trash, db.personas, async () => {
        const [journeys, trashed, personas] = await Promise.all([
          db.journeys.toCollection().primaryKeys(),
          db.trash.toCollection().primaryKeys(),
          db.personas.toCollection().primaryKeys(),
        ]);
        return { journeyIds: new Set([...journeys, ...trashed]), personaIds: new Set(personas) };
      });
    },

    /**
     * Writes an import in one transaction: all of it or, on any failure, nothing. Journeys are
     * added, never put, so an id that was taken meanwhile aborts instead of overwriting a journey.
     */
    async importRecords(journeys: Journey[], personas: Persona[]): Promise<void> {
      await db.transaction('rw', db.journeys, db.personas, async () => {
        await db.personas.bulkPut(personas as unknown as JourneyRecord[]);
        await db.journeys.bulkAdd(journeys as unknown as JourneyRecord[]);
      });
    },

    /** Puts journeys and personas back as they are, e.g. into a database deleted under them. */
    async restoreRecords(journeys: Journey[], personas: readonly Persona[]): Promise<void> {
      await db.transaction('rw', db.journeys, db.personas, async () => {
        await db.personas.bulkPut(personas as unknown as PersonaRecord[]);
        await db.journeys.bulkPut(journeys as unknown as JourneyRecord[]);
      });
    },

    /**
     * Puts back a persona sheet a page left in the journal when it went away. It replaces the
     * stored persona only when it is newer; a damaged one, or one whose persona is gone, is set
     * aside in quarantine. Returns what happened.
     */
    async restorePersonaFromJournal(raw: unknown): Promise<'restored' | 'stale' | 'setAside'> {
      const read = readSafely(() => readPersona(raw));
      return db.transaction('rw', db.personas, db.quarantine, async () => {
        const setAside = async (recordId: string, reason: string) => {
          await db.quarantine.add({
            table: 'personas',
            recordId,
            reason: `unsaved persona edits from the journal: ${reason}`,
            quarantinedAt: nowIso(),
            raw,
          });
          return 'setAside' as const;
        };
        if (!read.ok) return setAside('journal', describeDocumentError(read.error));
        const persona = read.persona;
        const stored = await db.personas.get(persona.id);
        if (!stored) return setAside(persona.id, 'the persona is no longer in the library');
        if (typeof stored.updatedAt === 'string' && stored.updatedAt >= persona.updatedAt) {
          return 'stale';
        }
        await db.personas.put(persona as unknown as PersonaRecord);
        return 'restored';
      });
    },

    /** How many stored journeys link a persona, read from storage, not from a list on screen. */
    async countJourneysUsing(personaId: Id): Promise<number> {
      return db.journeys
        .filter(
          (record) => Array.isArray(record.personaIds) && record.personaIds.includes(personaId),
        )
        .count();
    },

    /**
     * Deletes a persona and unlinks it from every journey that used it, in one transaction.
     * Returns what was there before, so the deletion can be undone exactly.
     */
    async deletePersona(id: Id): Promise<DeletedPersona | null> {
      return db.transaction('rw', db.personas, db.journeys, async () => {
        const persona = await db.personas.get(id);
        if (!persona) return null;
        const journeys: JourneyRecord[] = [];
        for (const record of await db.journeys.toArray()) {
          const read = readJourney(record);
          if (!read.ok || !read.journey.personaIds.includes(id)) continue;
          journeys.push(record);
          const unlinked = applyRecipe(read.journey, ops.unlinkPersona(id)).journey;
          await db.journeys.put({ ...unlinked, updatedAt: nowIso() } as unknown as JourneyRecord);
        }
        await db.personas.delete(id);
        return { persona, journeys };
      });
    },

    /** Puts back a deleted persona and the journeys exactly as they were before the deletion. */
    async restorePersona(deleted: DeletedPersona): Promise<void> {
      await db.transaction('rw', db.personas, db.journeys, async () => {
        await db.personas.put(deleted.persona);
        for (const journey of deleted.journeys) await db.journeys.put(journey);
      });
    },

    /**
     * Gives a persona a new photo (or none), and deletes the one it replaces, in one transaction:
     * no image is left behind, and no persona points at a deleted one.
     */
    async replaceAvatar(persona: Persona, blob: Blob | null): Promise<Persona> {
      return db.transaction('rw', db.personas, db.images, async () => {
        let avatarImageId: Id | null = null;
        if (blob) {
          avatarImageId = createId();
          await db.images.put({ id: avatarImageId, blob, createdAt: nowIso() });
        }
        const updated: Persona = { ...persona, avatarImageId, updatedAt: nowIso() };
        await db.personas.put(updated as unknown as PersonaRecord);
        if (persona.avatarImageId && persona.avatarImageId !== avatarImageId) {
          await db.images.delete(persona.avatarImageId);
        }
        return updated;
      });
    },

    async getImage(id: Id): Promise<Blob | undefined> {
      return (await db.images.get(id))?.blob;
    },

    /**
     * Reads a list of records stored under a settings key, entry by entry. An entry that cannot
     * be read is moved to quarantine in the same transaction, so writing the list back later loses
     * nothing; entries from a newer Parcours are kept as they are, and reported.
     */
    async readRecordList<T>(
      key: string,
      type: RecordType<T>,
    ): Promise<{ list: RecordList<T>; notices: QuarantineNotice[] }> {
      return db.transaction('rw', db.settings, db.quarantine, async () => {
        const stored = (await db.settings.get(key))?.value;
        const list = readRecordList(type, stored);
        const notices: QuarantineNotice[] = list.newer.map((_, index) => ({
          table: 'settings',
          recordId: `${key}.new-${index}`,
          reason: `a ${type.noun} was saved by a newer Parcours; it is kept unchanged`,
        }));
        if (list.rejected.length === 0) return { list, notices };
        const rejected = new Set(list.rejected.map((entry) => entry.index));
        for (const entry of list.rejected) {
          const reason = `${type.noun}: ${describeDocumentError(entry.error)}`;
          const recordId = `${key}.${entry.index}`;
          await db.quarantine.add({
            table: 'settings',
            recordId,
            reason,
            quarantinedAt: nowIso(),
            raw: entry.raw,
          });
          notices.push({ table: 'settings', recordId, reason });
        }
        const kept = Array.isArray(stored) ? stored.filter((_, index) => !rejected.has(index)) : [];
        await db.settings.put({ key, value: kept });
        return { list, notices };
      });
    },

    /** Writes a list of records under a settings key, with the newer entries it must keep. */
    async writeRecordList(key: string, records: readonly unknown[], newer: readonly unknown[]) {
      await db.settings.put({ key, value: [...records, ...newer] });
    },
  };
}

export type Repository = ReturnType<typeof createRepository>;
