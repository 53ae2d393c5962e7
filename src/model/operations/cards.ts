// Operations on cards: add, edit, move (between cells or within one), duplicate and delete.
import type { Card, CardFields, CardKind } from '../card';
import type { CellAddress } from '../factories';
import type { Id } from '../ids';
import type { Journey } from '../journey';
import { compareCardOrder } from '../queries';
import { cleanStrings } from '../text';
import { EMOTION_MAX, EMOTION_MIN } from '../vocabulary';
import { clampIndex, type JourneyRecipe } from './recipe';

const PLACEMENT_KEYS = new Set(['id', 'kind', 'stageId', 'laneId', 'order']);

function cellExists(draft: Journey, cell: CellAddress): boolean {
  return (
    draft.stages.some((stage) => stage.id === cell.stageId) &&
    draft.lanes.some((lane) => lane.id === cell.laneId)
  );
}

function sortedCell(draft: Journey, cell: CellAddress, exceptId?: Id): Card[] {
  return Object.values(draft.cards)
    .filter((c) => c.stageId === cell.stageId && c.laneId === cell.laneId && c.id !== exceptId)
    .sort(compareCardOrder);
}

/** Gives the cards of a cell consecutive ranks, touching only the ones that change. */
function renumber(cards: Card[]): void {
  cards.forEach((card, index) => {
    if (card.order !== index) card.order = index;
  });
}

function placeInCell(draft: Journey, card: Card, cell: CellAddress, index?: number): void {
  const others = sortedCell(draft, cell, card.id);
  others.splice(clampIndex(index, others.length), 0, card);
  card.stageId = cell.stageId;
  card.laneId = cell.laneId;
  renumber(others);
}

/** Deletes every card matching `predicate`, and the connectors that touched them. */
export function removeCardsWhere(draft: Journey, predicate: (card: Card) => boolean): void {
  const removed = new Set<Id>();
  for (const card of Object.values(draft.cards)) {
    if (predicate(card)) removed.add(card.id);
  }
  if (removed.size === 0) return;
  for (const id of removed) delete draft.cards[id];
  for (const connector of Object.values(draft.connectors)) {
    if (removed.has(connector.sourceCardId) || removed.has(connector.targetCardId)) {
      delete draft.connectors[connector.id];
    }
  }
}

/** Adds a card to its cell at `index` (last when omitted). Ignored if the cell does not exist. */
export function addCard(card: Card, index?: number): JourneyRecipe {
  return (draft) => {
    if (draft.cards[card.id] || !cellExists(draft, card)) return;
    draft.cards[card.id] = { ...cleanStrings(card) };
    const placed = draft.cards[card.id];
    if (placed) placeInCell(draft, placed, card, index);
  };
}

/** Edits a card's own fields. Identity and placement are changed only by moveCard. */
export function updateCard<K extends CardKind>(cardId: Id, fields: CardFields<K>): JourneyRecipe {
  return (draft) => {
    const card = draft.cards[cardId];
    if (!card) return;
    const target = card as Record<string, unknown>;
    const previousScore = card.kind === 'emotion' ? card.score : 0;
    for (const [key, value] of Object.entries(fields)) {
      // Only the card's own fields: never inherited names such as constructor or __proto__.
      if (PLACEMENT_KEYS.has(key) || !Object.hasOwn(target, key) || value === undefined) continue;
      target[key] = cleanStrings(value);
    }
    if (card.kind === 'emotion') {
      const score = Number.isNaN(card.score) ? previousScore : card.score;
      // `|| 0` turns -0 into 0, which Immer would otherwise see as "no change".
      card.score = Math.round(Math.max(EMOTION_MIN, Math.min(EMOTION_MAX, score))) || 0;
    }
  };
}

/** Moves a card to a cell (its own or another) at `index` within that cell. */
export function moveCard(cardId: Id, to: CellAddress, index?: number): JourneyRecipe {
  return (draft) => {
    const card = draft.cards[cardId];
    if (!card || !cellExists(draft, to)) return;
    const from: CellAddress = { stageId: card.stageId, laneId: card.laneId };
    placeInCell(draft, card, to, index);
    if (from.stageId !== to.stageId || from.laneId !== to.laneId) {
      renumber(sortedCell(draft, from));
    }
  };
}

/** Copies a card, under `newId`, right after the original in the same cell. */
export function duplicateCard(cardId: Id, newId: Id): JourneyRecipe {
  return (draft) => {
    const original = draft.cards[cardId];
    if (!original || draft.cards[newId]) return;
    // Cards are plain JSON, so a JSON round trip is a faithful deep copy (and works on drafts).
    const copy: Card = { ...(JSON.parse(JSON.stringify(original)) as Card), id: newId };
    draft.cards[newId] = copy;
    const cell = sortedCell(draft, original, newId);
    const placed = draft.cards[newId];
    if (placed) placeInCell(draft, placed, original, cell.indexOf(original) + 1);
  };
}

export function deleteCards(cardIds: readonly Id[]): JourneyRecipe {
  const ids = new Set(cardIds);
  return (draft) => removeCardsWhere(draft, (card) => ids.has(card.id));
}
