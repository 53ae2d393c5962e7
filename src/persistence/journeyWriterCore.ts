// The save worker's work: it receives only what changed since the version storage holds, applies
// it to its own copy of the journey and writes the whole record, so the main thread never
// serialises a large map. The read, the check and the write are one IndexedDB transaction.
// Anything unexpected is answered 'stale' or 'failed', and the page then writes the journey
// itself, as it always did: this worker only ever makes saving faster, never less safe.
import { applyJourneyChange, readJourney, type Id, type JourneyChange } from '../model';

export interface WriteRequest {
  seq: number;
  journeyId: Id;
  /** The `updatedAt` of the version the change starts from, which storage must hold. */
  base: string;
  change: JourneyChange;
  /** The database version the page opened: a newer one belongs to a newer Parcours. */
  databaseVersion: number;
}

export type WriteReply =
  | { seq: number; outcome: 'written' }
  /** Storage does not hold the base version (or it could not be read): write the whole journey. */
  | { seq: number; outcome: 'stale' }
  | { seq: number; outcome: 'failed'; errorName: string; message: string };

type StoredDocument = Record<string, unknown> & { updatedAt?: unknown };

export interface JourneyWriterCore {
  write: (request: WriteRequest) => Promise<WriteReply>;
}

function failure(seq: number, error: unknown): WriteReply {
  const { name, message } = (error ?? {}) as { name?: unknown; message?: unknown };
  return {
    seq,
    outcome: 'failed',
    errorName: typeof name === 'string' ? name : 'Error',
    message: typeof message === 'string' ? message : String(error),
  };
}

/** Opens the existing database at the page's version; never creates or upgrades one. */
function openDatabase(factory: IDBFactory, name: string, version: number): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = factory.open(name, version);
    // A deleted database (or an older one) is not this worker's to create: abort the upgrade.
    request.onupgradeneeded = () => request.transaction?.abort();
    request.onsuccess = () => resolve(request.result);
    request.onerror = () =>
      reject(request.error ?? new DOMException('open failed', 'UnknownError'));
    request.onblocked = () => reject(new DOMException('database blocked', 'AbortError'));
  });
}

function requestResult<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

export function createJourneyWriterCore(
  factory: IDBFactory,
  databaseName: string,
  keyRange: Pick<typeof IDBKeyRange, 'only'> = IDBKeyRange,
): JourneyWriterCore {
  /** The last version this worker wrote, per journey: the change applies to it, unread. */
  const copies = new Map<Id, StoredDocument>();

  async function write(request: WriteRequest): Promise<WriteReply> {
    const { seq, journeyId, base, change } = request;
    let db: IDBDatabase;
    try {
      db = await openDatabase(factory, databaseName, request.databaseVersion);
    } catch (error) {
      copies.delete(journeyId);
      return failure(seq, error);
    }
    // The connection lives for one write, so it never holds up another tab's upgrade.
    db.onversionchange = () => db.close();
    try {
      return await new Promise<WriteReply>((resolve) => {
        let reply: WriteReply | null = null;
        let written: StoredDocument | null = null;
        const transaction = db.transaction('journeys', 'readwrite');
        const journeys = transaction.objectStore('journeys');
        transaction.oncomplete = () => {
          if (written) copies.set(journeyId, written);
          resolve(reply ?? { seq, outcome: 'stale' });
        };
        // A full disk often shows only here, after the put itself succeeded.
        transaction.onabort = () => {
          copies.delete(journeyId);
          const aborted = transaction.error ?? new DOMException('write aborted', 'AbortError');
          resolve(reply?.outcome === 'failed' ? reply : failure(seq, aborted));
        };
        const stale = () => {
          copies.delete(journeyId);
          reply = { seq, outcome: 'stale' };
        };
        void (async () => {
          try {
            // Cheap check first: the index says whether storage holds the base version.
            const atBase = await requestResult(
              journeys.index('updatedAt').getAllKeys(keyRange.only(base)),
            );
            if (!atBase.includes(journeyId)) return stale();
            let current = copies.get(journeyId);
            if (current?.updatedAt !== base) {
              const record = (await requestResult(journeys.get(journeyId))) as unknown;
              const read = readJourney(record);
              if (!read.ok) return stale();
              current = read.journey as unknown as StoredDocument;
            }
            const next = applyJourneyChange(current, change) as StoredDocument;
            await requestResult(journeys.put(next));
            written = next;
            reply = { seq, outcome: 'written' };
          } catch (error) {
            reply = failure(seq, error);
            try {
              transaction.abort();
            } catch {
              // Already finished: oncomplete or onabort answers.
            }
          }
        })();
      });
    } finally {
      db.close();
    }
  }

  return { write };
}
