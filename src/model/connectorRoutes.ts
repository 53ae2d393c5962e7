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

const sameRect = (a: Rect, b: Rect) =>
  a === b || (a.x === b.x && a.y === b.y && a.width === b.width && a.height === b.height);

const sameRects = (a: readonly Rect[], b: readonly Rect[]) =>
  a.length === b.length && a.every((rect, i) => sameRect(rect, b[i]!));

/** Everything a connector's line depends on: its two cards, the cards around it, its plate. */
interface RouteKey {
  ends: readonly Rect[];
  around: readonly Rect[];
  plate: number;
}

const sameKey = (a: RouteKey, b: RouteKey) =>
  a.plate === b.plate && sameRects(a.ends, b.ends) && sameRects(a.around, b.around);

export interface RememberedRoute {
  key: RouteKey;
  line: OrthogonalRoute;
  /** The cards the line was routed among, besides its own two: those its label must keep off. */
  around: readonly Rect[];
}

/**
 * One connector's line among `cards` (which may hold its own two cards, by identity), with room
 * for its label's plate when it has one. `remembered` is handed back when nothing the line
 * depends on has changed: the cards' boxes are compared, by identity first (a drag keeps every
 * other card's box), then by value.
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
  // The cards that a line in the window, or its label's plate beside it, could touch.
  const [padX, padY] = [(plate?.width ?? 0) / 2, (plate?.height ?? 0) / 2];
  const reach = {
    x: window.x - padX,
    y: window.y - padY,
    width: window.width + 2 * padX,
    height: window.height + 2 * padY,
  };
  const near = cards.filter((card) => card !== from && card !== to && intersects(card, reach));
  const ends = [from, to, bounds];
  const key: RouteKey = { ends, around: near, plate: padX };
  if (remembered && sameKey(remembered.key, key)) return remembered;
  const inWindow = routeAround({ from, to, obstacles: near, bounds: window, label: plate });
  if (inWindow) return { key, line: inWindow, around: near };
  // No way near the two cards: search the whole map, and remember it against every card.
  const others = cards.filter((card) => card !== from && card !== to);
  const wideKey: RouteKey = { ends, around: others, plate: padX };
  if (remembered && sameKey(remembered.key, wideKey)) return remembered;
  const wide = routeAround({ from, to, obstacles: others, bounds, label: plate });
  return { key: wideKey, line: wide ?? directRoute(from, to), around: others };
}

/** A line's steps as boxes with no width (down) or no height (across). */
function stepBoxes(points: readonly Point[]): Rect[] {
  return points.slice(1).flatMap((b, i) => {
    const a = points[i]!;
    if (a.x === b.x && a.y === b.y) return [];
    const x = Math.min(a.x, b.x);
    const y = Math.min(a.y, b.y);
    return [{ x, y, width: Math.abs(b.x - a.x), height: Math.abs(b.y - a.y) }];
  });
}

const plateAt = (point: Point, plate: Size): Rect => ({
  x: point.x - plate.width / 2,
  y: point.y - plate.height / 2,
  ...plate,
});

/**
 * Routes connectors and places their labels, and remembers them: a connector whose two cards and
 * surroundings are as they were keeps its line, and its route object too while its label stays
 * put, so the canvas redraws only the lines that moved. Labels are placed in connector order,
 * each clear of the cards, of the labels placed before it and of the other lines crossing it,
 * where the lines allow.
 */
export function createConnectorRouter() {
  let memory = new Map<Id, RememberedRoute>();
  let previous = new Map<Id, ConnectorRoute>();
  return function routeAll(
    connectors: readonly RoutedConnector[],
    cardRects: ReadonlyMap<Id, Rect>,
    bounds: Rect,
  ): Map<Id, ConnectorRoute> {
    const cards = [...cardRects.values()];
    const next = new Map<Id, RememberedRoute>();
    const routes = new Map<Id, ConnectorRoute>();
    const lines: { connector: RoutedConnector; from: Rect; to: Rect; done: RememberedRoute }[] = [];
    for (const connector of connectors) {
      const from = cardRects.get(connector.sourceCardId);
      const to = cardRects.get(connector.targetCardId);
      if (!from || !to) continue;
      const plate = connector.label ? labelPlateSize(connector.label) : null;
      const done = routeConnector(from, to, plate, cards, bounds, memory.get(connector.id));
      next.set(connector.id, done);
      lines.push({ connector, from, to, done });
    }
    // Every line's steps, so a label keeps off the lines that cross it.
    const steps = lines.map(({ done }) => stepBoxes(done.line.points));
    const plates: Rect[] = [];
    lines.forEach(({ connector, from, to, done }, index) => {
      const plate = connector.label ? labelPlateSize(connector.label) : null;
      const crossing = plate ? steps.flatMap((own, other) => (other === index ? [] : own)) : [];
      const label = plate
        ? labelPoint(done.line.points, plate, [from, to, ...done.around], plates, crossing)
        : null;
      if (plate && label) plates.push(plateAt(label, plate));
      const old = previous.get(connector.id);
      const same =
        old &&
        old.points === done.line.points &&
        (old.label === label ||
          (old.label && label && old.label.x === label.x && old.label.y === label.y));
      routes.set(connector.id, same ? old : { ...done.line, label });
    });
    memory = next;
    previous = routes;
    return routes;
  };
}

/** One connector routed on its own, with its label placed (for tests and single lines). */
export function routeOne(
  from: Rect,
  to: Rect,
  label: string,
  cards: readonly Rect[],
  bounds: Rect,
): ConnectorRoute {
  const connector = { id: 'one', sourceCardId: 'from', targetCardId: 'to', label };
  const rects = new Map<Id, Rect>([
    ['from', from],
    ['to', to],
    ...cards
      .filter((card) => card !== from && card !== to)
      .map((card, i): [Id, Rect] => [`card${i}`, card]),
  ]);
  return createConnectorRouter()([connector], rects, bounds).get('one')!;
}

/** Every connector of a laid-out map, routed afresh (for exports, which draw the map once). */
export function routeConnectors(
  connectors: readonly RoutedConnector[],
  layout: MapLayout,
): Map<Id, ConnectorRoute> {
  return createConnectorRouter()(connectors, layout.cards, routingBounds(layout));
}
