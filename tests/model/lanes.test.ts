// @vitest-environment node
// Lane operations: add, rename, reorder, recolour, change kind, collapse, resize and remove.
import { applyPatches } from 'immer';
import { describe, expect, it } from 'vitest';
import { createLane } from '../../src/model/factories';
import { JourneySchema, type Journey } from '../../src/model/journey';
import {
  LANE_MAX_HEIGHT,
  LANE_MIN_HEIGHT,
  addLane,
  collapseLane,
  moveLane,
  recolourLane,
  removeLane,
  renameLane,
  resizeLane,
  setLaneKind,
} from '../../src/model/operations/lanes';
import { applyRecipe } from '../../src/model/operations/recipe';
import {
  applyChecked,
  deepFreeze,
  emptyJourney,
  laneId,
  laneOfKind,
  seededJourney,
} from './helpers';

function laneKinds(journey: Journey): string[] {
  return journey.lanes.map((lane) => lane.kind);
}

function laneById(journey: Journey, id: string) {
  return journey.lanes.find((lane) => lane.id === id);
}

describe('addLane', () => {
  it('adds a lane at the bottom when no index is given', () => {
    const journey = emptyJourney();
    const lane = createLane('KPIs', 'kpis');
    const next = applyChecked(journey, addLane(lane)).journey;
    expect(next.lanes).toHaveLength(8);
    expect(next.lanes.at(-1)).toStrictEqual(lane);
  });

  it('inserts a lane at the given index', () => {
    const journey = emptyJourney();
    const next = applyChecked(journey, addLane(createLane('Backstage', 'backstage'), 2)).journey;
    expect(laneKinds(next).slice(0, 4)).toEqual([
      'actions',
      'touchpoints',
      'backstage',
      'thoughts',
    ]);
  });

  it('clamps an out-of-range index', () => {
    const journey = emptyJourney();
    const top = applyChecked(journey, addLane(createLane('A', 'custom'), -1)).journey;
    const bottom = applyChecked(journey, addLane(createLane('B', 'custom'), 1000)).journey;
    expect(top.lanes[0]?.name).toBe('A');
    expect(bottom.lanes.at(-1)?.name).toBe('B');
  });

  it('ignores a lane whose id is already used', () => {
    const journey = emptyJourney();
    const clash = { ...createLane('Copy', 'custom'), id: laneId(journey, 0) };
    const edit = applyRecipe(journey, addLane(clash));
    expect(edit.journey).toBe(journey);
    expect(edit.patches).toEqual([]);
  });
});

describe('renameLane', () => {
  it('renames only the chosen lane', () => {
    const journey = emptyJourney();
    const id = laneId(journey, 1);
    const next = applyChecked(journey, renameLane(id, 'Channels')).journey;
    expect(next.lanes[1]?.name).toBe('Channels');
    expect(next.lanes[0]).toBe(journey.lanes[0]);
  });

  it('does nothing for an unknown lane', () => {
    const journey = emptyJourney();
    expect(applyRecipe(journey, renameLane('nope', 'X')).journey).toBe(journey);
  });
});

describe('moveLane', () => {
  it('moves a lane down', () => {
    const journey = emptyJourney();
    const next = applyChecked(journey, moveLane(laneId(journey, 0), 2)).journey;
    expect(laneKinds(next).slice(0, 3)).toEqual(['touchpoints', 'thoughts', 'actions']);
  });

  it('moves a lane up', () => {
    const journey = emptyJourney();
    const next = applyChecked(journey, moveLane(laneId(journey, 6), 0)).journey;
    expect(laneKinds(next)).toEqual([
      'momentsOfTruth',
      'actions',
      'touchpoints',
      'thoughts',
      'emotions',
      'painPoints',
      'opportunities',
    ]);
  });

  it('clamps the target index to the list', () => {
    const journey = emptyJourney();
    const next = applyChecked(journey, moveLane(laneId(journey, 0), 99)).journey;
    expect(laneKinds(next).at(-1)).toBe('actions');
  });

  it('does nothing for an unknown lane', () => {
    const journey = emptyJourney();
    expect(applyRecipe(journey, moveLane('nope', 0)).journey).toBe(journey);
  });
});

describe('recolourLane', () => {
  it('changes the lane colour', () => {
    const journey = emptyJourney();
    const id = laneId(journey, 3);
    const next = applyChecked(journey, recolourLane(id, '#abcdef')).journey;
    expect(laneById(next, id)?.color).toBe('#abcdef');
  });

  it('does nothing for an unknown lane', () => {
    const journey = emptyJourney();
    expect(applyRecipe(journey, recolourLane('nope', '#abcdef')).journey).toBe(journey);
  });
});

describe('setLaneKind', () => {
  it('changes what a lane is for', () => {
    const journey = emptyJourney();
    const id = laneOfKind(journey, 'thoughts');
    const next = applyChecked(journey, setLaneKind(id, 'kpis')).journey;
    expect(laneById(next, id)?.kind).toBe('kpis');
    expect(JourneySchema.safeParse(next).success).toBe(true);
  });

  it('leaves the lane’s existing cards with their own kinds', () => {
    const journey = seededJourney();
    const id = laneOfKind(journey, 'actions');
    const next = applyChecked(journey, setLaneKind(id, 'painPoints')).journey;
    expect(next.cards).toBe(journey.cards);
    expect(next.cards.a0?.kind).toBe('note');
  });

  it('does nothing for an unknown lane', () => {
    const journey = emptyJourney();
    expect(applyRecipe(journey, setLaneKind('nope', 'custom')).journey).toBe(journey);
  });
});

describe('collapseLane', () => {
  it('collapses and expands a lane', () => {
    const journey = emptyJourney();
    const id = laneId(journey, 2);
    const collapsed = applyChecked(journey, collapseLane(id, true)).journey;
    expect(laneById(collapsed, id)?.collapsed).toBe(true);
    const expanded = applyChecked(collapsed, collapseLane(id, false)).journey;
    expect(laneById(expanded, id)?.collapsed).toBe(false);
  });

  it('produces no patches when the lane is already in that state', () => {
    const journey = emptyJourney();
    const edit = applyRecipe(journey, collapseLane(laneId(journey, 0), false));
    expect(edit.journey).toBe(journey);
    expect(edit.patches).toEqual([]);
  });
});

describe('resizeLane', () => {
  it('sets the lane’s minimum height', () => {
    const journey = emptyJourney();
    const id = laneId(journey, 0);
    const next = applyChecked(journey, resizeLane(id, 300)).journey;
    expect(laneById(next, id)?.minHeight).toBe(300);
  });

  it('clamps the height between the lane minimum and maximum', () => {
    const journey = emptyJourney();
    const id = laneId(journey, 0);
    expect(laneById(applyChecked(journey, resizeLane(id, 5)).journey, id)?.minHeight).toBe(
      LANE_MIN_HEIGHT,
    );
    expect(laneById(applyChecked(journey, resizeLane(id, -100)).journey, id)?.minHeight).toBe(
      LANE_MIN_HEIGHT,
    );
    expect(laneById(applyChecked(journey, resizeLane(id, 1e9)).journey, id)?.minHeight).toBe(
      LANE_MAX_HEIGHT,
    );
  });

  it('rounds the height to a whole pixel so the journey stays valid', () => {
    const journey = emptyJourney();
    const id = laneId(journey, 0);
    const next = applyChecked(journey, resizeLane(id, 150.6)).journey;
    expect(laneById(next, id)?.minHeight).toBe(151);
    expect(JourneySchema.safeParse(next).success).toBe(true);
  });

  it('keeps the journey valid when asked to resize a lane to NaN', () => {
    const journey = emptyJourney();
    const id = laneId(journey, 0);
    const next = applyRecipe(journey, resizeLane(id, Number.NaN)).journey;
    expect(laneById(next, id)?.minHeight).toBe(journey.lanes[0]?.minHeight);
  });

  it('does nothing for an unknown lane', () => {
    const journey = emptyJourney();
    expect(applyRecipe(journey, resizeLane('nope', 200)).journey).toBe(journey);
  });
});

describe('removeLane', () => {
  it('removes a lane together with its cards and their connectors', () => {
    const journey = seededJourney();
    const actions = laneOfKind(journey, 'actions');
    const next = applyChecked(journey, removeLane(actions)).journey;
    expect(laneById(next, actions)).toBeUndefined();
    expect(next.lanes).toHaveLength(6);
    expect(Object.keys(next.cards).sort()).toEqual(['e0', 'e1', 'e2', 'p0', 't0', 't1']);
    // x01, xab and xp touched action cards; xt and xe stay.
    expect(Object.keys(next.connectors).sort()).toEqual(['xe', 'xt']);
    expect(JourneySchema.safeParse(next).success).toBe(true);
  });

  it('removes the lane, its cards and connectors as one edit whose inverse patches restore everything', () => {
    const journey = deepFreeze(seededJourney());
    const edit = applyRecipe(journey, removeLane(laneOfKind(journey, 'emotions')));
    expect(Object.keys(edit.journey.cards)).not.toContain('e1');
    expect(edit.journey.connectors.xe).toBeUndefined();
    expect(applyPatches(edit.journey, edit.inversePatches)).toStrictEqual(journey);
    expect(applyPatches(journey, edit.patches)).toStrictEqual(edit.journey);
  });

  it('removes an empty lane without touching cards or connectors', () => {
    const journey = seededJourney();
    const next = applyRecipe(journey, removeLane(laneOfKind(journey, 'opportunities'))).journey;
    expect(next.lanes).toHaveLength(6);
    expect(next.cards).toBe(journey.cards);
    expect(next.connectors).toBe(journey.connectors);
  });

  it('does nothing for an unknown lane', () => {
    const journey = seededJourney();
    expect(applyRecipe(journey, removeLane('nope')).journey).toBe(journey);
  });
});

describe('lane operations on a frozen journey', () => {
  it('never mutate the journey they are given', () => {
    const journey = seededJourney();
    const snapshot = structuredClone(journey);
    const frozen = deepFreeze(journey);
    const id = laneId(frozen, 0);
    for (const recipe of [
      addLane(createLane('New', 'custom'), 1),
      renameLane(id, 'Renamed'),
      moveLane(id, 3),
      recolourLane(id, '#000000'),
      setLaneKind(id, 'backstage'),
      collapseLane(id, true),
      resizeLane(id, 400),
      removeLane(id),
    ]) {
      expect(() => applyRecipe(frozen, recipe)).not.toThrow();
    }
    expect(frozen).toStrictEqual(snapshot);
  });
});
