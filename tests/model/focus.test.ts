// The focus rule: what each focus kind dims, what the highlights mark, and how connectors follow.
import { describe, expect, it } from 'vitest';
import {
  NO_FOCUS,
  createFocusView,
  liveTarget,
  targetForSelection,
  type FocusSetting,
  type FocusView,
} from '../../src/model/focus';
import { focusJourney } from '../canvas/focusFixture';

const { journey, stages, lanes } = focusJourney();
const connector = (id: string) => journey.connectors[id]!;

function view(setting: Partial<FocusSetting>): FocusView {
  return createFocusView(journey, { ...NO_FOCUS, ...setting });
}

/** The ids of the cards a view leaves in focus, sorted. */
function clearCards(v: FocusView): string[] {
  return Object.values(journey.cards)
    .filter((card) => !v.card(card).dimmed)
    .map((card) => card.id)
    .sort();
}

function highlightedCards(v: FocusView): string[] {
  return Object.values(journey.cards)
    .filter((card) => v.card(card).highlighted)
    .map((card) => card.id)
    .sort();
}

describe('focus rule', () => {
  it('dims nothing and marks nothing without a focus or highlight', () => {
    const v = view({});
    expect(v.active).toBe(false);
    expect(clearCards(v)).toHaveLength(Object.keys(journey.cards).length);
    expect(highlightedCards(v)).toEqual([]);
    expect(v.stage(stages.awareness).dimmed).toBe(false);
    expect(v.connector(connector('web-to-store')).dimmed).toBe(false);
    expect(v.curve(lanes.emotions, 'camille').dimmed).toBe(false);
  });

  it('keeps one stage’s cards, header and cells clear when a stage is focused', () => {
    const v = view({ target: { kind: 'stage', id: stages.purchase } });
    expect(clearCards(v)).toEqual(['camille-2', 'late-fees', 'web-checkout']);
    expect(v.stage(stages.purchase).dimmed).toBe(false);
    expect(v.stage(stages.awareness).dimmed).toBe(true);
    // The lane headers read as the stage's axis.
    expect(v.lane(lanes.touchpoints).dimmed).toBe(false);
    expect(v.cell(stages.purchase, lanes.pains).dimmed).toBe(false);
    expect(v.cell(stages.awareness, lanes.pains).dimmed).toBe(true);
    // Curves run through every stage; the focused stage's points stay clear on their own.
    expect(v.curve(lanes.emotions, 'camille').dimmed).toBe(true);
  });

  it('keeps one lane’s cards, header and cells clear when a lane is focused', () => {
    const v = view({ target: { kind: 'lane', id: lanes.touchpoints } });
    expect(clearCards(v)).toEqual(['store-visit', 'web-ad', 'web-checkout']);
    expect(v.lane(lanes.touchpoints).dimmed).toBe(false);
    expect(v.lane(lanes.pains).dimmed).toBe(true);
    expect(v.stage(stages.awareness).dimmed).toBe(false);
    expect(v.cell(stages.research, lanes.touchpoints).dimmed).toBe(false);
    expect(v.cell(stages.research, lanes.moments).dimmed).toBe(true);
    expect(v.curve(lanes.emotions, 'camille').dimmed).toBe(true);
  });

  it('keeps the curves of a focused emotion lane clear', () => {
    const v = view({ target: { kind: 'lane', id: lanes.emotions } });
    expect(v.curve(lanes.emotions, 'camille').dimmed).toBe(false);
    expect(v.curve(lanes.emotions, null).dimmed).toBe(false);
    expect(clearCards(v)).toEqual(['bruno-1', 'camille-1', 'camille-2', 'shared-1']);
  });

  it('keeps only one persona’s emotion points and curve clear when a persona is focused', () => {
    const v = view({ target: { kind: 'persona', id: 'camille' } });
    expect(clearCards(v)).toEqual(['camille-1', 'camille-2']);
    expect(v.curve(lanes.emotions, 'camille').dimmed).toBe(false);
    expect(v.curve(lanes.emotions, 'bruno').dimmed).toBe(true);
    expect(v.curve(lanes.emotions, null).dimmed).toBe(true);
    // The curve's lane stays readable along its whole length; other lanes go to the background.
    expect(v.lane(lanes.emotions).dimmed).toBe(false);
    expect(v.cell(stages.research, lanes.emotions).dimmed).toBe(false);
    expect(v.lane(lanes.touchpoints).dimmed).toBe(true);
    // Stages with the persona's points stay clear.
    expect(v.stage(stages.awareness).dimmed).toBe(false);
    expect(v.stage(stages.research).dimmed).toBe(true);
  });

  it('keeps only the touchpoints of one channel clear when a channel is focused', () => {
    const v = view({ target: { kind: 'channel', channel: 'web' } });
    expect(clearCards(v)).toEqual(['web-ad', 'web-checkout']);
    expect(v.cell(stages.awareness, lanes.touchpoints).dimmed).toBe(false);
    expect(v.cell(stages.research, lanes.touchpoints).dimmed).toBe(true);
    expect(v.lane(lanes.touchpoints).dimmed).toBe(false);
    expect(v.lane(lanes.emotions).dimmed).toBe(true);
    expect(v.stage(stages.research).dimmed).toBe(true);
    expect(v.curve(lanes.emotions, 'camille').dimmed).toBe(true);
  });

  it('dims a connector unless both of its cards are in focus', () => {
    const web = view({ target: { kind: 'channel', channel: 'web' } });
    expect(web.connector(connector('web-to-web')).dimmed).toBe(false);
    expect(web.connector(connector('web-to-store')).dimmed).toBe(true);
    const awareness = view({ target: { kind: 'stage', id: stages.awareness } });
    expect(awareness.connector(connector('web-to-web')).dimmed).toBe(true);
    const lane = view({ target: { kind: 'lane', id: lanes.touchpoints } });
    expect(lane.connector(connector('web-to-store')).dimmed).toBe(false);
  });

  it('highlights exactly the pain points, across the whole map', () => {
    const v = view({ painPoints: true });
    expect(v.active).toBe(true);
    expect(highlightedCards(v)).toEqual(['late-fees']);
    expect(clearCards(v)).toHaveLength(Object.keys(journey.cards).length);
    expect(v.stage(stages.research).highlighted).toBe(false);
  });

  it('highlights exactly the moments of truth, on cards and flagged stages', () => {
    const v = view({ momentsOfTruth: true });
    expect(highlightedCards(v)).toEqual(['reviews']);
    expect(v.stage(stages.research).highlighted).toBe(true);
    expect(v.stage(stages.purchase).highlighted).toBe(false);
  });

  it('combines a focus and a highlight: a highlighted card out of focus is both', () => {
    const v = view({ target: { kind: 'stage', id: stages.awareness }, painPoints: true });
    const fees = journey.cards['late-fees']!;
    expect(v.card(fees)).toEqual({ dimmed: true, highlighted: true });
  });

  it('ignores a focus on a stage, lane or persona the journey no longer has', () => {
    expect(liveTarget(journey, { kind: 'stage', id: 'gone' })).toBeNull();
    expect(liveTarget(journey, { kind: 'lane', id: 'gone' })).toBeNull();
    expect(liveTarget(journey, { kind: 'persona', id: 'unlinked' })).toBeNull();
    const v = view({ target: { kind: 'stage', id: 'gone' } });
    expect(v.active).toBe(false);
    expect(clearCards(v)).toHaveLength(Object.keys(journey.cards).length);
  });
});

describe('focus from the selection (the F key)', () => {
  it('focuses a selected stage or lane, and a selected cell’s stage', () => {
    expect(targetForSelection(journey, { kind: 'stage', id: stages.research })).toEqual({
      kind: 'stage',
      id: stages.research,
    });
    expect(targetForSelection(journey, { kind: 'lane', id: lanes.pains })).toEqual({
      kind: 'lane',
      id: lanes.pains,
    });
    expect(
      targetForSelection(journey, { kind: 'cell', stageId: stages.purchase, laneId: lanes.pains }),
    ).toEqual({ kind: 'stage', id: stages.purchase });
  });

  it('focuses a touchpoint’s channel, an emotion point’s persona, or another card’s stage', () => {
    expect(targetForSelection(journey, { kind: 'cards', ids: ['store-visit'] })).toEqual({
      kind: 'channel',
      channel: 'store',
    });
    expect(targetForSelection(journey, { kind: 'cards', ids: ['bruno-1'] })).toEqual({
      kind: 'persona',
      id: 'bruno',
    });
    expect(targetForSelection(journey, { kind: 'cards', ids: ['late-fees'] })).toEqual({
      kind: 'stage',
      id: stages.purchase,
    });
  });

  it('has nothing to focus for several cards, a connector or no selection', () => {
    expect(targetForSelection(journey, { kind: 'cards', ids: ['web-ad', 'late-fees'] })).toBeNull();
    expect(targetForSelection(journey, { kind: 'connector', id: 'web-to-web' })).toBeNull();
    expect(targetForSelection(journey, null)).toBeNull();
  });
});
