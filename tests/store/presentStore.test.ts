// Present mode's state: stepping through stages, the projector options kept for the session,
// per-stage timers, and quick-add's named action (one undo step, the text in the card's field).
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createJourney, type Journey } from '../../src/model';
import { createJourneyActions } from '../../src/store/actions';
import { createDocumentStore } from '../../src/store/documentStore';
import { timerOf, usePresentStore } from '../../src/store/presentStore';
import { remainingAt } from '../../src/store/workshopTimer';
import { HOTEL_STAY_LABELS } from '../support/journeyLabels';

const initial = usePresentStore.getState();

beforeEach(() => {
  sessionStorage.clear();
  usePresentStore.setState({
    active: false,
    stageIndex: null,
    lastLaneId: null,
    timers: {},
    highContrast: false,
    largeText: false,
  });
});

describe('stepping through the stages', () => {
  it('enters on the stage asked for, the first by default, and leaves', () => {
    initial.enter();
    expect(usePresentStore.getState()).toMatchObject({ active: true, stageIndex: 0 });
    initial.enter(2);
    expect(usePresentStore.getState().stageIndex).toBe(2);
    initial.leave();
    expect(usePresentStore.getState().active).toBe(false);
  });

  it('goes forward to the last stage and no further', () => {
    initial.enter(0);
    const visited = [usePresentStore.getState().stageIndex];
    for (let i = 0; i < 5; i += 1) {
      initial.next(4);
      visited.push(usePresentStore.getState().stageIndex);
    }
    expect(visited).toEqual([0, 1, 2, 3, 3, 3]);
  });

  it('goes back to the first stage, then to the overview', () => {
    initial.enter(2);
    const visited = [];
    for (let i = 0; i < 4; i += 1) {
      initial.previous();
      visited.push(usePresentStore.getState().stageIndex);
    }
    expect(visited).toEqual([1, 0, null, null]);
  });

  it('moves from the overview to the first stage, and jumps to the overview and the last stage', () => {
    initial.enter(null);
    initial.next(3);
    expect(usePresentStore.getState().stageIndex).toBe(0);
    initial.last(3);
    expect(usePresentStore.getState().stageIndex).toBe(2);
    initial.overview();
    expect(usePresentStore.getState().stageIndex).toBeNull();
  });

  it('stays on the overview of a map with no stage', () => {
    initial.enter(null);
    initial.next(0);
    initial.last(0);
    expect(usePresentStore.getState().stageIndex).toBeNull();
  });
});

describe('projector options', () => {
  it('are remembered in the tab session', () => {
    initial.setHighContrast(true);
    initial.setLargeText(true);
    expect(JSON.parse(sessionStorage.getItem('parcours.present') ?? '{}')).toEqual({
      highContrast: true,
      largeText: true,
    });
    initial.setHighContrast(false);
    expect(JSON.parse(sessionStorage.getItem('parcours.present') ?? '{}')).toEqual({
      highContrast: false,
      largeText: true,
    });
  });
});

describe('workshop timers', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('are kept per stage', () => {
    initial.chooseTimer('stage-a', 2);
    initial.startTimer('stage-a', 1_000);
    initial.chooseTimer('stage-b', 10);
    const state = usePresentStore.getState();
    expect(remainingAt(timerOf(state, 'stage-a'), 31_000)).toBe(90_000);
    expect(remainingAt(timerOf(state, 'stage-b'), 31_000)).toBe(10 * 60_000);
    // A stage never touched offers the default five minutes.
    expect(remainingAt(timerOf(state, 'stage-c'), 31_000)).toBe(5 * 60_000);
  });

  it('use the current time when none is given', () => {
    vi.useFakeTimers();
    vi.setSystemTime(50_000);
    initial.chooseTimer('stage-a', 2);
    initial.startTimer('stage-a');
    vi.advanceTimersByTime(20_000);
    initial.pauseTimer('stage-a');
    vi.advanceTimersByTime(60_000);
    const timer = timerOf(usePresentStore.getState(), 'stage-a');
    expect(remainingAt(timer, Date.now())).toBe(100_000);
    initial.resetTimer('stage-a');
    expect(remainingAt(timerOf(usePresentStore.getState(), 'stage-a'), Date.now())).toBe(120_000);
  });
});

describe('quick-add', () => {
  function setup(journey: Journey = createJourney(HOTEL_STAY_LABELS)) {
    const store = createDocumentStore(journey);
    return { store, actions: createJourneyActions(store), journey };
  }
  const laneOf = (journey: Journey, kind: string) => {
    const lane = journey.lanes.find((l) => l.kind === kind);
    if (!lane) throw new Error(`no ${kind} lane`);
    return lane.id;
  };

  it('adds the lane’s kind of card with its text, as one undo step', () => {
    const { store, actions, journey } = setup();
    const stage = journey.stages[1]?.id ?? '';
    const id = actions.addCardWithText(stage, laneOf(journey, 'painPoints'), 'Queue at check-in');
    const card = id ? store.getState().journey.cards[id] : undefined;
    expect(card).toMatchObject({ kind: 'painPoint', text: 'Queue at check-in', stageId: stage });
    expect(store.getState().history.past).toHaveLength(1);
    actions.undo();
    expect(store.getState().journey.cards).toEqual({});
  });

  it('puts the text where each kind keeps its main text', () => {
    const { store, actions, journey } = setup();
    const stage = journey.stages[0]?.id ?? '';
    const touchpoint = actions.addCardWithText(stage, laneOf(journey, 'touchpoints'), 'App');
    const moment = actions.addCardWithText(stage, laneOf(journey, 'momentsOfTruth'), 'Arrival');
    const cards = store.getState().journey.cards;
    expect(cards[touchpoint ?? '']).toMatchObject({ kind: 'touchpoint', title: 'App' });
    expect(cards[moment ?? '']).toMatchObject({ kind: 'momentOfTruth', title: 'Arrival' });
  });

  it('gives an emotion point to the chosen persona', () => {
    const { store, actions, journey } = setup({
      ...createJourney(HOTEL_STAY_LABELS),
      personaIds: ['camille', 'bruno'],
    });
    const stage = journey.stages[0]?.id ?? '';
    const id = actions.addCardWithText(stage, laneOf(journey, 'emotions'), 'Relieved', 'bruno');
    expect(store.getState().journey.cards[id ?? '']).toMatchObject({
      kind: 'emotion',
      label: 'Relieved',
      personaId: 'bruno',
    });
  });

  it('adds nothing to a missing lane or in a read-only tab', () => {
    const { store, actions, journey } = setup();
    const stage = journey.stages[0]?.id ?? '';
    expect(actions.addCardWithText(stage, 'no-such-lane', 'Lost')).toBeNull();
    store.getState().setReadOnly(true);
    expect(actions.addCardWithText(stage, laneOf(journey, 'actions'), 'Blocked')).toBeNull();
    expect(store.getState().journey.cards).toEqual({});
  });
});
