// @vitest-environment node
// Stage operations: add, rename, reorder, recolour, flag a moment of truth and remove.
import { applyPatches } from 'immer';
import { describe, expect, it } from 'vitest';
import { createStage } from '../../src/model/factories';
import { JourneySchema } from '../../src/model/journey';
import {
  addStage,
  flagStageMomentOfTruth,
  moveStage,
  recolourStage,
  removeStage,
  renameStage,
} from '../../src/model/operations/stages';
import { applyRecipe } from '../../src/model/operations/recipe';
import { applyChecked, deepFreeze, emptyJourney, seededJourney, stageId } from './helpers';

function stageNames(journey: { stages: { name: string }[] }): string[] {
  return journey.stages.map((stage) => stage.name);
}

describe('addStage', () => {
  it('appends a stage at the end when no index is given', () => {
    const journey = emptyJourney();
    const stage = createStage('Advocacy', 4);
    const { journey: next } = applyChecked(journey, addStage(stage));
    expect(stageNames(next)).toEqual(['Awareness', 'Research', 'Purchase', 'Loyalty', 'Advocacy']);
    expect(next.stages[4]).toStrictEqual(stage);
  });

  it('inserts a stage at the given index', () => {
    const journey = emptyJourney();
    const { journey: next } = applyChecked(journey, addStage(createStage('Consideration'), 1));
    expect(stageNames(next)).toEqual([
      'Awareness',
      'Consideration',
      'Research',
      'Purchase',
      'Loyalty',
    ]);
  });

  it('inserts at the start for index 0 and clamps a negative index to the start', () => {
    const journey = emptyJourney();
    const first = applyChecked(journey, addStage(createStage('Trigger'), 0)).journey;
    const negative = applyChecked(journey, addStage(createStage('Trigger'), -5)).journey;
    expect(stageNames(first)[0]).toBe('Trigger');
    expect(stageNames(negative)[0]).toBe('Trigger');
  });

  it('clamps an index past the end to the end', () => {
    const journey = emptyJourney();
    const next = applyChecked(journey, addStage(createStage('Later'), 99)).journey;
    expect(stageNames(next).at(-1)).toBe('Later');
  });

  it('ignores a stage whose id is already used', () => {
    const journey = emptyJourney();
    const clash = { ...createStage('Copy'), id: stageId(journey, 0) };
    const edit = applyRecipe(journey, addStage(clash));
    expect(edit.journey).toBe(journey);
    expect(edit.patches).toEqual([]);
  });

  it('stores a copy, not the caller’s stage object', () => {
    const journey = emptyJourney();
    const stage = createStage('Advocacy');
    const next = applyRecipe(journey, addStage(stage)).journey;
    expect(next.stages.at(-1)).not.toBe(stage);
    expect(next.stages.at(-1)).toStrictEqual(stage);
  });
});

describe('renameStage', () => {
  it('renames the stage and leaves the others untouched', () => {
    const journey = emptyJourney();
    const id = stageId(journey, 2);
    const next = applyChecked(journey, renameStage(id, 'Checkout')).journey;
    expect(stageNames(next)).toEqual(['Awareness', 'Research', 'Checkout', 'Loyalty']);
    expect(next.stages[0]).toBe(journey.stages[0]);
  });

  it('does nothing for an unknown stage', () => {
    const journey = emptyJourney();
    const edit = applyRecipe(journey, renameStage('nope', 'X'));
    expect(edit.journey).toBe(journey);
    expect(edit.patches).toEqual([]);
  });
});

describe('moveStage', () => {
  it('moves a stage forwards', () => {
    const journey = emptyJourney();
    const next = applyChecked(journey, moveStage(stageId(journey, 0), 2)).journey;
    expect(stageNames(next)).toEqual(['Research', 'Purchase', 'Awareness', 'Loyalty']);
  });

  it('moves a stage backwards', () => {
    const journey = emptyJourney();
    const next = applyChecked(journey, moveStage(stageId(journey, 3), 0)).journey;
    expect(stageNames(next)).toEqual(['Loyalty', 'Awareness', 'Research', 'Purchase']);
  });

  it('clamps the target index to the list', () => {
    const journey = emptyJourney();
    const last = applyChecked(journey, moveStage(stageId(journey, 0), 42)).journey;
    const first = applyChecked(journey, moveStage(stageId(journey, 3), -3)).journey;
    expect(stageNames(last)).toEqual(['Research', 'Purchase', 'Loyalty', 'Awareness']);
    expect(stageNames(first)).toEqual(['Loyalty', 'Awareness', 'Research', 'Purchase']);
  });

  it('keeps the cards in the moved stage', () => {
    const journey = seededJourney();
    const moved = stageId(journey, 0);
    const next = applyChecked(journey, moveStage(moved, 3)).journey;
    expect(next.cards).toBe(journey.cards);
    expect(next.stages[3]?.id).toBe(moved);
  });

  it('does nothing for an unknown stage', () => {
    const journey = emptyJourney();
    expect(applyRecipe(journey, moveStage('nope', 0)).journey).toBe(journey);
  });
});

describe('recolourStage', () => {
  it('changes the stage colour', () => {
    const journey = emptyJourney();
    const id = stageId(journey, 1);
    const next = applyChecked(journey, recolourStage(id, '#123abc')).journey;
    expect(next.stages[1]?.color).toBe('#123abc');
    expect(next.stages[0]?.color).toBe(journey.stages[0]?.color);
  });

  it('does nothing for an unknown stage', () => {
    const journey = emptyJourney();
    expect(applyRecipe(journey, recolourStage('nope', '#000000')).journey).toBe(journey);
  });
});

describe('flagStageMomentOfTruth', () => {
  it('flags a stage with a moment of truth type', () => {
    const journey = emptyJourney();
    const id = stageId(journey, 2);
    const next = applyChecked(journey, flagStageMomentOfTruth(id, 'FMOT')).journey;
    expect(next.stages[2]?.momentOfTruth).toBe('FMOT');
    expect(JourneySchema.safeParse(next).success).toBe(true);
  });

  it('clears the flag with null', () => {
    const journey = emptyJourney();
    const id = stageId(journey, 0);
    const flagged = applyRecipe(journey, flagStageMomentOfTruth(id, 'ZMOT')).journey;
    const cleared = applyChecked(flagged, flagStageMomentOfTruth(id, null)).journey;
    expect(cleared.stages[0]?.momentOfTruth).toBeNull();
  });

  it('does nothing for an unknown stage', () => {
    const journey = emptyJourney();
    expect(applyRecipe(journey, flagStageMomentOfTruth('nope', 'SMOT')).journey).toBe(journey);
  });
});

describe('removeStage', () => {
  it('removes a stage together with its cards and their connectors', () => {
    const journey = seededJourney();
    const removed = stageId(journey, 0);
    const { journey: next } = applyChecked(journey, removeStage(removed));

    expect(next.stages.map((s) => s.id)).not.toContain(removed);
    expect(next.stages).toHaveLength(3);
    // Cards of stage 0: a0, a1, a2, t0, e0. Everything else stays.
    expect(Object.keys(next.cards).sort()).toEqual(['b0', 'b1', 'e1', 'e2', 'p0', 't1']);
    // x01 (a0→a1), xab (a0→b0), xt (t0→t1) and xe (e0→e1) touched a removed card.
    expect(Object.keys(next.connectors)).toEqual(['xp']);
    expect(JourneySchema.safeParse(next).success).toBe(true);
  });

  it('removes the stage, its cards and connectors as one edit whose inverse patches restore everything', () => {
    const journey = deepFreeze(seededJourney());
    const edit = applyRecipe(journey, removeStage(stageId(journey, 1)));
    expect(Object.keys(edit.journey.cards)).not.toContain('b0');
    const restored = applyPatches(edit.journey, edit.inversePatches);
    expect(restored).toStrictEqual(journey);
    expect(applyPatches(journey, edit.patches)).toStrictEqual(edit.journey);
  });

  it('keeps cards of the other stages in the same lane with their ranks', () => {
    const journey = seededJourney();
    const next = applyChecked(journey, removeStage(stageId(journey, 0))).journey;
    expect(next.cards.b0).toBe(journey.cards.b0);
    expect(next.cards.b1).toBe(journey.cards.b1);
  });

  it('removes an empty stage without touching cards or connectors', () => {
    const journey = seededJourney();
    const next = applyChecked(journey, removeStage(stageId(journey, 3))).journey;
    expect(next.stages).toHaveLength(3);
    expect(next.cards).toBe(journey.cards);
    expect(next.connectors).toBe(journey.connectors);
  });

  it('does nothing for an unknown stage', () => {
    const journey = seededJourney();
    const edit = applyRecipe(journey, removeStage('nope'));
    expect(edit.journey).toBe(journey);
    expect(edit.inversePatches).toEqual([]);
  });
});

describe('stage operations on a frozen journey', () => {
  it('never mutates the journey they are given', () => {
    const journey = seededJourney();
    const snapshot = structuredClone(journey);
    const frozen = deepFreeze(journey);
    const id = stageId(frozen, 1);
    for (const recipe of [
      addStage(createStage('New'), 1),
      renameStage(id, 'Renamed'),
      moveStage(id, 3),
      recolourStage(id, '#000000'),
      flagStageMomentOfTruth(id, 'TMOT'),
      removeStage(id),
    ]) {
      expect(() => applyRecipe(frozen, recipe)).not.toThrow();
    }
    expect(frozen).toStrictEqual(snapshot);
  });
});
