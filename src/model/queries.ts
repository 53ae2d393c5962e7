// Read-only questions about a journey: what is in a cell, and in what order.
import type { Card } from './card';
import type { Id } from './ids';
import type { Journey } from './journey';

export function cellKey(stageId: Id, laneId: Id): string {
  return `${stageId}|${laneId}`;
}

/** Cards grouped by cell, each group sorted by rank. One pass, so layout stays linear. */
export function cardsByCell(journey: Journey): Map<string, Card[]> {
  const cells = new Map<string, Card[]>();
  for (const card of Object.values(journey.cards)) {
    const key = cellKey(card.stageId, card.laneId);
    const cell = cells.get(key);
    if (cell) cell.push(card);
    else cells.set(key, [card]);
  }
  for (const cell of cells.values()) cell.sort(compareCardOrder);
  return cells;
}

export function cardsInCell(journey: Journey, stageId: Id, laneId: Id): Card[] {
  return Object.values(journey.cards)
    .filter((card) => card.stageId === stageId && card.laneId === laneId)
    .sort(compareCardOrder);
}

export function compareCardOrder(a: Card, b: Card): number {
  return a.order - b.order || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}
