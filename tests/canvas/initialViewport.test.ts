// @vitest-environment node
// The opening viewport and the fit commands: a map opens readable (card text 12 px or more), as many
// whole first stages wide as fit; fit-all, fit-width and fit-height fit what they say.
import { describe, expect, it } from 'vitest';
import {
  FIT_MARGIN,
  READABLE_ZOOM,
  fitViewport,
  initialViewport,
} from '../../src/canvas/initialViewport';
import { shippedJourneyTemplates } from '../../src/i18n/journeyTemplates';
import { journeyFromTemplate, layoutJourney } from '../../src/model';

const PROJECTOR_PANE = { width: 862, height: 606 };

function columns(widths: number[]) {
  let x = 200;
  return widths.map((width) => {
    const column = { x, width };
    x += width;
    return column;
  });
}

describe('the opening viewport', () => {
  it('opens a small map whole, at 100% at most', () => {
    const map = { width: 760, height: 400, columns: columns([280, 280]) };
    const viewport = initialViewport(map, { width: 1400, height: 800 });
    expect(viewport.zoom).toBe(1);
    expect(viewport.x).toBeGreaterThanOrEqual(FIT_MARGIN);
  });

  it('opens a large map readable, from its top-left corner, with its first stages whole', () => {
    const map = { width: 1600, height: 2400, columns: columns([280, 280, 280, 280, 280]) };
    const viewport = initialViewport(map, PROJECTOR_PANE);
    expect(viewport.zoom).toBeGreaterThanOrEqual(READABLE_ZOOM);
    expect(viewport.x).toBe(FIT_MARGIN);
    expect(viewport.y).toBe(FIT_MARGIN);
    // Three stages end on screen; a fourth would not be readable.
    const third = map.columns[2]!;
    expect(viewport.x + (third.x + third.width) * viewport.zoom).toBeLessThanOrEqual(
      PROJECTOR_PANE.width,
    );
  });

  it('never opens below the readable zoom, even when one stage is wider than the screen', () => {
    const map = { width: 1400, height: 3000, columns: columns([1200]) };
    expect(initialViewport(map, { width: 600, height: 500 }).zoom).toBe(READABLE_ZOOM);
  });

  it('opens every shipped template readable on a 1280×720 projector', () => {
    for (const shipped of [...shippedJourneyTemplates('en'), ...shippedJourneyTemplates('fr')]) {
      const layout = layoutJourney(journeyFromTemplate(shipped.template));
      expect(initialViewport(layout, PROJECTOR_PANE).zoom).toBeGreaterThanOrEqual(READABLE_ZOOM);
    }
  });
});

describe('the fit commands', () => {
  const map = { width: 1600, height: 2400, columns: columns([280, 280, 280, 280, 280]) };
  const current = { x: FIT_MARGIN, y: FIT_MARGIN, zoom: 1 };

  it('fits the whole map', () => {
    const { zoom, x, y } = fitViewport(map, PROJECTOR_PANE, current, 'all');
    expect(map.height * zoom).toBeLessThanOrEqual(PROJECTOR_PANE.height - 2 * FIT_MARGIN + 1e-6);
    expect(x).toBeGreaterThanOrEqual(FIT_MARGIN);
    expect(y).toBeCloseTo(FIT_MARGIN, 6);
  });

  it('fits the width, keeping the map as far down as it was', () => {
    const down = { x: 0, y: -1500, zoom: 1 };
    const { zoom, x, y } = fitViewport(map, PROJECTOR_PANE, down, 'width');
    expect(map.width * zoom).toBeCloseTo(PROJECTOR_PANE.width - 2 * FIT_MARGIN, 6);
    expect(x).toBeCloseTo(FIT_MARGIN, 6);
    expect(y).toBeLessThan(0);
    // The map's bottom never comes up past the bottom margin.
    expect(y + map.height * zoom).toBeGreaterThanOrEqual(PROJECTOR_PANE.height - FIT_MARGIN - 1e-6);
  });

  it('fits the height', () => {
    const { zoom, y } = fitViewport(map, PROJECTOR_PANE, current, 'height');
    expect(map.height * zoom).toBeCloseTo(PROJECTOR_PANE.height - 2 * FIT_MARGIN, 6);
    expect(y).toBeCloseTo(FIT_MARGIN, 6);
  });
});
