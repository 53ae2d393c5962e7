// Where a dragged card lands: the cell under its centre and its rank among that cell's cards; and
// the whole score a dragged emotion point snaps to.
import {
  EMOTION_MAX,
  EMOTION_MIN,
  LAYOUT,
  cardsInCell,
  emotionScoreAt,
  emotionStep,
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
  // A crowded stage's cards flow top to bottom, then into the next sub-column: a card comes before
  // the drop point when its sub-column is further left, or it is the same one and the card is higher.
  const column = layout.columns.find((c) => c.stageId === cell.stageId);
  const subColumnOf = (x: number) =>
    column
      ? Math.max(
          0,
          Math.min(column.subColumns - 1, Math.floor((x - column.x) / LAYOUT.columnWidth)),
        )
      : 0;
  const dropColumn = subColumnOf(point.x);
  const index = siblings.filter((card) => {
    const rect = layout.cards.get(card.id);
    if (!rect) return false;
    const at = centre(rect);
    const sub = subColumnOf(at.x);
    return sub < dropColumn || (sub === dropColumn && at.y < point.y);
  }).length;
  return { ...cell, index };
}

/** The emotion score matching a point's vertical position in its lane. */
export function scoreAt(layout: MapLayout, laneIndex: number, top: number): number | null {
  const row = layout.rows[laneIndex];
  return row ? emotionScoreAt(top, row) : null;
}

/**
 * The score a point dragged `dy` pixels down from where it sat reaches: its score moved by the whole
 * steps that distance spans (nearest whole step), within −2…+2. A drag of one step changes the
 * score by one, wherever in its cell the point was drawn.
 */
export function draggedScore(
  layout: MapLayout,
  laneIndex: number,
  score: number,
  dy: number,
): number | null {
  const row = layout.rows[laneIndex];
  if (!row) return null;
  const step = emotionStep(row);
  const steps = step > 0 ? Math.round(-dy / step) : 0;
  return Math.max(EMOTION_MIN, Math.min(EMOTION_MAX, score + steps));
}
