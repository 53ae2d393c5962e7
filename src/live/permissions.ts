// What a participant's change may touch, by the room's permission. The server runs this on every
// incoming update and the app runs it before sending, so a person never sends what would be refused.
// Pure: compares the room's state before and after the change.
import type { Journey } from '../model';
import type { LivePermission } from './room';

export type LiveRole = 'facilitator' | 'participant';

export interface LiveActor {
  role: LiveRole;
  /** Stable per person and device; names their cards and their votes. */
  participantId: string;
}

/** A live room's state as plain, checked data. */
export interface LiveSnapshot {
  journey: Journey | null;
  room: Record<string, unknown>;
  votes: Record<string, Record<string, number>>;
  authors: Record<string, string>;
  permission: LivePermission;
  dots: number;
  closed: boolean;
}

const json = (value: unknown) => JSON.stringify(value ?? null);

/** A card without its rank: adding a card may renumber the others in its cell. */
function withoutOrder(card: object): string {
  const { order: _order, ...rest } = card as { order?: unknown };
  return json(rest);
}

function journeyFrame(journey: Journey): string {
  const { cards: _c, connectors: _k, updatedAt: _u, ...frame } = journey;
  return json(frame);
}

/** Why `actor` may not make this change, or null when it may. */
export function refusal(
  before: LiveSnapshot,
  after: LiveSnapshot,
  actor: LiveActor,
): string | null {
  if (actor.role === 'facilitator') return null;
  if (before.closed) return 'the room is locked';
  if (json(before.room) !== json(after.room)) return 'only the facilitator changes the room';
  if (!before.journey || !after.journey) {
    return before.journey === after.journey ? null : 'only the facilitator sets up the journey';
  }
  const me = actor.participantId;
  const votes = checkVotes(before, after, me);
  if (votes) return votes;

  const newCards = after.journey.cards;
  for (const [cardId, author] of Object.entries(after.authors)) {
    if (before.authors[cardId] === author) continue;
    if (author !== me || cardId in before.journey.cards)
      return 'a card is credited to someone else';
  }
  for (const cardId of Object.keys(before.authors)) {
    if (!(cardId in after.authors) && cardId in newCards) return 'a card lost its author';
  }
  return journeyRefusal(before.journey, after.journey, before.authors, after.authors, {
    permission: before.permission,
    participantId: me,
  });
}

/**
 * What a participant may change in the journey itself, by the room's permission: the frame
 * (title, stages, lanes, personas) and connectors only with 'all'; others' cards never, their own
 * with 'own'; new cards always, credited to them. A card's rank may change (adding renumbers a cell).
 */
export function journeyRefusal(
  before: Journey,
  after: Journey,
  authorsBefore: Readonly<Record<string, string>>,
  authorsAfter: Readonly<Record<string, string>>,
  { permission, participantId: me }: { permission: LivePermission; participantId: string },
): string | null {
  if (permission === 'all') return null;
  if (journeyFrame(before) !== journeyFrame(after)) return 'participants may only add cards';
  const mayEdit = (cardId: string) => permission === 'own' && authorsBefore[cardId] === me;
  for (const [cardId, card] of Object.entries(after.cards)) {
    const old = before.cards[cardId];
    if (!old) {
      if (authorsAfter[cardId] !== me) return 'a new card must be credited to its author';
    } else if (old !== card && withoutOrder(old) !== withoutOrder(card) && !mayEdit(cardId)) {
      return 'this card belongs to someone else';
    }
  }
  for (const cardId of Object.keys(before.cards)) {
    if (!(cardId in after.cards) && !mayEdit(cardId)) return 'this card belongs to someone else';
  }
  for (const [id, connector] of Object.entries(after.connectors)) {
    const old = before.connectors[id];
    if (old !== connector && json(old) !== json(connector)) {
      return 'participants may not draw connectors';
    }
  }
  return null;
}

function checkVotes(before: LiveSnapshot, after: LiveSnapshot, me: string): string | null {
  const people = new Set([...Object.keys(before.votes), ...Object.keys(after.votes)]);
  for (const person of people) {
    if (person === me) continue;
    if (json(before.votes[person]) !== json(after.votes[person])) {
      return "a participant changed someone else's votes";
    }
  }
  const mine = after.votes[me];
  if (json(mine) === json(before.votes[me])) return null;
  const cards = after.journey?.cards ?? {};
  let used = 0;
  for (const [cardId, count] of Object.entries(mine ?? {})) {
    if (cardId in cards) used += count;
  }
  return used > after.dots ? 'more dots than the room allows' : null;
}
