// Shared helpers for the persistence tests: a fresh in-memory database per test, labelled journeys
// and personas, and a deferred promise for callbacks.
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import {
  createCard,
  createJourney,
  createPersona,
  type Journey,
  type Persona,
} from '../../src/model';
import { ParcoursDatabase } from '../../src/persistence/database';
import type { JournalStorage } from '../../src/persistence/editJournal';
import { HOTEL_STAY_LABELS } from '../support/journeyLabels';
import { createRepository, type Repository } from '../../src/persistence/repository';

export const LABELS = HOTEL_STAY_LABELS;

let counter = 0;

/** A database of its own, on its own in-memory IndexedDB, so no test sees another's data. */
export function freshDatabase(): ParcoursDatabase {
  counter += 1;
  return new ParcoursDatabase(`parcours-test-${counter}`, {
    indexedDB: new IDBFactory(),
    IDBKeyRange,
  });
}

export function freshRepository(): { db: ParcoursDatabase; repository: Repository } {
  const db = freshDatabase();
  return { db, repository: createRepository(db) };
}

/** A default journey with the given title and one note card, so content is not trivially empty. */
export function sampleJourney(title = 'Hotel stay', updatedAt?: string): Journey {
  const journey = createJourney({ ...LABELS, title });
  const stage = journey.stages[0];
  const lane = journey.lanes[0];
  if (!stage || !lane) throw new Error('the default journey has stages and lanes');
  const card = {
    ...createCard('note', { stageId: stage.id, laneId: lane.id }),
    text: 'Books a room',
  };
  return {
    ...journey,
    cards: { [card.id]: card },
    ...(updatedAt ? { createdAt: updatedAt, updatedAt } : {}),
  };
}

export function samplePersona(name: string): Persona {
  return createPersona(name);
}

/** A promise plus the function that resolves it, for tests that wait on a callback. */
export function deferred<T>(): { promise: Promise<T>; resolve: (value: T) => void } {
  let resolve: (value: T) => void = () => {};
  const promise = new Promise<T>((done) => {
    resolve = done;
  });
  return { promise, resolve };
}

/** Returns the value, failing the test when it is missing. */
export function must<T>(value: T | undefined | null, what = 'value'): T {
  if (value === undefined || value === null) throw new Error(`expected ${what} to exist`);
  return value;
}

/** localStorage's synchronous interface over a Map; `full` makes every write throw. */
export class MemoryStorage implements JournalStorage {
  items = new Map<string, string>();
  full = false;
  get length() {
    return this.items.size;
  }
  key(index: number) {
    return [...this.items.keys()][index] ?? null;
  }
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    if (this.full) throw new DOMException('full', 'QuotaExceededError');
    this.items.set(key, value);
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
}
