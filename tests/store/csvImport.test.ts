// The CSV import through the store: the whole import (new stages, lanes, links and cards) is one
// undo step, redo brings it all back, and a read-only tab imports nothing.
import { describe, expect, it } from 'vitest';
import { journeyCsv } from '../../src/io/csv/csvFile';
import { csvAddition, planCsvImport } from '../../src/io/csv/csvImport';
import { createJourney, createPersona, type Journey } from '../../src/model';
import { createJourneyActions } from '../../src/store/actions';
import { createDocumentStore } from '../../src/store/documentStore';
import { everyKindJourney } from '../io/csvImportHelpers';
import { HOTEL_STAY_LABELS } from '../support/journeyLabels';

const claire = createPersona('Claire', 0);

function content(journey: Journey) {
  const { updatedAt: _ignored, ...rest } = journey;
  return rest;
}

function setup() {
  const store = createDocumentStore(createJourney(HOTEL_STAY_LABELS));
  return { store, actions: createJourneyActions(store) };
}

/** The exported cards of a full journey plus a row that needs a new stage and a new lane. */
function importText() {
  const csv = journeyCsv(everyKindJourney(claire), [claire]);
  return `${csv}Follow-up,Reviews,note,Writes a review\r\n`;
}

function addition(journey: Journey) {
  const result = planCsvImport(importText(), { journey, personas: [claire] });
  if (!result.ok) throw new Error(result.error.code);
  return csvAddition(result.plan, journey.stages.length);
}

describe('importing cards from a CSV in the store', () => {
  it('adds everything as one undo step, and redo brings it all back', () => {
    const { store, actions } = setup();
    const before = content(store.getState().journey);
    const ids = actions.importCards(addition(store.getState().journey));
    const after = store.getState().journey;
    expect(ids).toHaveLength(11);
    expect(Object.keys(after.cards)).toEqual(ids);
    expect(after.stages.at(-1)?.name).toBe('Follow-up');
    expect(after.lanes.at(-1)?.name).toBe('Reviews');
    expect(after.personaIds).toEqual([claire.id]);
    expect(store.getState().history.past).toHaveLength(1);

    actions.undo();
    expect(content(store.getState().journey)).toEqual(before);
    actions.redo();
    expect(content(store.getState().journey)).toEqual(content(after));
  });

  it('imports nothing in a read-only tab', () => {
    const { store, actions } = setup();
    const plan = addition(store.getState().journey);
    store.getState().setReadOnly(true);
    expect(actions.importCards(plan)).toEqual([]);
    expect(Object.keys(store.getState().journey.cards)).toHaveLength(0);
    expect(store.getState().history.past).toHaveLength(0);
  });
});
