// @vitest-environment node
// Linking library personas to a journey, and unlinking them with their emotion curves.
import { applyPatches } from 'immer';
import { describe, expect, it } from 'vitest';
import { JourneySchema } from '../../src/model/journey';
import { linkPersona, unlinkPersona } from '../../src/model/operations/personas';
import { applyRecipe } from '../../src/model/operations/recipe';
import { applyChecked, deepFreeze, emptyJourney, seededJourney } from './helpers';

describe('linkPersona', () => {
  it('links a persona to a journey', () => {
    const journey = emptyJourney();
    const next = applyChecked(journey, linkPersona('p1')).journey;
    expect(next.personaIds).toEqual(['p1']);
  });

  it('keeps personas in the order they were linked', () => {
    const journey = seededJourney();
    const next = applyChecked(journey, linkPersona('p3')).journey;
    expect(next.personaIds).toEqual(['p1', 'p2', 'p3']);
  });

  it('links a persona only once', () => {
    const journey = seededJourney();
    const edit = applyRecipe(journey, linkPersona('p1'));
    expect(edit.journey).toBe(journey);
    expect(edit.patches).toEqual([]);
  });
});

describe('unlinkPersona', () => {
  it('unlinks a persona and removes its emotion points, keeping the others', () => {
    const journey = seededJourney();
    const next = applyChecked(journey, unlinkPersona('p1')).journey;
    expect(next.personaIds).toEqual(['p2']);
    // e1 belongs to p1; e0 is the shared curve; e2 belongs to p2.
    expect(next.cards.e1).toBeUndefined();
    expect(next.cards.e0).toBeDefined();
    expect(next.cards.e2).toBeDefined();
    // xe (e0 → e1) touched the removed point.
    expect(next.connectors.xe).toBeUndefined();
    expect(Object.keys(next.connectors).sort()).toEqual(['x01', 'xab', 'xp', 'xt']);
    expect(JourneySchema.safeParse(next).success).toBe(true);
  });

  it('unlinks a persona and its curve as one edit whose inverse patches restore both', () => {
    const journey = deepFreeze(seededJourney());
    const edit = applyRecipe(journey, unlinkPersona('p1'));
    expect(applyPatches(edit.journey, edit.inversePatches)).toStrictEqual(journey);
  });

  it('unlinks a persona that has no emotion points without touching the cards', () => {
    const journey = applyRecipe(seededJourney(), linkPersona('p3')).journey;
    const next = applyChecked(journey, unlinkPersona('p3')).journey;
    expect(next.personaIds).toEqual(['p1', 'p2']);
    expect(next.cards).toBe(journey.cards);
  });

  it('does nothing for a persona that is not linked', () => {
    const journey = seededJourney();
    const edit = applyRecipe(journey, unlinkPersona('p9'));
    expect(edit.journey).toBe(journey);
    expect(edit.patches).toEqual([]);
  });
});
