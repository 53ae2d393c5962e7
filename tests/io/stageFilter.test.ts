// Exporting chosen stages: only their cards, only connectors with both ends kept, input untouched.
import { describe, expect, it } from 'vitest';
import { journeyWithStages } from '../../src/model/stageFilter';
import { layoutJourney } from '../../src/model';
import { populatedJourney, samplePersonas } from './fixtures';

describe('stage filter', () => {
  const journey = populatedJourney(samplePersonas()[0]);
  const [first, second, third] = journey.stages;

  it('returns the journey itself for the whole map', () => {
    expect(journeyWithStages(journey, null)).toBe(journey);
  });

  it('keeps the chosen stages in the journey’s order with their cards', () => {
    const part = journeyWithStages(journey, [third!.id, second!.id]);
    expect(part.stages.map((s) => s.id)).toEqual([second!.id, third!.id]);
    expect(Object.values(part.cards).every((card) => card.stageId !== first!.id)).toBe(true);
    expect(Object.keys(part.cards)).toHaveLength(2);
    expect(layoutJourney(part).columns).toHaveLength(2);
  });

  it('drops connectors that lose an end, keeps those whose ends both stay', () => {
    expect(Object.keys(journeyWithStages(journey, [second!.id]).connectors)).toHaveLength(0);
    expect(
      Object.keys(journeyWithStages(journey, [first!.id, second!.id]).connectors),
    ).toHaveLength(1);
  });

  it('never changes the journey it was given', () => {
    const before = JSON.stringify(journey);
    journeyWithStages(journey, [first!.id]);
    journeyWithStages(journey, []);
    expect(JSON.stringify(journey)).toBe(before);
    expect(journeyWithStages(journey, []).stages).toHaveLength(0);
  });
});
