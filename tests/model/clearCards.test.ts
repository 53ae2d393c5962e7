// Clear cards: every card and connector goes, stages, lanes and personas stay, in one undo step.
import { describe, expect, it } from 'vitest';
import { shippedJourneyTemplates } from '../../src/i18n/journeyTemplates';
import { journeyFromTemplate, ops } from '../../src/model';
import { createJourneyActions } from '../../src/store/actions';
import { createDocumentStore } from '../../src/store/documentStore';
import { apply, seededJourney } from './helpers';

describe('clearing the cards of a journey', () => {
  it('removes every card and connector and keeps stages, lanes and linked personas', () => {
    const journey = seededJourney();
    const next = apply(journey, ops.clearCards());
    expect(next.cards).toEqual({});
    expect(next.connectors).toEqual({});
    expect(next.stages).toEqual(journey.stages);
    expect(next.lanes).toEqual(journey.lanes);
    expect(next.personaIds).toEqual(['p1', 'p2']);
  });

  it('is one undo step that brings every card and connector back', () => {
    const journey = journeyFromTemplate(shippedJourneyTemplates('en')[1]!.template);
    const store = createDocumentStore(journey);
    const actions = createJourneyActions(store);
    actions.clearCards();
    expect(store.getState().journey.cards).toEqual({});
    expect(store.getState().history.past).toHaveLength(1);
    actions.undo();
    expect(store.getState().journey.cards).toEqual(journey.cards);
    expect(store.getState().journey.connectors).toEqual(journey.connectors);
    actions.redo();
    expect(store.getState().journey.cards).toEqual({});
    expect(store.getState().journey.stages).toEqual(journey.stages);
  });

  it('records nothing when the journey has no cards', () => {
    const store = createDocumentStore(
      journeyFromTemplate(shippedJourneyTemplates('en')[0]!.template),
    );
    createJourneyActions(store).clearCards();
    expect(store.getState().history.past).toHaveLength(0);
  });
});
