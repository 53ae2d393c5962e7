// @vitest-environment node
// Journey-wide operations (title, description) and how recipes combine into one undo step.
import { applyPatches } from 'immer';
import { describe, expect, it } from 'vitest';
import { describeJourney, renameJourney } from '../../src/model/operations/journey';
import { applyRecipe, clampIndex, combine, moveById } from '../../src/model/operations/recipe';
import { removeStage } from '../../src/model/operations/stages';
import { linkPersona } from '../../src/model/operations/personas';
import { applyChecked, deepFreeze, emptyJourney, seededJourney, stageId } from './helpers';

describe('renameJourney', () => {
  it('changes the title', () => {
    const journey = emptyJourney();
    const next = applyChecked(journey, renameJourney('Home insurance claim')).journey;
    expect(next.title).toBe('Home insurance claim');
    expect(next.stages).toBe(journey.stages);
  });

  it('produces no patches when the title is unchanged', () => {
    const journey = emptyJourney();
    expect(applyRecipe(journey, renameJourney(journey.title)).patches).toEqual([]);
  });
});

describe('describeJourney', () => {
  it('changes the description', () => {
    const journey = emptyJourney();
    const next = applyChecked(journey, describeJourney('From first advert to renewal')).journey;
    expect(next.description).toBe('From first advert to renewal');
  });
});

describe('applyRecipe', () => {
  it('returns redo patches and undo patches for an edit', () => {
    const journey = deepFreeze(emptyJourney());
    const edit = applyRecipe(journey, renameJourney('New'));
    expect(edit.patches).toEqual([{ op: 'replace', path: ['title'], value: 'New' }]);
    expect(edit.inversePatches).toEqual([{ op: 'replace', path: ['title'], value: journey.title }]);
  });

  it('returns a frozen journey so later edits cannot change history', () => {
    const next = applyRecipe(emptyJourney(), renameJourney('New')).journey;
    expect(Object.isFrozen(next)).toBe(true);
  });
});

describe('combine', () => {
  it('runs several recipes as one edit with one set of undo patches', () => {
    const journey = deepFreeze(seededJourney());
    const edit = applyRecipe(
      journey,
      combine(renameJourney('Combined'), removeStage(stageId(journey, 0)), linkPersona('p3')),
    );
    expect(edit.journey.title).toBe('Combined');
    expect(edit.journey.stages).toHaveLength(3);
    expect(edit.journey.personaIds).toContain('p3');
    expect(applyPatches(edit.journey, edit.inversePatches)).toStrictEqual(journey);
  });
});

describe('clampIndex', () => {
  it('puts a missing or non-finite index at the end', () => {
    expect(clampIndex(undefined, 4)).toBe(4);
    expect(clampIndex(Number.NaN, 4)).toBe(4);
    expect(clampIndex(Infinity, 4)).toBe(4);
  });

  it('keeps an index inside 0..length and drops its fraction', () => {
    expect(clampIndex(-3, 4)).toBe(0);
    expect(clampIndex(9, 4)).toBe(4);
    expect(clampIndex(2.7, 4)).toBe(2);
  });
});

describe('moveById', () => {
  it('moves an item to a new index and ignores unknown ids', () => {
    const items = [{ id: 'a' }, { id: 'b' }, { id: 'c' }];
    moveById(items, 'a', 2);
    expect(items.map((i) => i.id)).toEqual(['b', 'c', 'a']);
    moveById(items, 'zz', 0);
    expect(items.map((i) => i.id)).toEqual(['b', 'c', 'a']);
  });
});
