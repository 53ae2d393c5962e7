// @vitest-environment node
// Present mode's camera: each stage's bounds from the layout, and how a stage or the whole map is
// fitted to a projector's screen between the presenter's panels.
import { describe, expect, it } from 'vitest';
import {
  LARGE_TEXT_SCALE,
  PRESENT_MAX_ZOOM,
  READABLE_ZOOM,
  mapBounds,
  overviewViewport,
  presentViewport,
  stageBounds,
  stageOverflow,
  stageViewport,
  toScreen,
  type Insets,
} from '../../src/canvas/presentViewport';
import { applyRecipe, createJourney, layoutJourney, ops, type Journey } from '../../src/model';
import { HOTEL_STAY_LABELS } from '../support/journeyLabels';

const FULL_HD = { width: 1920, height: 1080 };
const HD = { width: 1280, height: 720 };
const SIDES: Insets = { top: 16, right: 400, bottom: 16, left: 400 };

function hotelStay(): Journey {
  return createJourney(HOTEL_STAY_LABELS);
}

/** The on-screen box of stage `index` under the viewport present mode picks. */
function stageOnScreen(journey: Journey, index: number, screen = FULL_HD, insets = SIDES) {
  const layout = layoutJourney(journey);
  const viewport = stageViewport(layout, index, screen, { insets });
  const bounds = stageBounds(layout, index);
  if (!viewport || !bounds) throw new Error(`no stage ${index}`);
  return { viewport, box: toScreen(bounds, viewport), layout };
}

describe('stage bounds', () => {
  it('are each stage column, from the header row to the bottom of the last lane', () => {
    const journey = hotelStay();
    const layout = layoutJourney(journey);
    journey.stages.forEach((_stage, index) => {
      const column = layout.columns[index];
      expect(stageBounds(layout, index)).toEqual({
        x: column?.x,
        y: 0,
        width: column?.width,
        height: layout.height,
      });
    });
  });

  it('do not exist for a stage index past the end', () => {
    const layout = layoutJourney(hotelStay());
    expect(stageBounds(layout, layout.columns.length)).toBeNull();
    expect(stageViewport(layout, 99, FULL_HD)).toBeNull();
  });
});

describe('framing a stage', () => {
  it('centres every stage column on the screen and fits its whole height', () => {
    const journey = hotelStay();
    for (const index of journey.stages.keys()) {
      const { box } = stageOnScreen(journey, index);
      expect(box.x + box.width / 2).toBeCloseTo(FULL_HD.width / 2, 6);
      expect(box.y).toBeGreaterThanOrEqual(SIDES.top - 1e-9);
      expect(box.y + box.height).toBeLessThanOrEqual(FULL_HD.height - SIDES.bottom + 1e-9);
    }
  });

  it('uses the same zoom for every stage, so stepping glides sideways without pumping', () => {
    const journey = hotelStay();
    const zooms = journey.stages.map((_s, index) => stageOnScreen(journey, index).viewport.zoom);
    expect(new Set(zooms).size).toBe(1);
  });

  it('fills the available height exactly when the column is taller than it is wide', () => {
    const { box } = stageOnScreen(hotelStay(), 1);
    expect(box.height).toBeCloseTo(FULL_HD.height - SIDES.top - SIDES.bottom, 6);
  });

  it('keeps a tall stage readable and shows it from its header, with the rest reached by scrolling', () => {
    const journey = hotelStay();
    const { viewport, box, layout } = stageOnScreen(journey, 0, HD);
    expect(viewport.zoom).toBe(READABLE_ZOOM);
    expect(box.y).toBeCloseTo(SIDES.top, 6);
    const overflow = stageOverflow(layout, 0, HD, { insets: SIDES });
    expect(overflow).toBeCloseTo(layout.height * READABLE_ZOOM - (HD.height - 32), 6);

    const scrolled = stageViewport(layout, 0, HD, { insets: SIDES, scroll: overflow / 2 });
    expect(scrolled?.y).toBeCloseTo(viewport.y - overflow / 2, 6);
    // Scrolling never goes past the last lane.
    const bottom = stageViewport(layout, 0, HD, { insets: SIDES, scroll: overflow * 10 });
    expect(bottom?.y).toBeCloseTo(viewport.y - overflow, 6);
    const last = bottom && toScreen(mapBounds(layout), bottom);
    expect((last?.y ?? 0) + (last?.height ?? 0)).toBeCloseTo(HD.height - SIDES.bottom, 6);
  });

  it('has nothing to scroll when the stage fits', () => {
    const layout = layoutJourney(hotelStay());
    expect(stageOverflow(layout, 2, FULL_HD, { insets: SIDES })).toBe(0);
    const still = stageViewport(layout, 2, FULL_HD, { insets: SIDES });
    expect(stageViewport(layout, 2, FULL_HD, { insets: SIDES, scroll: 500 })).toEqual(still);
  });

  it('zooms further with large text', () => {
    const layout = layoutJourney(hotelStay());
    const plain = stageViewport(layout, 1, FULL_HD, { insets: SIDES });
    const large = stageViewport(layout, 1, FULL_HD, { insets: SIDES, textScale: LARGE_TEXT_SCALE });
    expect(large?.zoom).toBeCloseTo((plain?.zoom ?? 0) * LARGE_TEXT_SCALE, 6);
  });

  it('enlarges a short map only up to the present-mode ceiling', () => {
    let journey = hotelStay();
    for (const lane of journey.lanes.slice(1)) {
      journey = applyRecipe(journey, ops.removeLane(lane.id)).journey;
    }
    const layout = layoutJourney(journey);
    expect(stageViewport(layout, 0, FULL_HD, { insets: SIDES })?.zoom).toBe(PRESENT_MAX_ZOOM);
  });
});

describe('the overview', () => {
  it('fits the whole map inside the screen, centred, never past 100%', () => {
    const layout = layoutJourney(hotelStay());
    const insets = { top: 120, right: 16, bottom: 16, left: 16 };
    for (const screen of [FULL_HD, HD]) {
      const viewport = overviewViewport(layout, screen, { insets });
      const box = toScreen(mapBounds(layout), viewport);
      expect(viewport.zoom).toBeLessThanOrEqual(1);
      expect(box.x).toBeGreaterThanOrEqual(insets.left - 1e-9);
      expect(box.y).toBeGreaterThanOrEqual(insets.top - 1e-9);
      expect(box.x + box.width).toBeLessThanOrEqual(screen.width - insets.right + 1e-9);
      expect(box.y + box.height).toBeLessThanOrEqual(screen.height - insets.bottom + 1e-9);
    }
  });

  it('is what a step with no stage shows, and what a missing stage falls back to', () => {
    const layout = layoutJourney(hotelStay());
    const overview = overviewViewport(layout, FULL_HD);
    expect(presentViewport(layout, null, FULL_HD)).toEqual(overview);
    expect(presentViewport(layout, 42, FULL_HD)).toEqual(overview);
    expect(presentViewport(layout, 1, FULL_HD)).toEqual(stageViewport(layout, 1, FULL_HD));
  });

  it('copes with a map with no stage at all', () => {
    let journey = hotelStay();
    for (const stage of journey.stages) {
      journey = applyRecipe(journey, ops.removeStage(stage.id)).journey;
    }
    const layout = layoutJourney(journey);
    const viewport = presentViewport(layout, 0, HD);
    expect(Number.isFinite(viewport.x) && Number.isFinite(viewport.zoom)).toBe(true);
  });
});
