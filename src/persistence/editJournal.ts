// The write-ahead journal: what the open journey holds that storage may not have yet, written
// synchronously to localStorage. A page can be reloaded or closed in the middle of an IndexedDB save,
// or while another tab keeps the database busy; a synchronous localStorage write still happens.
// On the next load, a journal newer than the stored journey is replayed, then cleared.
// It holds only the change since the last confirmed save, so it stays small on a 5,000-card map.
import { diffJourney, isEmptyChange, type Id, type Journey, type JourneyChange } from '../model';

const PREFIX = 'parcours.journal.';

export interface JournalEntry {
  format: 'parcours.journal';
  journeyId: Id;
  tabId: string;
  /**
   * The `updatedAt` of every version that storage may hold: the last confirmed save, and a save
   * that was under way. The change turns any of them into the journey as it was written here.
   */
  bases: string[];
  /** The journey's `updatedAt` after the change: storage holding it means nothing is missing. */
  updatedAt: string;
  writtenAt: number;
  change: JourneyChange;
}

/** The synchronous storage the journal lives in; localStorage in the app. */
export type JournalStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem' | 'key' | 'length'>;

export function browserJournalStorage(): JournalStorage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    // Storage disabled by the browser's settings: no journal, autosave still works.
    return null;
  }
}

function keyFor(journeyId: Id, tabId: string): string {
  return `${PREFIX}${journeyId}.${tabId}`;
}

export interface EditJournal {
  /**
   * Writes what `current` has beyond `saved`, the version storage is known to hold, counting
   * `saving`, a save under way, as possibly stored too. Returns false if storage refused it.
   */
  write: (current: Journey, saved: Journey, saving: Journey | null) => boolean;
  clear: () => void;
}

export function createEditJournal(
  storage: JournalStorage | null,
  journeyId: Id,
  tabId: string,
): EditJournal {
  const key = keyFor(journeyId, tabId);
  return {
    write(current, saved, saving) {
      if (!storage) return false;
      const between = saving && saving !== current ? [saving] : [];
      const change = diffJourney(saved, current, between);
      if (isEmptyChange(change)) {
        storage.removeItem(key);
        return true;
      }
      const bases = [saved.updatedAt, ...between.map((version) => version.updatedAt)];
      const entry: JournalEntry = {
        format: 'parcours.journal',
        journeyId,
        tabId,
        bases,
        updatedAt: current.updatedAt,
        writtenAt: Date.now(),
        change,
      };
      try {
        storage.setItem(key, JSON.stringify(entry));
        return true;
      } catch {
        // Full (localStorage holds a few megabytes): the IndexedDB autosave still runs.
        return false;
      }
    },
    clear() {
      storage?.removeItem(key);
    },
  };
}

export interface StoredJournal {
  key: string;
  /** The parsed entry, or null when the text is not a journal this version can read. */
  entry: JournalEntry | null;
  text: string;
}

function parseEntry(text: string): JournalEntry | null {
  try {
    const value = JSON.parse(text) as Partial<JournalEntry> | null;
    if (
      !value ||
      value.format !== 'parcours.journal' ||
      typeof value.journeyId !== 'string' ||
      typeof value.updatedAt !== 'string' ||
      !Array.isArray(value.bases) ||
      typeof value.change !== 'object' ||
      value.change === null
    ) {
      return null;
    }
    const change = value.change;
    if (
      typeof change.fields !== 'object' ||
      typeof change.cards !== 'object' ||
      typeof change.connectors !== 'object'
    ) {
      return null;
    }
    return value as JournalEntry;
  } catch {
    return null;
  }
}

/** The keys in storage that start with `prefix`, read before any of them is removed. */
export function keysStartingWith(storage: JournalStorage, prefix: string): string[] {
  const keys: string[] = [];
  for (let index = 0; index < storage.length; index += 1) {
    const key = storage.key(index);
    if (key?.startsWith(prefix)) keys.push(key);
  }
  return keys;
}

/** Every journal in storage, or only those of one journey, oldest first. */
export function readJournals(storage: JournalStorage | null, journeyId?: Id): StoredJournal[] {
  if (!storage) return [];
  const prefix = journeyId === undefined ? PREFIX : `${PREFIX}${journeyId}.`;
  const found: StoredJournal[] = [];
  for (const key of keysStartingWith(storage, prefix)) {
    const text = storage.getItem(key);
    if (text === null) continue;
    found.push({ key, text, entry: parseEntry(text) });
  }
  return found.sort((a, b) => (a.entry?.writtenAt ?? 0) - (b.entry?.writtenAt ?? 0));
}

/** The journey id a journal key belongs to, for journals too damaged to parse. */
export function journeyIdOfKey(key: string): Id | null {
  if (!key.startsWith(PREFIX)) return null;
  const rest = key.slice(PREFIX.length);
  const dot = rest.lastIndexOf('.');
  return dot > 0 ? rest.slice(0, dot) : null;
}
