// The emotion curves of an emotions lane, as geometry: one curve per persona (and one for points
// without a persona) through its points in stage order, and the smooth path through them. The
// canvas and every picture draw the same curves from this.
import type { Id } from './ids';
import type { Journey } from './journey';
import { LAYOUT, emotionY, type MapLayout } from './layout';

/**
 * The colour of the curve of points that belong to no persona: a neutral grey, 4.8:1 against white,
 * that no persona colour (PERSONA_COLORS) is.
 */
export const SHARED_CURVE_COLOR = '#6b7280';

/** The colour of a curve and its points: its persona's, else the shared grey. */
export function curveColor(personaId: Id | null, personaColors: ReadonlyMap<Id, string>): string {
  return (personaId && personaColors.get(personaId)) || SHARED_CURVE_COLOR;
}

export interface Point {
  x: number;
  y: number;
}

export interface EmotionCurveGeometry {
  /** Null for the journey's shared curve. */
  personaId: Id | null;
  /** The centres of its points on the map, in stage order. */
  points: Point[];
}

/** The curves of the lane `laneId`, in map coordinates. */
export function emotionCurveGeometry(
  journey: Journey,
  layout: MapLayout,
  laneId: Id,
): EmotionCurveGeometry[] {
  const rowIndex = journey.lanes.findIndex((lane) => lane.id === laneId);
  const row = layout.rows[rowIndex];
  if (!row) return [];
  const stageIndex = new Map(journey.stages.map((stage, index) => [stage.id, index]));
  const groups = new Map<Id | null, { point: Point; order: number }[]>();
  for (const card of Object.values(journey.cards)) {
    if (card.kind !== 'emotion' || card.laneId !== laneId) continue;
    const rect = layout.cards.get(card.id);
    const column = stageIndex.get(card.stageId);
    if (!rect || column === undefined) continue;
    const group = groups.get(card.personaId) ?? [];
    group.push({
      point: {
        x: rect.x + rect.width / 2,
        y: emotionY(card.score, row) + LAYOUT.emotionPointSize / 2,
      },
      order: column * 1_000 + card.order,
    });
    groups.set(card.personaId, group);
  }
  return [...groups.entries()].map(([personaId, points]) => ({
    personaId,
    points: points.sort((a, b) => a.order - b.order).map(({ point }) => point),
  }));
}

export interface CubicSegment {
  c1: Point;
  c2: Point;
  to: Point;
}

/** A smooth line through `points` (Catmull-Rom as cubic Béziers), starting at the first point. */
export function smoothCurve(points: readonly Point[]): CubicSegment[] {
  const segments: CubicSegment[] = [];
  for (let i = 0; i < points.length - 1; i += 1) {
    const p0 = points[i - 1] ?? points[i]!;
    const p1 = points[i]!;
    const p2 = points[i + 1]!;
    const p3 = points[i + 2] ?? p2;
    segments.push({
      c1: { x: p1.x + (p2.x - p0.x) / 6, y: p1.y + (p2.y - p0.y) / 6 },
      c2: { x: p2.x - (p3.x - p1.x) / 6, y: p2.y - (p3.y - p1.y) / 6 },
      to: p2,
    });
  }
  return segments;
}
