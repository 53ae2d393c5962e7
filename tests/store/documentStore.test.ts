// The journey store: edits through recipes, undo/redo by patches, coalescing, loading.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createJourney, type Journey } from '../../src/model';
import { createJourneyActions } from '../../src/store/actions';
import { createDocumentStore } from '../../src/store/documentStore';
import { COALESCE_WINDOW_MS, HISTORY_LIMIT } from '../../src/store/history';
import { HOTEL_STAY_LABELS } from '../support/journeyLabels';

const labels = HOTEL_STAY_LABELS;

function setup(journey: Journey = createJourney(labels)) {
  const store = createDocumentStore(journey);
  return { store, actions: createJourneyActions(store), first: journey };
}

function content(journey: Journey) {
  const { updatedAt: _ignored, ...rest } = journey;
  return rest;
}

describe('the journey store', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('undoes and redoes a named action', () => {
    const { store, actions, first } = setup();
    actions.addStage('Follow-up');
    expect(store.getState().journey.stages.map((s) => s.name)).toContain('Follow-up');
    actions.undo();
    expect(content(store.getState().journey)).toEqual(content(first));
    actions.redo();
    expect(store.getState().journey.stages).toHaveLength(5);
  });

  it('records nothing when an action changes nothing', () => {
    const { store, actions } = setup();
    actions.renameStage('no-such-stage', 'Ghost');
    expect(store.getState().history.past).toHaveLength(0);
  });

  it('turns a burst of typing in one field into one undo step', () => {
    const { store, actions } = setup();
    for (const title of ['H', 'Ho', 'Hot', 'Hote', 'Hotel']) {
      actions.renameJourney(title);
      vi.advanceTimersByTime(100);
    }
    expect(store.getState().history.past).toHaveLength(1);
    actions.undo();
    expect(store.getState().journey.title).toBe('Hotel stay');
  });

  it('starts a new undo step after a pause in typing', () => {
    const { store, actions } = setup();
    actions.renameJourney('A');
    vi.advanceTimersByTime(COALESCE_WINDOW_MS + 1);
    actions.renameJourney('AB');
    expect(store.getState().history.past).toHaveLength(2);
  });

  it('never merges edits to different fields', () => {
    const { store, actions } = setup();
    const stageId = store.getState().journey.stages[0]!.id;
    actions.renameJourney('Title');
    actions.renameStage(stageId, 'Dream');
    expect(store.getState().history.past).toHaveLength(2);
  });

  it('caps the history and forgets the oldest steps first', () => {
    const { store, actions } = setup();
    for (let i = 0; i < HISTORY_LIMIT + 25; i += 1) actions.addStage(`Stage ${i}`);
    expect(store.getState().history.past).toHaveLength(HISTORY_LIMIT);
  });

  it('clears the redo stack when a new edit follows an undo', () => {
    const { store, actions } = setup();
    actions.addStage('One');
    actions.undo();
    actions.addStage('Two');
    expect(store.getState().history.future).toHaveLength(0);
  });

  it('does not make loading a journey an undoable edit', () => {
    const { store, actions } = setup();
    actions.addStage('One');
    store.getState().load(createJourney(labels));
    expect(store.getState().history.past).toHaveLength(0);
    expect(store.getState().history.future).toHaveLength(0);
  });

  it('moves, duplicates and deletes cards as single steps', () => {
    const { store, actions } = setup();
    const journey = store.getState().journey;
    const [stage, nextStage] = journey.stages;
    const lane = journey.lanes.find((l) => l.kind === 'painPoints')!;
    const id = actions.addCard(stage!.id, lane.id)!;
    actions.updateCard(id, { text: 'Slow check-in' });
    const [copy] = actions.duplicateCards([id]);
    actions.moveCard(copy!, nextStage!.id, lane.id, 0);
    expect(store.getState().journey.cards[copy!]).toMatchObject({
      stageId: nextStage!.id,
      kind: 'painPoint',
    });
    actions.deleteCards([id, copy!]);
    expect(Object.keys(store.getState().journey.cards)).toHaveLength(0);
    actions.undo();
    expect(Object.keys(store.getState().journey.cards)).toHaveLength(2);
    actions.undo();
    expect(store.getState().journey.cards[copy!]?.stageId).toBe(stage!.id);
  });

  it('updates the edit time on every change but keeps it out of history', () => {
    const { store, actions } = setup();
    vi.setSystemTime(new Date('2026-01-02T03:04:05Z'));
    actions.addStage('Later');
    expect(store.getState().journey.updatedAt).toBe('2026-01-02T03:04:05.000Z');
    const entry = store.getState().history.past[0]!;
    expect(entry.patches.some((patch) => patch.path.includes('updatedAt'))).toBe(false);
  });

  it('pastes copied cards into a selected cell without taking any other key from the selection', () => {
    const { store, actions } = setup();
    const journey = store.getState().journey;
    const lane = journey.lanes.find((l) => l.kind === 'painPoints')!;
    const id = actions.addCard(journey.stages[0]!.id, lane.id)!;
    const copied = [store.getState().journey.cards[id]!];
    const selection = { kind: 'cell' as const, stageId: journey.stages[3]!.id, laneId: lane.id };
    const [pasted] = actions.pasteCards(copied, selection);
    expect(store.getState().journey.cards[pasted!]).toMatchObject({
      kind: 'painPoint',
      stageId: journey.stages[3]!.id,
    });
  });

  it('moves selected cards one stage along with the arrow keys, stopping at the edge', () => {
    const { store, actions } = setup();
    const journey = store.getState().journey;
    const lane = journey.lanes[0]!;
    const first = actions.addCard(journey.stages[0]!.id, lane.id)!;
    const last = actions.addCard(journey.stages[3]!.id, lane.id)!;
    actions.moveCardsBy([first, last], 1, 0);
    const cards = store.getState().journey.cards;
    expect(cards[first]!.stageId).toBe(journey.stages[1]!.id);
    expect(cards[last]!.stageId).toBe(journey.stages[3]!.id);
    actions.undo();
    expect(store.getState().journey.cards[first]!.stageId).toBe(journey.stages[0]!.id);
  });

  it('drops a dragged selection into its cells as one undo step', () => {
    const { store, actions } = setup();
    const journey = store.getState().journey;
    const lane = journey.lanes[0]!;
    const a = actions.addCard(journey.stages[0]!.id, lane.id)!;
    const b = actions.addCard(journey.stages[0]!.id, lane.id)!;
    const steps = store.getState().history.past.length;
    actions.moveCardsTo([
      { cardId: a, stageId: journey.stages[2]!.id, laneId: lane.id, index: 0 },
      { cardId: b, stageId: journey.stages[2]!.id, laneId: lane.id, index: 1 },
    ]);
    expect(store.getState().history.past.length).toBe(steps + 1);
    expect(store.getState().journey.cards[b]).toMatchObject({
      stageId: journey.stages[2]!.id,
      order: 1,
    });
  });

  it('gives a new emotion point to the first linked persona unless told otherwise', () => {
    const { store, actions } = setup();
    const journey = store.getState().journey;
    const lane = journey.lanes.find((l) => l.kind === 'emotions')!;
    actions.linkPersona('camille');
    actions.linkPersona('bruno');
    const first = actions.addCard(journey.stages[0]!.id, lane.id)!;
    const chosen = actions.addCard(journey.stages[1]!.id, lane.id, undefined, 'bruno')!;
    const cards = store.getState().journey.cards;
    expect(cards[first]).toMatchObject({ kind: 'emotion', personaId: 'camille' });
    expect(cards[chosen]).toMatchObject({ kind: 'emotion', personaId: 'bruno' });
  });
});
