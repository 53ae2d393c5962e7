// The map overview in the dock, drawn from the model's layout: a handful of SVG paths, one per
// colour, however many cards the map holds. React Flow's own minimap drew a node per card and
// watched each one, so every pan or zoom of a 5,000-card map redrew 5,000 shapes.
import {
  cardKindColors,
  curveColor,
  laneCells,
  tint,
  type Id,
  type Journey,
  type MapLayout,
  type Rect,
} from '../model';

export interface OverviewLayer {
  /** Its kind and colours together: one layer per key. */
  key: string;
  /** What the layer's shapes are, for styling and tests: the grid's cells, cards or points. */
  kind: 'cell' | 'card' | 'point';
  fill: string;
  /** Cells are outlined in their stage's colour; cards and points are not outlined. */
  stroke: string | null;
  /** Every shape of this colour, as one path. */
  d: string;
}

export interface Size {
  width: number;
  height: number;
}

/** Where the overview's picture sits in map units, and how many map units one pixel of it is. */
export interface OverviewFrame extends Rect {
  unitsPerPixel: number;
}

/** The margin around the map and the view, in pixels of the overview. */
const MARGIN_PX = 5;

/** How much of its lane's colour a cell's fill takes. */
const CELL_TINT = 0.3;

function rectPath({ x, y, width, height }: Rect): string {
  const r = (value: number) => Math.round(value * 10) / 10;
  return `M${r(x)} ${r(y)}h${r(width)}v${r(height)}h${r(-width)}z`;
}

/**
 * The overview's shapes, in drawing order: the grid's cells (each lane's tint, outlined in its
 * stage's colour), then the cards in their kind's colour, then the emotion points in their
 * persona's colour. Shapes of one colour share a path.
 */
export function overviewLayers(
  journey: Journey,
  layout: MapLayout,
  personaColors: ReadonlyMap<Id, string>,
): OverviewLayer[] {
  const layers = new Map<string, Omit<OverviewLayer, 'd'> & { parts: string[] }>();
  const add = (kind: OverviewLayer['kind'], fill: string, stroke: string | null, rect: Rect) => {
    const key = `${kind}|${fill}|${stroke ?? ''}`;
    let layer = layers.get(key);
    if (!layer) layers.set(key, (layer = { key, kind, fill, stroke, parts: [] }));
    layer.parts.push(rectPath(rect));
  };
  journey.lanes.forEach((lane, laneIndex) => {
    for (const { stage, rect } of laneCells(journey, layout, laneIndex)) {
      add('cell', tint(lane.color, CELL_TINT), stage.color, rect);
    }
  });
  const points: [string, Rect][] = [];
  for (const card of Object.values(journey.cards)) {
    const rect = layout.cards.get(card.id);
    if (!rect) continue;
    if (card.kind === 'emotion') points.push([curveColor(card.personaId, personaColors), rect]);
    else add('card', cardKindColors(card.kind).line, null, rect);
  }
  for (const [color, rect] of points) add('point', color, null, rect);
  return [...layers.values()].map(({ parts, ...layer }) => ({ ...layer, d: parts.join('') }));
}

/** The part of the map on screen, in map units, from React Flow's transform and the pane's size. */
export function visibleArea(transform: readonly [number, number, number], pane: Size): Rect {
  const [x, y, zoom] = transform;
  return { x: -x / zoom, y: -y / zoom, width: pane.width / zoom, height: pane.height / zoom };
}

/**
 * The overview's view box: the whole map and the part on screen, centred and scaled to fit
 * `size`, with a small margin, so the frame of the view stays in the picture wherever it goes.
 */
export function overviewFrame(map: Size, view: Rect, size: Size): OverviewFrame {
  const left = Math.min(0, view.x);
  const top = Math.min(0, view.y);
  const right = Math.max(map.width, view.x + view.width);
  const bottom = Math.max(map.height, view.y + view.height);
  const width = right - left;
  const height = bottom - top;
  const unitsPerPixel = Math.max(width / size.width, height / size.height) || 1;
  const margin = MARGIN_PX * unitsPerPixel;
  const boxWidth = unitsPerPixel * size.width;
  const boxHeight = unitsPerPixel * size.height;
  return {
    x: left - (boxWidth - width) / 2 - margin,
    y: top - (boxHeight - height) / 2 - margin,
    width: boxWidth + 2 * margin,
    height: boxHeight + 2 * margin,
    unitsPerPixel,
  };
}

/**
 * The veil over the overview with a hole where the screen is: a rectangle well beyond the frame
 * (so its outline never shows), then the view's, which is drawn as the hole's outline.
 */
export function veilPath(frame: Rect, view: Rect): string {
  const beyond = {
    x: frame.x - frame.width,
    y: frame.y - frame.height,
    width: 3 * frame.width,
    height: 3 * frame.height,
  };
  return `${rectPath(beyond)}${rectPath(view)}`;
}
