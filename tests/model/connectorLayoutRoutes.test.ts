// @vitest-environment node
// Connector routes on real layouts: for journeys made by random editing sessions, with
// connectors between random cards, every route stays round every card box (notes, touchpoints,
// emotion points, crowded stages of several sub-columns), leaves and enters its cards by a side,
// and puts its label where its plate covers no card whenever the line has such a place.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  applyRecipe,
  createConnector,
  labelPlateSize,
  layoutJourney,
  routeConnectors,
  sidePort,
  type Journey,
  type Rect,
} from '../../src/model';
import type { Point } from '../../src/model/emotionCurves';
import { sessionArbitrary, toRecipe } from './arbitraries';
import { overlaps } from './geometry';
import { seededJourney } from './helpers';

const journeyWithConnectors = fc
  .tuple(
    sessionArbitrary(20),
    fc.array(fc.tuple(fc.nat(), fc.nat(), fc.boolean()), { maxLength: 6 }),
  )
  .map(([ops, links]) => {
    let journey: Journey = seededJourney();
    ops.forEach((op, step) => {
      journey = applyRecipe(journey, toRecipe(op, journey, step)).journey;
    });
    const ids = Object.keys(journey.cards).sort();
    const connectors = { ...journey.connectors };
    for (const [a, b, labelled] of links) {
      const from = ids[a % Math.max(1, ids.length)];
      const to = ids[b % Math.max(1, ids.length)];
      if (!from || !to || from === to) continue;
      const connector = createConnector(from, to, labelled ? 'Switches channel' : '');
      connectors[connector.id] = connector;
    }
    return { ...journey, connectors };
  });

const crosses = (a: Point, b: Point, r: Rect) =>
  Math.min(a.x, b.x) < r.x + r.width &&
  Math.max(a.x, b.x) > r.x &&
  Math.min(a.y, b.y) < r.y + r.height &&
  Math.max(a.y, b.y) > r.y;

describe('connector routes on laid-out journeys', () => {
  it('go round every card, from side to side, with labels clear where the line allows', () => {
    fc.assert(
      fc.property(journeyWithConnectors, (journey) => {
        const layout = layoutJourney(journey);
        const boxes = [...layout.cards.values()];
        const routes = routeConnectors(Object.values(journey.connectors), layout);
        for (const connector of Object.values(journey.connectors)) {
          const from = layout.cards.get(connector.sourceCardId);
          const to = layout.cards.get(connector.targetCardId);
          const route = routes.get(connector.id);
          if (!from || !to) {
            expect(route).toBeUndefined();
            continue;
          }
          const { points } = route!;
          expect(points[0]).toEqual(sidePort(from, route!.fromSide));
          expect(points[points.length - 1]).toEqual(sidePort(to, route!.toSide));
          points.slice(1).forEach((b, i) => {
            const a = points[i]!;
            expect(a.x === b.x || a.y === b.y).toBe(true);
            for (const box of boxes) expect(crosses(a, b, box), 'runs through a card').toBe(false);
          });
          if (!connector.label) continue;
          const plate = labelPlateSize(connector.label);
          const at = (p: Point): Rect => ({
            x: p.x - plate.width / 2,
            y: p.y - plate.height / 2,
            ...plate,
          });
          const clear = (p: Point) => boxes.every((box) => !overlaps(at(p), box));
          const somewhere = points.slice(1).some((b, i) => {
            const a = points[i]!;
            const length = Math.abs(b.x - a.x) + Math.abs(b.y - a.y);
            for (let t = 0; t <= length; t += 1) {
              const f = length === 0 ? 0 : t / length;
              if (clear({ x: a.x + (b.x - a.x) * f, y: a.y + (b.y - a.y) * f })) return true;
            }
            return false;
          });
          if (somewhere) expect(clear(route!.label!), 'the label covers a card').toBe(true);
        }
      }),
      { numRuns: 60 },
    );
  });
});
