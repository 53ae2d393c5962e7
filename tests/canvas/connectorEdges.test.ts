// @vitest-environment node
// Connector edges on the canvas: each carries the model's route (the line the exports draw), and
// while a card is dragged only the connectors near it are routed again; the others keep their
// edge objects, so React Flow redraws nothing else.
import { describe, expect, it } from 'vitest';
import { shippedJourneyTemplates } from '../../src/i18n/journeyTemplates';
import {
  journeyFromTemplate,
  layoutJourney,
  routeConnectors,
  routingBounds,
  sidePort,
  type Rect,
} from '../../src/model';
import { createFlowDeriver } from '../../src/canvas/deriveFlow';
import { routePath } from '../../src/canvas/edges/ConnectorEdgeView';

const hotel = shippedJourneyTemplates('en').find(({ id }) => id === 'hotelStay')!.template;

describe('connector edges', () => {
  it('draw each connector along its route, with its label at the route’s label point', () => {
    const journey = journeyFromTemplate(hotel);
    const layout = layoutJourney(journey);
    const edges = createFlowDeriver().edges(journey);
    const routes = routeConnectors(Object.values(journey.connectors), layout);
    expect(edges).toHaveLength(Object.keys(journey.connectors).length);
    for (const edge of edges) {
      expect(edge.type).toBe('connector');
      expect(edge.data?.route).toEqual(routes.get(edge.id));
    }
  });

  it('route again only the connectors whose cards moved while a card is dragged', () => {
    const journey = journeyFromTemplate(hotel);
    const layout = layoutJourney(journey);
    const bounds = routingBounds(layout);
    const deriver = createFlowDeriver();
    const before = deriver.edges(journey, null, undefined, { cards: layout.cards, bounds });
    const [moving, resting] = before;
    expect(moving && resting).toBeTruthy();
    const cards = new Map(layout.cards);
    const source = cards.get(moving!.source)!;
    cards.set(moving!.source, { ...source, x: source.x + 30, y: source.y + 20 } satisfies Rect);
    const during = deriver.edges(journey, null, undefined, { cards, bounds });
    expect(during.find((e) => e.id === moving!.id)).not.toBe(moving);
    // It leaves the card where the card is now.
    const route = during.find((e) => e.id === moving!.id)!.data!.route;
    expect(route.points[0]).toEqual(sidePort(cards.get(moving!.source)!, route.fromSide));
    expect(during.find((e) => e.id === resting!.id)).toBe(resting);
  });

  it('turn a route into an SVG path with rounded corners', () => {
    const path = routePath([
      { x: 0, y: 0 },
      { x: 100, y: 0 },
      { x: 100, y: 50 },
    ]);
    expect(path).toBe('M 0 0 L 92 0 C 96.4184 0, 100 3.5816, 100 8 L 100 50');
  });
});
