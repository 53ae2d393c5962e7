// Connectors in the map scene: every export draws each connector along the model's route (the
// line the canvas draws), round the cards, with its label's plate at the route's label point and
// clear of every card, in every shipped template.
import { describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/en';
import { shippedJourneyTemplates } from '../../src/i18n/journeyTemplates';
import {
  journeyFromTemplate,
  layoutJourney,
  routeConnectors,
  type Journey,
  type Rect,
} from '../../src/model';
import { buildMapScene } from '../../src/scene/mapScene';
import type { ScenePath } from '../../src/scene/types';
import { overlaps } from '../model/geometry';
import { charMeasurer, onSheet, rects } from './sceneHelpers';

const measure = charMeasurer();

function sceneOf(journey: Journey) {
  return buildMapScene({ journey, personas: [], text: en, measure });
}

const templates = [...shippedJourneyTemplates('en'), ...shippedJourneyTemplates('fr')].filter(
  ({ template }) => template.connectors.length > 0,
);

describe('connectors in the map scene', () => {
  it('has templates with connectors to look at', () => {
    expect(templates.length).toBeGreaterThan(4);
  });

  for (const { id, template } of templates) {
    it(`draws the connectors of “${template.title}” (${id}) along their routes, labels clear of cards`, () => {
      const journey = journeyFromTemplate(template);
      const layout = layoutJourney(journey);
      const routes = routeConnectors(Object.values(journey.connectors), layout);
      const scene = sceneOf(journey);
      const cards = [...layout.cards.values()].map(onSheet);
      const paths = scene.items.filter(
        (item): item is ScenePath => item.type === 'path' && item.strokeWidth === 2,
      );
      const plates = rects(scene).filter((r) => r.radius === 4 && r.strokeWidth > 0);
      for (const connector of Object.values(journey.connectors)) {
        const route = routes.get(connector.id)!;
        const [start] = route.points.map((p) => onSheet({ ...p, width: 0, height: 0 }));
        const end = onSheet({ ...route.points[route.points.length - 1]!, width: 0, height: 0 });
        // The path that starts where the route starts ends where it ends.
        const path = paths.find((p) => {
          const first = p.commands[0];
          return first?.op === 'M' && first.x === start!.x && first.y === start!.y;
        });
        expect(path, `the path of “${connector.label}”`).toBeDefined();
        const last = path!.commands[path!.commands.length - 1]!;
        expect(last.op !== 'Z' && { x: last.x, y: last.y }).toEqual({ x: end.x, y: end.y });
        // Round every card: no step of the route goes through one.
        route.points.slice(1).forEach((b, i) => {
          const a = route.points[i]!;
          const step = {
            x: Math.min(a.x, b.x),
            y: Math.min(a.y, b.y),
            width: Math.abs(b.x - a.x),
            height: Math.abs(b.y - a.y),
          };
          const through = [...layout.cards.values()].filter(
            (card) =>
              step.x < card.x + card.width &&
              step.x + step.width > card.x &&
              step.y < card.y + card.height &&
              step.y + step.height > card.y,
          );
          expect(through, `cards the line of “${connector.label}” runs through`).toEqual([]);
        });
        if (!connector.label) continue;
        const centre = onSheet({ ...route.label!, width: 0, height: 0 });
        const plate = plates.find(
          (r) =>
            Math.abs(r.x + r.width / 2 - centre.x) < 0.01 &&
            Math.abs(r.y + r.height / 2 - centre.y) < 0.01,
        );
        expect(plate, `the plate of “${connector.label}”`).toBeDefined();
        const covered = cards.filter((card: Rect) => overlaps(card, plate!));
        expect(covered, `cards under “${connector.label}”`).toEqual([]);
      }
    });
  }
});
