// A dragged emotion point moves in whole score steps: while it moves, it is drawn at the height of
// the score it would take, with a label saying that score beside it; its stage does not change.
import { emotionStep, type Journey, type MapLayout } from '../model';
import { draggedScore } from './dropTarget';
import type { DragScoreNode, EmotionPointNode } from './flowTypes';

/** The label sits this far to the right of the point. */
const LABEL_GAP = 8;

/** The score `node` reaches at the dragged `position`, or null when it is not a point of a lane. */
export function scoreOfDrag(
  journey: Journey,
  layout: MapLayout,
  node: EmotionPointNode,
  position: { y: number },
): number | null {
  const { card } = node.data;
  const laneIndex = journey.lanes.findIndex((lane) => lane.id === card.laneId);
  const laidOut = layout.cards.get(card.id);
  if (!laidOut) return null;
  return draggedScore(layout, laneIndex, card.score, position.y - laidOut.y);
}

/** The point snapped to its score's height, and the label showing that score beside it. */
export function snapDraggedPoint(
  journey: Journey,
  layout: MapLayout,
  node: EmotionPointNode,
  position: { x: number; y: number },
): [EmotionPointNode, DragScoreNode] | null {
  const score = scoreOfDrag(journey, layout, node, position);
  const laneIndex = journey.lanes.findIndex((lane) => lane.id === node.data.card.laneId);
  const row = layout.rows[laneIndex];
  if (score === null || !row) return null;
  // Straight up or down from where it sits, by whole steps: its stage never changes.
  const snapped = {
    x: node.position.x,
    y: node.position.y + (node.data.card.score - score) * emotionStep(row),
  };
  const point: EmotionPointNode = { ...node, position: snapped };
  const label: DragScoreNode = {
    id: `drag-score:${node.id}`,
    type: 'dragScore',
    position: { x: snapped.x + (node.width ?? 0) + LABEL_GAP, y: snapped.y },
    data: { score },
    draggable: false,
    selectable: false,
    focusable: false,
    zIndex: 5,
  };
  return [point, label];
}
