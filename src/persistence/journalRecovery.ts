// Replaying write-ahead journals left by pages that went away mid-save, before anything reads the
// journeys. A journal is only replayed under its journey's editing lock: a tab still editing that
// journey owns its journal and will save it itself.
import type { Id } from '../model';
import {
  journeyIdOfKey,
  keysStartingWith,
  readJournals,
  type JournalStorage,
  type StoredJournal,
} from './editJournal';
import { PERSONA_JOURNAL_PREFIX } from './personaSaver';
import type { Repository } from './repository';
import { acquireJourneyLock } from './tabLock';

type Replayer = Pick<Repository, 'replayJournals'>;

function byJourney(journals: StoredJournal[]): Map<Id, StoredJournal[]> {
  const groups = new Map<Id, StoredJournal[]>();
  for (const journal of journals) {
    const id = journal.entry?.journeyId ?? journeyIdOfKey(journal.key);
    if (!id) continue;
    groups.set(id, [...(groups.get(id) ?? []), journal]);
  }
  return groups;
}

async function replay(
  repository: Replayer,
  storage: JournalStorage,
  journeyId: Id,
  journals: StoredJournal[],
): Promise<number> {
  const replayed = await repository.replayJournals(journeyId, journals);
  // Only after the transaction committed: a page lost before this line replays again, harmlessly.
  for (const journal of journals) storage.removeItem(journal.key);
  return replayed;
}

/** For the tab that holds the journey's lock: replays that journey's journals. */
export async function recoverJourneyJournals(
  repository: Replayer,
  storage: JournalStorage | null,
  journeyId: Id,
): Promise<number> {
  if (!storage) return 0;
  const journals = readJournals(storage, journeyId);
  if (journals.length === 0) return 0;
  return replay(repository, storage, journeyId, journals);
}

/** Puts back the persona sheets pages left unsaved when they went away, then clears them. */
export async function recoverPersonaJournals(
  repository: Pick<Repository, 'restorePersonaFromJournal'>,
  storage: JournalStorage | null,
): Promise<number> {
  if (!storage) return 0;
  let restored = 0;
  for (const key of keysStartingWith(storage, PERSONA_JOURNAL_PREFIX)) {
    const text = storage.getItem(key);
    let raw: unknown = text;
    try {
      raw = JSON.parse(text ?? '');
    } catch {
      // Kept as text: it is set aside as it is.
    }
    if ((await repository.restorePersonaFromJournal(raw)) === 'restored') restored += 1;
    storage.removeItem(key);
  }
  return restored;
}

/** Replays every journey's journals whose journey no tab is editing. Returns how many replayed. */
export async function recoverAllJournals(
  repository: Replayer,
  storage: JournalStorage | null,
): Promise<number> {
  if (!storage) return 0;
  let replayed = 0;
  for (const [journeyId, journals] of byJourney(readJournals(storage))) {
    const lock = await acquireJourneyLock(journeyId);
    if (!lock) continue;
    try {
      replayed += await replay(repository, storage, journeyId, journals);
    } finally {
      lock.release();
    }
  }
  return replayed;
}
