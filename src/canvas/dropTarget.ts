// Where a dragged card lands: the cell under its centre and its rank among that cell's cards.
import {
  EMOTION_MAX,
  EMOTION_MIN,
  LAYOUT,
  cardsInCell,
  type Id,
  type Journey,
  type MapLayout,
  type Rect,
} from '../model';

export interface DropTarget {
  stageId: Id;
  laneId: Id;
  index: number;
}

function centre(rect: Rect) {
  return { x: rect.x + rect.width / 2, y: rect.y + rect.height / 2 };
}

/** The cell under a point of the map, if any. */
export function cellAt(
  journey: Journey,
  layout: MapLayout,
  point: { x: number; y: number },
): { stageId: Id; laneId: Id } | null {
  const stageIndex = layout.columns.findIndex((c) => point.x >= c.x && point.x < c.x + c.width);
  const laneIndex = layout.rows.findIndex((r) => point.y >= r.y && point.y < r.y + r.height);
  const stage = journey.stages[stageIndex];
  const lane = journey.lanes[laneIndex];
  return stage && lane ? { stageId: stage.id, laneId: lane.id } : null;
}

export function dropTarget(
  journey: Journey,
  layout: MapLayout,
  cardId: Id,
  dropped: Rect,
): DropTarget | null {
  const point = centre(dropped);
  const cell = cellAt(journey, layout, point);
  if (!cell) return null;
  const siblings = cardsInCell(journey, cell.stageId, cell.laneId).filter(
    (card) => card.id !== cardId,
  );
  const index = siblings.filter((card) => {
    const rect = layout.cards.get(card.id);
    return rect ? centre(rect).y < point.y : false;
  }).length;
  return { ...cell, index };
}

/** The emotion score matching a point's vertical position in its lane. */
export function scoreAt(layout: MapLayout, laneIndex: number, top: number): number | null {
  const row = layout.rows[laneIndex];
  if (!row) return null;
  const inner = row.height - 2 * LAYOUT.cellPadding - LAYOUT.emotionPointSize;
  const fraction = (top - row.y - LAYOUT.cellPadding) / inner;
  const score = Math.round(EMOTION_MAX - fraction * (EMOTION_MAX - EMOTION_MIN));
  return Math.max(EMOTION_MIN, Math.min(EMOTION_MAX, score));
}
