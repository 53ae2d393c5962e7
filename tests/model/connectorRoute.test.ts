// @vitest-environment node
// Connector routing: orthogonal lines around cards, out of and into the right sides, with their
// labels on a clear stretch; checked on examples and on random grids of cards.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  createConnectorRouter,
  labelPlateSize,
  labelPlateText,
  labelPoint,
  routeAround,
  routeConnector,
  routeOne,
  sidePort,
  type Side,
} from '../../src/model';
import type { Point } from '../../src/model/emotionCurves';
import type { Rect } from '../../src/model/layout';

const box = (x: number, y: number, width = 248, height = 80): Rect => ({ x, y, width, height });
const BOUNDS: Rect = { x: 0, y: 0, width: 4000, height: 4000 };

/** True when the segment a–b passes through the inside of `r` (touching its edge is fine). */
function crosses(a: Point, b: Point, r: Rect): boolean {
  const [x0, x1] = [Math.min(a.x, b.x), Math.max(a.x, b.x)];
  const [y0, y1] = [Math.min(a.y, b.y), Math.max(a.y, b.y)];
  return x0 < r.x + r.width && x1 > r.x && y0 < r.y + r.height && y1 > r.y;
}

const overlaps = (a: Rect, b: Rect) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

const plateAt = (p: Point, size: { width: number; height: number }): Rect => ({
  x: p.x - size.width / 2,
  y: p.y - size.height / 2,
  ...size,
});

const OUT: Record<Side, Point> = {
  left: { x: -1, y: 0 },
  right: { x: 1, y: 0 },
  top: { x: 0, y: -1 },
  bottom: { x: 0, y: 1 },
};

function expectWellFormed(
  points: readonly Point[],
  from: Rect,
  to: Rect,
  fromSide: Side,
  toSide: Side,
) {
  expect(points.length).toBeGreaterThanOrEqual(2);
  for (let i = 1; i < points.length; i++) {
    const [a, b] = [points[i - 1]!, points[i]!];
    expect(a.x === b.x || a.y === b.y, `step ${i} is straight`).toBe(true);
  }
  expect(points[0]).toEqual(sidePort(from, fromSide));
  expect(points[points.length - 1]).toEqual(sidePort(to, toSide));
  // The first step leaves the source outwards; the last one enters the target inwards.
  const [p0, p1] = [points[0]!, points[1]!];
  const [q0, q1] = [points[points.length - 2]!, points[points.length - 1]!];
  const heading = (a: Point, b: Point) => ({
    x: Math.sign(b.x - a.x) + 0,
    y: Math.sign(b.y - a.y) + 0,
  });
  expect(heading(p0, p1)).toEqual(OUT[fromSide]);
  expect(heading(q1, q0)).toEqual(OUT[toSide]);
}

/** Routes from `from` to `to` round `middle`, and checks the route is sound and misses it. */
function routeAroundOne(from: Rect, middle: Rect, to: Rect) {
  const route = routeAround({ from, to, obstacles: [middle], bounds: BOUNDS })!;
  expectWellFormed(route.points, from, to, route.fromSide, route.toSide);
  for (let i = 1; i < route.points.length; i++) {
    expect(crosses(route.points[i - 1]!, route.points[i]!, middle)).toBe(false);
  }
  return route;
}

describe('routing a connector', () => {
  it('runs straight from one card to the next card of its lane', () => {
    const from = box(216, 100);
    const to = box(496, 100);
    const route = routeAround({ from, to, obstacles: [], bounds: BOUNDS })!;
    expect(route.points).toEqual([sidePort(from, 'right'), sidePort(to, 'left')]);
  });

  it('goes round a card that sits between its two cards in the same lane', () => {
    const from = box(216, 100);
    const middle = box(496, 100);
    const to = box(776, 100);
    const route = routeAroundOne(from, middle, to);
    // Through the gap above or below it, with few bends.
    expect(route.points.length).toBeLessThanOrEqual(6);
  });

  it('goes round a card stacked between its two cards in one column', () => {
    const from = box(216, 100);
    const middle = box(216, 212);
    const to = box(216, 324);
    const route = routeAroundOne(from, middle, to);
    // Out of one side and into the same side, down the gap beside the column.
    expect(route.points).toHaveLength(4);
  });

  it('runs between two stacked cards down the middle of their gap', () => {
    // A card stacked 12 px below another: a line between them keeps 6 px from each.
    const from = box(216, 100, 248, 80);
    const below = box(216, 192, 248, 80);
    const to = box(100, 186, 60, 20);
    const route = routeAround({ from, to, obstacles: [below], bounds: BOUNDS });
    expect(route).not.toBeNull();
  });

  it('is the same route every time', () => {
    const from = box(216, 100);
    const to = box(776, 400);
    const obstacles = [box(496, 100), box(496, 250), box(776, 100)];
    const first = routeAround({ from, to, obstacles, bounds: BOUNDS });
    expect(routeAround({ from, to, obstacles: [...obstacles], bounds: BOUNDS })).toEqual(first);
  });

  it('gives a short labelled connector between neighbours a clear stretch for its label', () => {
    const from = box(216, 100);
    const to = box(496, 100);
    const plate = labelPlateSize('Checks in online');
    const route = routeOne(from, to, 'Checks in online', [from, to], BOUNDS);
    expectWellFormed(route.points, from, to, route.fromSide, route.toSide);
    expect(route.label).not.toBeNull();
    const placed = plateAt(route.label!, plate);
    expect(overlaps(placed, from) || overlaps(placed, to)).toBe(false);
  });

  it('keeps two labels on a shared stretch of line off each other and off the other line', () => {
    const cards = new Map([
      ['a', box(216, 100)],
      ['b', box(496, 100)],
      ['c', box(776, 100)],
    ]);
    const routes = createConnectorRouter()(
      [
        { id: 'long', sourceCardId: 'a', targetCardId: 'c', label: 'Buys later' },
        { id: 'short', sourceCardId: 'a', targetCardId: 'b', label: 'Compares' },
      ],
      cards,
      BOUNDS,
    );
    const long = plateAt(routes.get('long')!.label!, labelPlateSize('Buys later'));
    const short = plateAt(routes.get('short')!.label!, labelPlateSize('Compares'));
    expect(overlaps(long, short)).toBe(false);
    for (const card of cards.values())
      expect(overlaps(long, card) || overlaps(short, card)).toBe(false);
    // Neither plate sits over a step of the other line that crosses it.
    const crossed = (plate: Rect, points: readonly Point[]) =>
      points.slice(1).some((b, i) => {
        const a = points[i]!;
        const alongPlate = a.y === b.y && a.y === plate.y + plate.height / 2;
        return !alongPlate && crosses(a, b, plate);
      });
    expect(crossed(long, routes.get('short')!.points)).toBe(false);
    expect(crossed(short, routes.get('long')!.points)).toBe(false);
  });

  it('keeps the label in the middle of the line when the whole line is clear', () => {
    const points = [
      { x: 0, y: 0 },
      { x: 400, y: 0 },
    ];
    expect(labelPoint(points, { width: 60, height: 20 }, [])).toEqual({ x: 200, y: 0 });
    // A card over the left part: the label moves to the middle of what is left.
    expect(labelPoint(points, { width: 60, height: 20 }, [box(-10, -40, 110, 80)])).toEqual({
      x: 265,
      y: 0,
    });
  });

  it('hands back the remembered route when nothing near it changed', () => {
    const from = box(216, 100);
    const to = box(776, 400);
    const far = box(3000, 3000);
    const first = routeConnector(from, to, null, [from, to, far], BOUNDS);
    const moved = { ...far, x: 3200 };
    expect(routeConnector(from, to, null, [from, to, moved], BOUNDS, first)).toBe(first);
    const near = box(496, 250);
    expect(routeConnector(from, to, null, [from, to, near], BOUNDS, first)).not.toBe(first);
  });
});

/** A random map: stages of 280 px and lanes, each cell holding a stack of up to three cards. */
const gridArbitrary = fc
  .record({
    stages: fc.integer({ min: 2, max: 5 }),
    lanes: fc.array(
      fc.array(fc.array(fc.integer({ min: 28, max: 140 }), { maxLength: 3 }), {
        minLength: 5,
        maxLength: 5,
      }),
      { minLength: 2, maxLength: 5 },
    ),
    widths: fc.array(fc.integer({ min: 28, max: 248 }), { minLength: 60, maxLength: 60 }),
    pick: fc.tuple(fc.nat(), fc.nat()),
    label: fc.option(fc.string({ minLength: 1, maxLength: 30 }), { nil: null }),
  })
  .map(({ stages, lanes, widths, pick, label }) => {
    const cards: Rect[] = [];
    let y = 72;
    for (const lane of lanes) {
      let tallest = 0;
      for (let s = 0; s < stages; s++) {
        const heights = lane[s] ?? [];
        let top = y + 16;
        for (const height of heights) {
          const width = widths[cards.length % widths.length]!;
          cards.push({ x: 200 + s * 280 + (280 - width) / 2, y: top, width, height });
          top += height + 12;
        }
        tallest = Math.max(tallest, top - y - 12 + 16);
      }
      y += Math.max(120, tallest);
    }
    const bounds = { x: 200, y: 72, width: stages * 280, height: y - 72 };
    return { cards, bounds, pick, label };
  })
  .filter(({ cards }) => cards.length >= 2);

describe('routes on random maps', () => {
  it('never cross a card, leave and enter by the sides they name, and stay orthogonal', () => {
    fc.assert(
      fc.property(gridArbitrary, ({ cards, bounds, pick, label }) => {
        const from = cards[pick[0] % cards.length]!;
        const rest = cards.filter((card) => card !== from);
        const to = rest[pick[1] % rest.length]!;
        const plate = label ? labelPlateSize(label) : null;
        const route = routeOne(from, to, label ?? '', cards, bounds);
        // A map with gaps between its cards always has a way round.
        expect(
          routeAround({ from, to, obstacles: rest.filter((c) => c !== to), bounds }),
        ).not.toBeNull();
        expectWellFormed(route.points, from, to, route.fromSide, route.toSide);
        for (let i = 1; i < route.points.length; i++) {
          for (const card of cards) {
            expect(crosses(route.points[i - 1]!, route.points[i]!, card), 'crosses a card').toBe(
              false,
            );
          }
        }
        if (!plate) return;
        // When some place on the line leaves the plate clear, the label is at such a place.
        const clear = (p: Point) => cards.every((card) => !overlaps(plateAt(p, plate), card));
        let somewhere = false;
        for (let i = 1; i < route.points.length && !somewhere; i++) {
          const [a, b] = [route.points[i - 1]!, route.points[i]!];
          const length = Math.abs(b.x - a.x) + Math.abs(b.y - a.y);
          for (let t = 0; t <= length && !somewhere; t += 1) {
            const f = length === 0 ? 0 : t / length;
            somewhere = clear({ x: a.x + (b.x - a.x) * f, y: a.y + (b.y - a.y) * f });
          }
        }
        if (somewhere) expect(clear(route.label!), 'the label covers a card').toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});

describe('a label on its plate', () => {
  it('shows a label whole when the plate holds it, and ends a longer one in an ellipsis', () => {
    expect(labelPlateText('Buys later')).toBe('Buys later');
    const long = 'Compares prices on three comparison sites before buying';
    const shown = labelPlateText(long);
    expect(shown.endsWith('…')).toBe(true);
    expect(long.startsWith(shown.slice(0, -1))).toBe(true);
    // No more characters than the widest plate holds, counted as labelPlateSize counts them.
    expect(labelPlateSize(shown).width).toBeLessThanOrEqual(labelPlateSize(long).width);
    expect(labelPlateSize(`${shown}xx`).width).toBe(labelPlateSize(long).width);
    expect(labelPlateText('Réservé 🛎️ à l’avance')).toBe('Réservé 🛎️ à l’avance');
  });
});
