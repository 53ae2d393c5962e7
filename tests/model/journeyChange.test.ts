// @vitest-environment node
// The journal's change: small (only what was touched), and it turns the stored version into the
// edited one whether or not a save under way had reached storage.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  applyJourneyChange,
  applyRecipe,
  diffJourney,
  isEmptyChange,
  type Journey,
} from '../../src/model';
import { sessionArbitrary, toRecipe } from './arbitraries';
import { seededJourney } from './helpers';

function play(start: Journey, ops: Parameters<typeof toRecipe>[0][]): Journey {
  return ops.reduce(
    (journey, op, step) => applyRecipe(journey, toRecipe(op, journey, step)).journey,
    start,
  );
}

/** JSON round trip: what the journal holds after localStorage. */
const throughStorage = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

describe('diffJourney and applyJourneyChange', () => {
  it('turn the stored version, or a version a save was writing, into the edited one', () => {
    fc.assert(
      fc.property(sessionArbitrary(15), sessionArbitrary(15), (first, second) => {
        const stored = seededJourney();
        const saving = play(stored, first);
        const edited = play(saving, second);
        const change = throughStorage(diffJourney(stored, edited, [saving]));
        expect(applyJourneyChange(throughStorage(stored), change)).toEqual(edited);
        expect(applyJourneyChange(throughStorage(saving), change)).toEqual(edited);
      }),
      { numRuns: 200 },
    );
  });

  it('is empty when nothing changed', () => {
    const journey = seededJourney();
    expect(isEmptyChange(diffJourney(journey, journey))).toBe(true);
  });

  it('holds only the touched card of a large map, not the whole document', () => {
    const journey = seededJourney();
    const [cardId] = Object.keys(journey.cards);
    const many: Journey = { ...journey, cards: { ...journey.cards } };
    for (let i = 0; i < 5_000; i += 1) {
      many.cards[`bulk-${i}`] = { ...journey.cards[cardId!]!, id: `bulk-${i}` };
    }
    const edited = applyRecipe(many, (draft) => {
      const card = draft.cards['bulk-42'];
      if (card?.kind === 'note') card.text = 'Edited';
    }).journey;
    const change = diffJourney(many, edited);
    expect(Object.keys(change.cards)).toEqual(['bulk-42']);
    expect(Object.keys(change.fields)).toEqual([]);
    expect(JSON.stringify(change).length).toBeLessThan(1_000);
  });

  it('records a removed card as null, and removes it again when applied', () => {
    const journey = seededJourney();
    const [cardId] = Object.keys(journey.cards);
    const edited = applyRecipe(journey, (draft) => {
      delete draft.cards[cardId!];
    }).journey;
    const change = diffJourney(journey, edited);
    expect(change.cards[cardId!]).toBeNull();
    expect(applyJourneyChange(journey, change)).toEqual(edited);
  });
});
