// @vitest-environment node
// Present mode's camera: each stage's bounds from the layout, and how a stage or the whole map is
// fitted to a projector's screen between the presenter's panels.
import { describe, expect, it } from 'vitest';
import {
  LANE_LABELS_WIDTH,
  LARGE_TEXT_SCALE,
  MIN_STAGE_ZOOM,
  PRESENT_MAX_ZOOM,
  mapBounds,
  overviewArrangement,
  overviewViewport,
  presentInsets,
  presentViewport,
  scrollToShow,
  stageBounds,
  stageOverflow,
  stageViewport,
  toScreen,
  type Insets,
} from '../../src/canvas/presentViewport';
import {
  applyRecipe,
  createJourney,
  createStage,
  layoutJourney,
  ops,
  type Journey,
} from '../../src/model';
import { shippedJourneyTemplates } from '../../src/i18n/journeyTemplates';
import { journeyFromTemplate } from '../../src/model';
import { HOTEL_STAY_LABELS } from '../support/journeyLabels';

/** The shipped Hotel stay template with its cards, as a workshop starts from it. */
function hotelStayTemplate(locale: 'en' | 'fr' = 'en'): Journey {
  const shipped = shippedJourneyTemplates(locale).find((t) => t.id === 'hotelStay');
  if (!shipped) throw new Error('no Hotel stay template');
  return journeyFromTemplate(shipped.template);
}

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

  it('scales a tall stage down until all its lanes fit, even on a 1280×720 projector', () => {
    const journey = hotelStayTemplate();
    const insets = { top: 16, right: 372, bottom: 16, left: 394 + LANE_LABELS_WIDTH };
    for (const index of journey.stages.keys()) {
      const { box, layout } = stageOnScreen(journey, index, HD, insets);
      expect(box.y).toBeGreaterThanOrEqual(insets.top - 1e-9);
      expect(box.y + box.height).toBeLessThanOrEqual(HD.height - insets.bottom + 1e-9);
      expect(box.x).toBeGreaterThanOrEqual(insets.left - 1e-9);
      expect(stageOverflow(layout, index, HD, { insets })).toBe(0);
    }
  });

  it('shows a stage too tall even at the smallest zoom from its header, the rest reached by scrolling', () => {
    const journey = hotelStayTemplate();
    const tiny = { width: 1280, height: 400 };
    const { viewport, box, layout } = stageOnScreen(journey, 0, tiny);
    expect(viewport.zoom).toBe(MIN_STAGE_ZOOM);
    expect(box.y).toBeCloseTo(SIDES.top, 6);
    const overflow = stageOverflow(layout, 0, tiny, { insets: SIDES });
    expect(overflow).toBeCloseTo(layout.height * MIN_STAGE_ZOOM - (tiny.height - 32), 6);

    const scrolled = stageViewport(layout, 0, tiny, { insets: SIDES, scroll: overflow / 2 });
    expect(scrolled?.y).toBeCloseTo(viewport.y - overflow / 2, 6);
    // Scrolling never goes past the last lane.
    const bottom = stageViewport(layout, 0, tiny, { insets: SIDES, scroll: overflow * 10 });
    expect(bottom?.y).toBeCloseTo(viewport.y - overflow, 6);
    const last = bottom && toScreen(mapBounds(layout), bottom);
    expect((last?.y ?? 0) + (last?.height ?? 0)).toBeCloseTo(tiny.height - SIDES.bottom, 6);
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

describe('bringing a quick-added card into view', () => {
  const large = { insets: SIDES, textScale: LARGE_TEXT_SCALE };

  it('scrolls down just far enough to show a card below the screen, and back up for one above', () => {
    const journey = hotelStayTemplate();
    const layout = layoutJourney(journey);
    const lastLane = journey.lanes.at(-1);
    const card = Object.values(journey.cards).find(
      (c) => c.stageId === journey.stages[1]?.id && c.laneId === lastLane?.id,
    );
    const rect = card && layout.cards.get(card.id);
    if (!rect) throw new Error('no card in the last lane of the second stage');
    expect(stageOverflow(layout, 1, HD, large)).toBeGreaterThan(0);

    const scroll = scrollToShow(layout, 1, rect, HD, 0, large);
    const viewport = stageViewport(layout, 1, HD, { ...large, scroll });
    const box = viewport && toScreen(rect, viewport);
    expect((box?.y ?? 0) + (box?.height ?? 0)).toBeCloseTo(HD.height - SIDES.bottom, 6);

    const header = { ...rect, y: 0, height: 40 };
    expect(scrollToShow(layout, 1, header, HD, scroll, large)).toBe(0);
    // Already in view: nothing moves.
    expect(scrollToShow(layout, 1, rect, HD, scroll, large)).toBeCloseTo(scroll, 6);
  });

  it('has nothing to scroll when the whole stage fits', () => {
    const layout = layoutJourney(hotelStayTemplate());
    const rect = [...layout.cards.values()][0];
    if (!rect) throw new Error('no card');
    expect(scrollToShow(layout, 2, rect, FULL_HD, 300, { insets: SIDES })).toBe(0);
  });
});

describe('room for the presenter’s panels and the lane names', () => {
  const corners = {
    topLeft: { width: 180, height: 46 },
    topRight: { width: 340, height: 116 },
    bottomLeft: { width: 360, height: 100 },
    bottomRight: { width: 336, height: 54 },
  };
  const options = { gap: 16, labels: 200, minStageWidth: 200, arrangement: 'sides' as const };

  it('puts a stage between the side panels, right of the column kept for lane names', () => {
    expect(presentInsets(HD, corners, true, options)).toEqual({
      top: 16,
      right: 340 + 32,
      bottom: 16,
      left: 360 + 32 + 200,
    });
  });

  it('puts a stage between the top and bottom panels when the sides leave it no room', () => {
    const narrow = { width: 1000, height: 720 };
    expect(presentInsets(narrow, corners, true, options)).toEqual({
      top: 116 + 32,
      right: 16,
      bottom: 100 + 32,
      left: 16 + 200,
    });
  });

  it('fits the overview beside its panels or below them, with only a small margin elsewhere', () => {
    const overview = { topLeft: corners.topLeft, topRight: { width: 160, height: 300 } };
    expect(presentInsets(HD, overview, false, options)).toEqual({
      top: 16,
      right: 192,
      bottom: 16,
      left: 212,
    });
    expect(presentInsets(HD, overview, false, { ...options, arrangement: 'top' })).toEqual({
      top: 332,
      right: 16,
      bottom: 16,
      left: 16,
    });
  });

  it('places the Hotel stay overview beside its panels, using at least 90% of the screen height', () => {
    for (const [screen, locale] of [
      [HD, 'en'],
      [HD, 'fr'],
      [FULL_HD, 'en'],
      [{ width: 1440, height: 900 }, 'fr'],
    ] as const) {
      const layout = layoutJourney(hotelStayTemplate(locale));
      expect([screen, locale, overviewArrangement(layout, screen)]).toEqual([
        screen,
        locale,
        'sides',
      ]);
      const insets = { top: 16, right: 16 + 200, bottom: 16, left: 16 + 216 };
      const box = toScreen(mapBounds(layout), overviewViewport(layout, screen, { insets }));
      expect(box.height / screen.height >= 0.9 || box.width / screen.width >= 0.9).toBe(true);
    }
  });

  it('places a wide map’s overview below its panels', () => {
    let journey = hotelStayTemplate();
    for (let i = 0; i < 8; i += 1) {
      journey = applyRecipe(journey, ops.addStage(createStage(`Extra ${i}`, i))).journey;
    }
    expect(overviewArrangement(layoutJourney(journey), HD)).toBe('top');
  });
});
