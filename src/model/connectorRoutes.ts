// Every connector's line and label place on a laid-out map, for the canvas and the exports alike.
// A connector is routed among the cards near it (a window around its two cards); only when no way
// exists there does it search the whole map. A router remembers each connector's last route with
// the rectangles it was routed among, so while a card is dragged only the connectors whose
// surroundings changed are routed again.
import { labelPlateSize, labelPoint, type Size } from './connectorLabel';
import { directRoute, routeAround, type OrthogonalRoute } from './connectorRoute';
import type { Point } from './emotionCurves';
import type { Id } from './ids';
import { LAYOUT, type MapLayout, type Rect } from './layout';

export interface ConnectorRoute extends OrthogonalRoute {
  /** The centre of the label's plate; null when the connector has no label. */
  label: Point | null;
}

export interface RoutedConnector {
  id: Id;
  sourceCardId: Id;
  targetCardId: Id;
  label: string;
}

/** How far around its two cards a connector looks for a way first, in map pixels. */
const WINDOW = { x: 160, y: 160 } as const;

/** The part of the map where connectors run: the cells, not the pinned headers. */
export function routingBounds(layout: Pick<MapLayout, 'width' | 'height'>): Rect {
  return {
    x: LAYOUT.laneHeaderWidth,
    y: LAYOUT.stageHeaderHeight,
    width: Math.max(0, layout.width - LAYOUT.laneHeaderWidth),
    height: Math.max(0, layout.height - LAYOUT.stageHeaderHeight),
  };
}

const intersects = (a: Rect, b: Rect) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

function clip(rect: Rect, bounds: Rect): Rect {
  const x = Math.max(rect.x, bounds.x);
  const y = Math.max(rect.y, bounds.y);
  return {
    x,
    y,
    width: Math.max(0, Math.min(rect.x + rect.width, bounds.x + bounds.width) - x),
    height: Math.max(0, Math.min(rect.y + rect.height, bounds.y + bounds.height) - y),
  };
}

const rectKey = (r: Rect) => `${r.x},${r.y},${r.width},${r.height}`;

export interface RememberedRoute {
  key: string;
  route: ConnectorRoute;
}

/**
 * One connector's route and label place among `cards` (which may hold its own two cards, by
 * identity). `remembered` is handed back when nothing the route depends on has changed.
 */
export function routeConnector(
  from: Rect,
  to: Rect,
  plate: Size | null,
  cards: readonly Rect[],
  bounds: Rect,
  remembered?: RememberedRoute,
): RememberedRoute {
  const left = Math.min(from.x, to.x);
  const top = Math.min(from.y, to.y);
  const window = clip(
    {
      x: left - WINDOW.x,
      y: top - WINDOW.y,
      width: Math.max(from.x + from.width, to.x + to.width) - left + 2 * WINDOW.x,
      height: Math.max(from.y + from.height, to.y + to.height) - top + 2 * WINDOW.y,
    },
    bounds,
  );
  // The cards that a route in the window, or its label's plate beside it, could touch.
  const [padX, padY] = [(plate?.width ?? 0) / 2, (plate?.height ?? 0) / 2];
  const reach = {
    x: window.x - padX,
    y: window.y - padY,
    width: window.width + 2 * padX,
    height: window.height + 2 * padY,
  };
  const others = cards.filter((card) => card !== from && card !== to);
  const near = others.filter((card) => intersects(card, reach));
  const keyOf = (around: readonly Rect[]) =>
    [from, to, bounds, ...around].map(rectKey).join(';') + `|${padX}`;
  const key = keyOf(near);
  if (remembered?.key === key) return remembered;
  const placed = (
    found: OrthogonalRoute,
    around: readonly Rect[],
    key: string,
  ): RememberedRoute => {
    const label = plate ? labelPoint(found.points, plate, [from, to, ...around]) : null;
    return { key, route: { ...found, label } };
  };
  const inWindow = routeAround({ from, to, obstacles: near, bounds: window, label: plate });
  if (inWindow) return placed(inWindow, near, key);
  // No way near the two cards: search the whole map, and remember it against every card.
  const wideKey = keyOf(others);
  if (remembered?.key === wideKey) return remembered;
  const wide = routeAround({ from, to, obstacles: others, bounds, label: plate });
  return placed(wide ?? directRoute(from, to), others, wideKey);
}

/**
 * Routes connectors and remembers them: a connector whose two cards and surroundings are as they
 * were keeps its route object, so the canvas redraws only the lines that moved.
 */
export function createConnectorRouter() {
  let memory = new Map<Id, RememberedRoute>();
  return function routeAll(
    connectors: readonly RoutedConnector[],
    cardRects: ReadonlyMap<Id, Rect>,
    bounds: Rect,
  ): Map<Id, ConnectorRoute> {
    const cards = [...cardRects.values()];
    const next = new Map<Id, RememberedRoute>();
    const routes = new Map<Id, ConnectorRoute>();
    for (const connector of connectors) {
      const from = cardRects.get(connector.sourceCardId);
      const to = cardRects.get(connector.targetCardId);
      if (!from || !to) continue;
      const plate = connector.label ? labelPlateSize(connector.label) : null;
      const done = routeConnector(from, to, plate, cards, bounds, memory.get(connector.id));
      next.set(connector.id, done);
      routes.set(connector.id, done.route);
    }
    memory = next;
    return routes;
  };
}

/** Every connector of a laid-out map, routed afresh (for exports, which draw the map once). */
export function routeConnectors(
  connectors: readonly RoutedConnector[],
  layout: MapLayout,
): Map<Id, ConnectorRoute> {
  return createConnectorRouter()(connectors, layout.cards, routingBounds(layout));
}
