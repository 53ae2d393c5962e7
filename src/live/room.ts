// What a live room holds besides the journey: its settings (what participants may do, how many dots
// each may vote with, locked or ended, the stage the facilitator leads), who wrote each card and
// everyone's votes. Kept in the live document next to the journey, never in the stored journey.
import * as Y from 'yjs';
import { liveTypes } from './liveDoc';

/** What participants may do: add cards only, also edit their own, or edit everything. */
export const LIVE_PERMISSIONS = ['add', 'own', 'all'] as const;
export type LivePermission = (typeof LIVE_PERMISSIONS)[number];

export const MAX_DOTS = 20;
export const DEFAULT_DOTS = 5;

export interface RoomSettings {
  permission: LivePermission;
  /** How many dots each participant may place; 0 turns voting off. */
  dots: number;
  /** A locked room is read-only for participants; the server refuses their writes. */
  locked: boolean;
  /** The facilitator ended the session: participants can no longer write. */
  ended: boolean;
  /** In present mode, the stage the facilitator shows, which every participant follows. */
  leadStageId: string | null;
}

export const DEFAULT_ROOM: RoomSettings = {
  permission: 'own',
  dots: DEFAULT_DOTS,
  locked: false,
  ended: false,
  leadStageId: null,
};

/** Votes by participant, then by card: how many dots each person put on each card. */
export type Votes = Record<string, Record<string, number>>;

export function readRoom(doc: Y.Doc): RoomSettings {
  const room = liveTypes(doc).room;
  const permission = room.get('permission');
  const dots = room.get('dots');
  const leadStageId = room.get('leadStageId');
  return {
    permission: LIVE_PERMISSIONS.includes(permission as LivePermission)
      ? (permission as LivePermission)
      : DEFAULT_ROOM.permission,
    dots:
      typeof dots === 'number' && Number.isInteger(dots) && dots >= 0 && dots <= MAX_DOTS
        ? dots
        : DEFAULT_ROOM.dots,
    locked: room.get('locked') === true,
    ended: room.get('ended') === true,
    leadStageId: typeof leadStageId === 'string' ? leadStageId : null,
  };
}

/** The room's raw entries, to compare what an update changed, whatever it wrote. */
export function rawRoom(doc: Y.Doc): Record<string, unknown> {
  return liveTypes(doc).room.toJSON();
}

export function writeRoom(doc: Y.Doc, settings: Partial<RoomSettings>): void {
  const room = liveTypes(doc).room;
  for (const [key, value] of Object.entries(settings)) {
    if (room.get(key) !== value) room.set(key, value);
  }
}

/** Every vote as stored; anything that is not a count is read as it is, for the checks to refuse. */
export function readVotes(doc: Y.Doc): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [participant, cards] of liveTypes(doc).votes.entries()) {
    out[participant] = cards instanceof Y.Map ? cards.toJSON() : cards;
  }
  return out;
}

/** The dots each card has, counting only cards that exist. */
export function dotsByCard(votes: Votes, cardIds: ReadonlySet<string>): Map<string, number> {
  const totals = new Map<string, number>();
  for (const cards of Object.values(votes)) {
    for (const [cardId, count] of Object.entries(cards)) {
      if (cardIds.has(cardId) && count > 0) totals.set(cardId, (totals.get(cardId) ?? 0) + count);
    }
  }
  return totals;
}

/** How many dots one participant placed on cards that exist. */
export function dotsUsed(mine: Record<string, number> | undefined, cardIds: ReadonlySet<string>) {
  let used = 0;
  for (const [cardId, count] of Object.entries(mine ?? {})) if (cardIds.has(cardId)) used += count;
  return used;
}

/** Sets one participant's dots on one card (0 removes them). */
export function setVote(doc: Y.Doc, participantId: string, cardId: string, count: number): void {
  const votes = liveTypes(doc).votes;
  let mine = votes.get(participantId);
  if (!(mine instanceof Y.Map)) {
    mine = new Y.Map<number>();
    votes.set(participantId, mine);
  }
  if (count <= 0) mine.delete(cardId);
  else mine.set(cardId, count);
}

export function readAuthors(doc: Y.Doc): Record<string, unknown> {
  return liveTypes(doc).authors.toJSON();
}
