// The gate every incoming live update passes before it reaches a room: size caps, then the update
// applied to a copy of the room, which must still hold a valid journey (schema and limits) and
// respect what the sender may do. Shared by the server and the app. Pure: no network or storage.
import * as Y from 'yjs';
import { readJourney, type Journey } from '../model';
import { readJourneyData } from './liveDoc';
import { refusal, type LiveActor, type LiveSnapshot } from './permissions';
import { rawRoom, readAuthors, readRoom, readVotes } from './room';

export const LIVE_CAPS = {
  /** One update (a burst of typing, a pasted batch of cards): 1 MB. */
  updateBytes: 1024 * 1024,
  /** A whole room, as stored: 16 MB. */
  documentBytes: 16 * 1024 * 1024,
  /** Cards in a live journey. */
  cards: 20_000,
} as const;

export type LiveCaps = { [K in keyof typeof LIVE_CAPS]: number };

export type UpdateVerdict = { ok: true } | { ok: false; reason: string };

const isCount = (value: unknown) =>
  typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= 1_000;

function plainRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** The room's state as checked data, or why it is not valid. */
export function snapshotOf(
  doc: Y.Doc,
  caps: LiveCaps = LIVE_CAPS,
): { ok: true; value: LiveSnapshot } | { ok: false; reason: string } {
  const data = readJourneyData(doc);
  let journey: Journey | null = null;
  if (data) {
    const read = readJourney(data);
    if (!read.ok) {
      const detail = 'path' in read.error ? `${read.error.path}: ${read.error.message}` : '';
      return { ok: false, reason: `invalid journey (${read.error.code}) ${detail}`.trim() };
    }
    journey = read.journey;
    if (Object.keys(journey.cards).length > caps.cards) {
      return { ok: false, reason: `more than ${caps.cards} cards` };
    }
  }
  const votes: Record<string, Record<string, number>> = {};
  for (const [person, cards] of Object.entries(readVotes(doc))) {
    if (!plainRecord(cards) || !Object.values(cards).every(isCount)) {
      return { ok: false, reason: 'a vote is not a count' };
    }
    votes[person] = cards as Record<string, number>;
  }
  const authors = readAuthors(doc);
  if (!Object.values(authors).every((author) => typeof author === 'string')) {
    return { ok: false, reason: 'an author is not a name' };
  }
  const room = readRoom(doc);
  return {
    ok: true,
    value: {
      journey,
      room: rawRoom(doc),
      votes,
      authors: authors as Record<string, string>,
      permission: room.permission,
      dots: room.dots,
      closed: room.locked || room.ended,
    },
  };
}

/** A copy of a document, to try an update on. */
export function copyOf(doc: Y.Doc): Y.Doc {
  const copy = new Y.Doc();
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
  return copy;
}

/**
 * Whether `update` from `actor` may be applied to `doc`. `doc` is left untouched: the update is
 * tried on a copy. `before` may pass the room's current snapshot when the caller keeps it.
 */
export function checkUpdate(
  doc: Y.Doc,
  update: Uint8Array,
  actor: LiveActor,
  caps: LiveCaps = LIVE_CAPS,
): UpdateVerdict {
  if (update.byteLength > caps.updateBytes) {
    return { ok: false, reason: `update of ${update.byteLength} bytes is over the cap` };
  }
  const copy = copyOf(doc);
  const before = snapshotOf(copy, caps);
  try {
    Y.applyUpdate(copy, update);
  } catch {
    return { ok: false, reason: 'not a Yjs update' };
  }
  const size = Y.encodeStateAsUpdate(copy).byteLength;
  if (size > caps.documentBytes) {
    return { ok: false, reason: `the room would grow to ${size} bytes, over the cap` };
  }
  const after = snapshotOf(copy, caps);
  if (!after.ok) return after;
  // A room that is somehow invalid already is only ever repaired by its facilitator.
  if (!before.ok) return actor.role === 'facilitator' ? { ok: true } : before;
  const refused = refusal(before.value, after.value, actor);
  return refused ? { ok: false, reason: refused } : { ok: true };
}
