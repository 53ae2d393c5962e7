// The dock's map overview, drawn from the layout: its shapes, and where its frame sits.
import { describe, expect, it } from 'vitest';
import { overviewFrame, overviewLayers, veilPath, visibleArea } from '../../src/canvas/mapOverview';
import {
  cardKindColors,
  createCardForLane,
  layoutJourney,
  SHARED_CURVE_COLOR,
  type Journey,
} from '../../src/model';
import { focusJourney } from './focusFixture';

/** The rectangles of a path made of `M x y h w v h h -w z` pieces. */
function rects(d: string) {
  return [...d.matchAll(/M(-?[\d.]+) (-?[\d.]+)h(-?[\d.]+)v(-?[\d.]+)h-?[\d.]+z/g)].map((m) => ({
    x: Number(m[1]),
    y: Number(m[2]),
    width: Number(m[3]),
    height: Number(m[4]),
  }));
}

/** `count` cards spread over every cell that takes a card of its lane's kind. */
function bigJourney(count: number): Journey {
  const { journey } = focusJourney();
  const cards = { ...journey.cards };
  const lanes = journey.lanes.filter((lane) => lane.kind !== 'emotions');
  for (let i = 0; i < count; i += 1) {
    const lane = lanes[i % lanes.length]!;
    const stage = journey.stages[Math.floor(i / lanes.length) % journey.stages.length]!;
    const card = createCardForLane(lane, stage.id, i);
    cards[card.id] = card;
  }
  return { ...journey, cards };
}

describe('the overview’s shapes', () => {
  const { journey } = focusJourney();
  const layout = layoutJourney(journey);
  const personaColors = new Map([
    ['camille', '#e11d48'],
    ['bruno', '#0891b2'],
  ]);
  const layers = overviewLayers(journey, layout, personaColors);

  it('draws every cell, in its lane’s tint and outlined in its stage’s colour', () => {
    const cells = layers.filter((layer) => layer.kind === 'cell');
    const drawn = cells.flatMap((layer) => rects(layer.d));
    expect(drawn).toHaveLength(journey.stages.length * journey.lanes.length);
    const strokes = new Set(cells.map((layer) => layer.stroke));
    expect(strokes).toEqual(new Set(journey.stages.map((stage) => stage.color)));
    const [firstColumn] = layout.columns;
    const [firstRow] = layout.rows;
    expect(drawn).toContainEqual({
      x: firstColumn!.x,
      y: firstRow!.y,
      width: firstColumn!.width,
      height: firstRow!.height,
    });
  });

  it('draws each card where the layout puts it, in its kind’s colour', () => {
    const cards = layers.filter((layer) => layer.kind === 'card');
    const touchpoints = cards.find((layer) => layer.fill === cardKindColors('touchpoint').line);
    expect(touchpoints).toBeDefined();
    const box = layout.cards.get('web-ad')!;
    expect(rects(touchpoints!.d)).toContainEqual(box);
    expect(cards.flatMap((layer) => rects(layer.d))).toHaveLength(5);
  });

  it('draws emotion points in their persona’s colour, shared ones in grey, over the cards', () => {
    const points = layers.filter((layer) => layer.kind === 'point');
    expect(Object.fromEntries(points.map((p) => [p.fill, rects(p.d).length]))).toEqual({
      '#e11d48': 2,
      '#0891b2': 1,
      [SHARED_CURVE_COLOR]: 1,
    });
    const order = layers.map((layer) => layer.kind);
    expect(order.lastIndexOf('cell')).toBeLessThan(order.indexOf('card'));
    expect(order.lastIndexOf('card')).toBeLessThan(order.indexOf('point'));
  });

  it('stays a handful of paths on a 5,000-card map, every card still drawn', () => {
    const big = bigJourney(5_000);
    const bigLayers = overviewLayers(big, layoutJourney(big), personaColors);
    expect(bigLayers.length).toBeLessThan(40);
    const drawnCards = bigLayers
      .filter((layer) => layer.kind !== 'cell')
      .reduce((sum, layer) => sum + rects(layer.d).length, 0);
    expect(drawnCards).toBe(Object.keys(big.cards).length);
  });
});

describe('the overview’s frame', () => {
  it('reads the part of the map on screen from the pan and zoom', () => {
    expect(visibleArea([-100, -50, 2], { width: 800, height: 600 })).toEqual({
      x: 50,
      y: 25,
      width: 400,
      height: 300,
    });
  });

  it('fits the whole map, with a margin, keeping the overview’s proportions', () => {
    const size = { width: 184, height: 120 };
    const frame = overviewFrame(
      { width: 4000, height: 1000 },
      { x: 0, y: 0, width: 800, height: 600 },
      size,
    );
    expect(frame.x).toBeLessThan(0);
    expect(frame.x + frame.width).toBeGreaterThan(4000);
    expect(frame.y).toBeLessThan(0);
    expect(frame.y + frame.height).toBeGreaterThan(1000);
    // The overview's size in map units, plus 5 px on every side.
    expect(frame.width / frame.unitsPerPixel).toBeCloseTo(size.width + 10, 5);
    expect(frame.height / frame.unitsPerPixel).toBeCloseTo(size.height + 10, 5);
    expect(frame.unitsPerPixel).toBeCloseTo(4000 / 184, 5);
  });

  it('takes in a view panned beyond the map, so its frame stays in sight', () => {
    const view = { x: 5000, y: -800, width: 800, height: 600 };
    const frame = overviewFrame({ width: 4000, height: 1000 }, view, { width: 184, height: 120 });
    expect(frame.x + frame.width).toBeGreaterThan(view.x + view.width);
    expect(frame.y).toBeLessThan(view.y);
  });

  it('veils everything but the view', () => {
    const frame = { x: -10, y: -10, width: 120, height: 80 };
    const view = { x: 0, y: 0, width: 40, height: 30 };
    const [outer, hole] = rects(veilPath(frame, view));
    expect(hole).toEqual(view);
    expect(outer!.x).toBeLessThan(frame.x);
    expect(outer!.x + outer!.width).toBeGreaterThan(frame.x + frame.width);
  });
});
