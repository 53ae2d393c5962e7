// Moving keyboard focus around the map with the arrow keys, as plain data: from one map node to
// its neighbour. The map reads as a grid of stages (columns) by lanes (rows), with the stage
// headers above it and the lane headers to its left; within a cell, focus steps from the cell
// itself down through its cards, in order, before it reaches the cell below.
import type { Id, Journey } from '../model';
import type { Selection } from '../store/uiStore';

/** The node id of a cell, as the canvas names it. */
export const cellNodeId = (stageId: Id, laneId: Id) => `cell:${stageId}:${laneId}`;

/** What a map node id stands for: a cell, a card, or a stage or lane header. */
export type MapPlace =
  | { kind: 'cell'; stageId: Id; laneId: Id }
  | { kind: 'card'; id: Id; stageId: Id; laneId: Id }
  | { kind: 'stage'; id: Id }
  | { kind: 'lane'; id: Id };

export function placeOf(journey: Journey, nodeId: string | null): MapPlace | null {
  if (!nodeId) return null;
  const card = journey.cards[nodeId];
  if (card) return { kind: 'card', id: card.id, stageId: card.stageId, laneId: card.laneId };
  const [kind, first, second] = nodeId.split(':');
  if (kind === 'cell' && first && second) return { kind, stageId: first, laneId: second };
  if ((kind === 'stage' || kind === 'lane') && first) return { kind, id: first };
  return null;
}

/** The cards of a cell in their order; none when the lane is collapsed (they are not drawn). */
function cardsIn(journey: Journey, stageId: Id, laneId: Id): Id[] {
  if (journey.lanes.find((lane) => lane.id === laneId)?.collapsed) return [];
  return Object.values(journey.cards)
    .filter((card) => card.stageId === stageId && card.laneId === laneId)
    .sort((a, b) => a.order - b.order)
    .map((card) => card.id);
}

/** The node at a cell's step: 0 is the cell itself, 1 its first card, and so on. */
function nodeAt(journey: Journey, stageIndex: number, laneIndex: number, step: number): string {
  const stage = journey.stages[stageIndex]!;
  const lane = journey.lanes[laneIndex]!;
  const cards = cardsIn(journey, stage.id, lane.id);
  const clamped = Math.min(step, cards.length);
  return clamped === 0 ? cellNodeId(stage.id, lane.id) : cards[clamped - 1]!;
}

/** The map node a selection stands on (its first card), or null for a connector or nothing. */
export function nodeOfSelection(selection: Selection): string | null {
  switch (selection?.kind) {
    case 'cards':
      return selection.ids[0] ?? null;
    case 'stage':
    case 'lane':
      return `${selection.kind}:${selection.id}`;
    case 'cell':
      return cellNodeId(selection.stageId, selection.laneId);
    case 'connector':
    case undefined:
      return null;
  }
}

/** The first cell of the map, where keyboard focus starts; null on a map with no cell. */
export function firstCell(journey: Journey): string | null {
  const stage = journey.stages[0];
  const lane = journey.lanes[0];
  return stage && lane ? cellNodeId(stage.id, lane.id) : null;
}

/**
 * The node an arrow key moves focus to, from `nodeId`, by one column (`dx`) or row (`dy`).
 * Null at the map's edge, or when `nodeId` names nothing on the map.
 */
export function neighbour(journey: Journey, nodeId: string, dx: number, dy: number): string | null {
  const place = placeOf(journey, nodeId);
  if (!place) return null;
  const { stages, lanes } = journey;
  const stageIndexOf = (id: Id) => stages.findIndex((stage) => stage.id === id);
  const laneIndexOf = (id: Id) => lanes.findIndex((lane) => lane.id === id);

  if (place.kind === 'stage') {
    const s = stageIndexOf(place.id);
    if (dy > 0) return lanes.length > 0 && s >= 0 ? nodeAt(journey, s, 0, 0) : null;
    const next = stages[s + dx];
    return dx !== 0 && next ? `stage:${next.id}` : null;
  }
  if (place.kind === 'lane') {
    const l = laneIndexOf(place.id);
    if (dx > 0) return stages.length > 0 && l >= 0 ? nodeAt(journey, 0, l, 0) : null;
    const next = lanes[l + dy];
    return dy !== 0 && next ? `lane:${next.id}` : null;
  }

  const s = stageIndexOf(place.stageId);
  const l = laneIndexOf(place.laneId);
  if (s < 0 || l < 0) return null;
  const cards = cardsIn(journey, place.stageId, place.laneId);
  const step = place.kind === 'card' ? cards.indexOf(place.id) + 1 : 0;
  if (dx !== 0) {
    if (s + dx < 0) return `lane:${lanes[l]!.id}`;
    return stages[s + dx] ? nodeAt(journey, s + dx, l, step) : null;
  }
  if (dy > 0) {
    if (step < cards.length) return nodeAt(journey, s, l, step + 1);
    return lanes[l + 1] ? nodeAt(journey, s, l + 1, 0) : null;
  }
  if (dy < 0) {
    if (step > 0) return nodeAt(journey, s, l, step - 1);
    if (l === 0) return `stage:${stages[s]!.id}`;
    return nodeAt(journey, s, l - 1, Number.MAX_SAFE_INTEGER);
  }
  return null;
}
