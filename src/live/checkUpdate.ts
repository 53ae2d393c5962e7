// The gate every incoming live update passes before it reaches a room: size caps, then the update
// applied to a copy of the room, which must still hold a valid journey (schema and limits) and
// respect what the sender may do. Shared by the server and the app. Pure: no network or storage.
import * as Y from 'yjs';
import { readJourney, type Journey } from '../model';
import { liveTypes, readJourneyData, readRecord, watchCardChanges } from './liveDoc';
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

type Snapshot = { ok: true; value: LiveSnapshot } | { ok: false; reason: string };

/**
 * The room's state as checked data, or why it is not valid. `cards`, when given, supplies the
 * cards' plain records in place of the validated ones, so that an unchanged card keeps its object
 * from one snapshot to the next and comparing two snapshots compares only what changed.
 */
export function snapshotOf(
  doc: Y.Doc,
  caps: LiveCaps = LIVE_CAPS,
  cards?: Record<string, unknown>,
): Snapshot {
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
    if (cards) journey = { ...journey, cards: cards as Journey['cards'] };
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
 * A document's cards as plain records, read again only where a change touched them: every other
 * card keeps its object, so comparing the room before and after an update compares one card.
 */
function cardRecords(doc: Y.Doc) {
  const cards = liveTypes(doc).cards;
  const records = new Map<string, Record<string, unknown>>();
  const changes = watchCardChanges(doc);
  return {
    read(): Record<string, unknown> {
      for (const id of changes.take()) {
        const record = readRecord(cards.get(id));
        if (record) records.set(id, record);
        else records.delete(id);
      }
      return Object.fromEntries(records);
    },
    stop: changes.stop,
  };
}

/** Whether `doc` holds nothing that `shadow` does not (by their state vectors). */
function covers(shadow: Y.Doc, doc: Y.Doc): boolean {
  const held = Y.decodeStateVector(Y.encodeStateVector(shadow));
  for (const [client, clock] of Y.decodeStateVector(Y.encodeStateVector(doc))) {
    if ((held.get(client) ?? 0) < clock) return false;
  }
  return true;
}

/** Accepted updates kept to rebuild the room's copy: more than can be in flight at once. */
const KEPT_UPDATES = 64;

export interface RoomGate {
  /**
   * Whether `update` from `actor` may be applied to `doc`, which is left untouched. An accepted
   * update is taken to reach `doc` next: updates that follow it are checked on top of it, even
   * before the server has applied it (one connection's messages are checked back to back).
   */
  check: (doc: Y.Doc, update: Uint8Array, actor: LiveActor) => UpdateVerdict;
  stop: () => void;
}

/**
 * The gate of one room. It keeps a copy of the room with every update it accepted, and the room's
 * last snapshot, so each update costs what it changes, not a copy and two reads of the whole map.
 */
export function createRoomGate(caps: LiveCaps = LIVE_CAPS): RoomGate {
  /** The room's copy, its cards, its last snapshot; null until a check needs it again. */
  let room: {
    copy: Y.Doc;
    cards: ReturnType<typeof cardRecords>;
    before: Snapshot;
    /** Never less than the copy's encoded size: exact after a rebuild, then plus each update. */
    sizeBound: number;
  } | null = null;
  const accepted: Uint8Array[] = [];

  function forget() {
    room?.cards.stop();
    room?.copy.destroy();
    room = null;
  }

  /** The room as the server holds it, plus the accepted updates it may not have applied yet. */
  function rebuild(doc: Y.Doc) {
    forget();
    const copy = copyOf(doc);
    for (const update of accepted) Y.applyUpdate(copy, update);
    const cards = cardRecords(copy);
    const before = snapshotOf(copy, caps, cards.read());
    room = { copy, cards, before, sizeBound: Y.encodeStateAsUpdate(copy).byteLength };
    return room;
  }

  function refuse(reason: string): UpdateVerdict {
    // The copy holds the refused update: the next check starts from the room again.
    forget();
    return { ok: false, reason };
  }

  function check(doc: Y.Doc, update: Uint8Array, actor: LiveActor): UpdateVerdict {
    if (update.byteLength > caps.updateBytes) {
      return { ok: false, reason: `update of ${update.byteLength} bytes is over the cap` };
    }
    const current = room && covers(room.copy, doc) ? room : rebuild(doc);
    const { copy, cards, before: prior } = current;
    try {
      Y.applyUpdate(copy, update);
    } catch {
      return refuse('not a Yjs update');
    }
    current.sizeBound += update.byteLength;
    if (current.sizeBound > caps.documentBytes) {
      current.sizeBound = Y.encodeStateAsUpdate(copy).byteLength;
      if (current.sizeBound > caps.documentBytes) {
        return refuse(`the room would grow to ${current.sizeBound} bytes, over the cap`);
      }
    }
    const after = snapshotOf(copy, caps, cards.read());
    if (!after.ok) return refuse(after.reason);
    // A room that is somehow invalid already is only ever repaired by its facilitator.
    if (!prior.ok && actor.role !== 'facilitator') return refuse(prior.reason);
    const refused = prior.ok ? refusal(prior.value, after.value, actor) : null;
    if (refused) return refuse(refused);
    current.before = after;
    accepted.push(update);
    if (accepted.length > KEPT_UPDATES) accepted.shift();
    return { ok: true };
  }

  return { check, stop: forget };
}

/** Whether `update` from `actor` may be applied to `doc` (a one-off check; `doc` is untouched). */
export function checkUpdate(
  doc: Y.Doc,
  update: Uint8Array,
  actor: LiveActor,
  caps: LiveCaps = LIVE_CAPS,
): UpdateVerdict {
  return createRoomGate(caps).check(doc, update, actor);
}
