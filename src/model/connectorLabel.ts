// Where a connector's label sits: on the longest stretch of its line where the label's plate,
// centred on the line, covers no card. Pure, so the canvas and every export put it in one place.
import type { Point } from './emotionCurves';
import type { Rect } from './layout';

export interface Size {
  width: number;
  height: number;
}

/** The label's plate: 12 px text, at most 200 px of it, on a plate with 6 px side padding. */
export const LABEL_PLATE = { fontSize: 12, maxTextWidth: 200, paddingX: 6, height: 20 } as const;

/** A character of Inter at 12 px is a little narrower than this, on average, in pixels. */
const CHARACTER_WIDTH = 7;

/**
 * The size of a label's plate, from its length: a little wider than Inter's text at 12 px, so the
 * drawn plate, measured by whoever draws it, fits inside the space kept clear for it.
 */
export function labelPlateSize(label: string): Size {
  const text = Math.min(LABEL_PLATE.maxTextWidth, Math.ceil([...label].length * CHARACTER_WIDTH));
  return { width: text + 2 * LABEL_PLATE.paddingX, height: LABEL_PLATE.height };
}

/**
 * The text a plate of labelPlateSize shows without measuring it (the canvas, where measuring
 * would cost a layout): the label, or as much of it as the widest plate holds, ending in "…".
 */
export function labelPlateText(label: string): string {
  const characters = [...label];
  const fits = Math.floor(LABEL_PLATE.maxTextWidth / CHARACTER_WIDTH);
  return characters.length <= fits ? label : `${characters.slice(0, fits - 1).join('')}…`;
}

/** The stretches of [low, high] left once every open interval in `cuts` is taken out. */
function clearStretches(low: number, high: number, cuts: [number, number][]): [number, number][] {
  const stretches: [number, number][] = [];
  let from = low;
  for (const [start, end] of cuts.sort((a, b) => a[0] - b[0])) {
    if (end <= from) continue;
    if (start >= high) break;
    if (start >= from) stretches.push([from, start]);
    from = Math.max(from, end);
  }
  if (from <= high) stretches.push([from, high]);
  return stretches;
}

/**
 * The middle of the longest stretch of the line where the label's plate, centred on it, covers
 * none of `cards` (of equally long ones, the one nearest the line's middle); null when there is
 * no such place. `crossing` are other lines' steps, as boxes with no width or no height: the plate
 * keeps off those that cross its stretch (those along it may share it).
 */
export function clearLabelPoint(
  points: readonly Point[],
  plate: Size,
  cards: readonly Rect[],
  crossing: readonly Rect[] = [],
): Point | null {
  const halfW = plate.width / 2;
  const halfH = plate.height / 2;
  const total = points.reduce((sum, p, i) => {
    const q = points[i - 1];
    return q ? sum + Math.abs(p.x - q.x) + Math.abs(p.y - q.y) : sum;
  }, 0);
  let best: { point: Point; length: number; fromMiddle: number } | null = null;
  let walked = 0;
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1]!;
    const b = points[i]!;
    const across = a.y === b.y;
    const length = Math.abs(b.x - a.x) + Math.abs(b.y - a.y);
    // Along the step, the centres where the plate would touch each card are cut out.
    const [low, high] = across
      ? [Math.min(a.x, b.x), Math.max(a.x, b.x)]
      : [Math.min(a.y, b.y), Math.max(a.y, b.y)];
    const cuts: [number, number][] = [];
    const crossingHere = crossing.filter((step) => (across ? step.width === 0 : step.height === 0));
    for (const card of crossingHere.length > 0 ? [...cards, ...crossingHere] : cards) {
      if (across) {
        if (card.y < a.y + halfH && card.y + card.height > a.y - halfH)
          cuts.push([card.x - halfW, card.x + card.width + halfW]);
      } else if (card.x < a.x + halfW && card.x + card.width > a.x - halfW) {
        cuts.push([card.y - halfH, card.y + card.height + halfH]);
      }
    }
    for (const [start, end] of clearStretches(low, high, cuts)) {
      const centre = (start + end) / 2;
      const point = across ? { x: centre, y: a.y } : { x: a.x, y: centre };
      const along = walked + Math.abs(centre - (across ? a.x : a.y));
      const fromMiddle = Math.abs(along - total / 2);
      const stretch = end - start;
      if (
        !best ||
        stretch > best.length + 0.5 ||
        (stretch > best.length - 0.5 && fromMiddle < best.fromMiddle)
      ) {
        best = { point, length: stretch, fromMiddle };
      }
    }
    walked += length;
  }
  return best?.point ?? null;
}

/** The middle of the line's longest straight step. */
export function longestStepMiddle(points: readonly Point[]): Point {
  let best: { point: Point; length: number } | null = null;
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1]!;
    const b = points[i]!;
    const length = Math.abs(b.x - a.x) + Math.abs(b.y - a.y);
    if (!best || length > best.length) {
      best = { point: { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 }, length };
    }
  }
  return best?.point ?? points[0] ?? { x: 0, y: 0 };
}

/**
 * The label's centre: clear of the cards, of `plates` (other labels already placed) and of other
 * lines crossing it where the line allows; else clear of the cards and plates; else of the cards
 * alone; else the middle of the line's longest step.
 */
export function labelPoint(
  points: readonly Point[],
  plate: Size,
  cards: readonly Rect[],
  plates: readonly Rect[] = [],
  crossing: readonly Rect[] = [],
): Point {
  const avoid = plates.length > 0 ? [...cards, ...plates] : cards;
  return (
    (crossing.length > 0 ? clearLabelPoint(points, plate, avoid, crossing) : null) ??
    (plates.length > 0 ? clearLabelPoint(points, plate, avoid) : null) ??
    clearLabelPoint(points, plate, cards) ??
    longestStepMiddle(points)
  );
}
