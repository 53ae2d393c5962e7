// The live binding: two people's journey stores, each bound to its own Yjs document, the two
// documents passing updates to each other as the server would.
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { DEFAULT_ROOM, setVote, type LivePermission } from '../../src/live/room';
import { createProjector } from '../../src/live/projector';
import { readJourneyData } from '../../src/live/liveDoc';
import { bindJourney, type LiveBinding } from '../../src/services/live/binding';
import { createJourneyActions } from '../../src/store/actions';
import { createDocumentStore } from '../../src/store/documentStore';
import { createJourney } from '../../src/model/factories';
import { LABELS, must } from '../model/helpers';

const bindings: LiveBinding[] = [];
afterEach(() => bindings.splice(0).forEach((binding) => binding.stop()));

/** Two documents that deliver every update to each other, unless `link.offline`. */
function linkedDocs() {
  const a = new Y.Doc();
  const b = new Y.Doc();
  const link = { offline: false };
  a.on('update', (update: Uint8Array, origin: unknown) => {
    if (origin !== 'wire' && !link.offline) Y.applyUpdate(b, update, 'wire');
  });
  b.on('update', (update: Uint8Array, origin: unknown) => {
    if (origin !== 'wire' && !link.offline) Y.applyUpdate(a, update, 'wire');
  });
  const reconnect = () => {
    link.offline = false;
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)), 'wire');
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)), 'wire');
  };
  return { a, b, link, reconnect };
}

function person(doc: Y.Doc, role: 'facilitator' | 'participant', participantId: string) {
  const journey = createJourney(LABELS);
  const store = createDocumentStore(journey);
  const refused: string[] = [];
  const binding = bindJourney(doc, store, {
    actor: { role, participantId },
    onRefused: (reason) => refused.push(reason),
  });
  bindings.push(binding);
  return { store, actions: createJourneyActions(store), binding, refused };
}

function room(permission: LivePermission = 'own') {
  const { a, b, link, reconnect } = linkedDocs();
  const facilitator = person(a, 'facilitator', 'fac');
  facilitator.binding.seed(facilitator.store.getState().journey, { ...DEFAULT_ROOM, permission });
  const participant = person(b, 'participant', 'ana');
  participant.binding.pull();
  return { facilitator, participant, link, reconnect, a, b };
}

const cell = (journey: ReturnType<typeof createJourney>, stage = 0, lane = 0) => ({
  stageId: must(journey.stages[stage]).id,
  laneId: must(journey.lanes[lane]).id,
});

describe('a live journey bound to the store', () => {
  it('gives a participant the facilitator journey as it is', () => {
    const { facilitator, participant } = room();
    expect(participant.store.getState().journey).toEqual(facilitator.store.getState().journey);
  });

  it('passes added, edited, moved and deleted cards both ways', () => {
    const { facilitator, participant } = room('all');
    const journey = facilitator.store.getState().journey;
    const { stageId, laneId } = cell(journey);
    const id = must(participant.actions.addCardWithText(stageId, laneId, 'Hello'));
    expect(facilitator.store.getState().journey.cards[id]).toMatchObject({ text: 'Hello' });
    facilitator.actions.updateCard(id, { text: 'Hello world' });
    expect(participant.store.getState().journey.cards[id]).toMatchObject({ text: 'Hello world' });
    const target = cell(journey, 2, 0);
    participant.actions.moveCard(id, target.stageId, target.laneId);
    expect(facilitator.store.getState().journey.cards[id]).toMatchObject(target);
    facilitator.actions.deleteCards([id]);
    expect(participant.store.getState().journey.cards[id]).toBeUndefined();
  });

  it('keeps both texts when two people type in the same card at once', () => {
    const { facilitator, participant, link, reconnect } = room('all');
    const { stageId, laneId } = cell(facilitator.store.getState().journey);
    const id = must(facilitator.actions.addCardWithText(stageId, laneId, 'Checkout'));
    link.offline = true;
    facilitator.actions.updateCard(id, { text: 'Checkout is slow' });
    participant.actions.updateCard(id, { text: 'Mobile Checkout' });
    reconnect();
    const a = facilitator.store.getState().journey.cards[id];
    const b = participant.store.getState().journey.cards[id];
    expect(a).toEqual(b);
    expect(a).toMatchObject({ text: 'Mobile Checkout is slow' });
  });

  it('merges what both sides did while one was offline', () => {
    const { facilitator, participant, link, reconnect } = room('all');
    const journey = facilitator.store.getState().journey;
    link.offline = true;
    const mine = must(
      facilitator.actions.addCardWithText(cell(journey).stageId, cell(journey).laneId, 'F'),
    );
    const theirs = must(
      participant.actions.addCardWithText(cell(journey, 1).stageId, cell(journey, 1).laneId, 'P'),
    );
    facilitator.actions.renameJourney('Renamed offline');
    reconnect();
    for (const side of [facilitator, participant]) {
      const cards = side.store.getState().journey.cards;
      expect(Object.keys(cards).sort()).toEqual([mine, theirs].sort());
      expect(side.store.getState().journey.title).toBe('Renamed offline');
    }
  });

  it('undoes only your own changes', () => {
    const { facilitator, participant } = room('all');
    const { stageId, laneId } = cell(facilitator.store.getState().journey);
    const own = must(facilitator.actions.addCardWithText(stageId, laneId, 'Mine'));
    const other = must(participant.actions.addCardWithText(stageId, laneId, 'Theirs'));
    expect(facilitator.store.getState().externalHistory?.canUndo).toBe(true);
    facilitator.actions.undo();
    const cards = facilitator.store.getState().journey.cards;
    expect(cards[own]).toBeUndefined();
    expect(cards[other]).toBeDefined();
    expect(participant.store.getState().journey.cards[own]).toBeUndefined();
    facilitator.actions.redo();
    expect(participant.store.getState().journey.cards[own]).toBeDefined();
  });

  it("takes back a participant's edit of someone else's card, and says why", () => {
    const { facilitator, participant } = room('own');
    const { stageId, laneId } = cell(facilitator.store.getState().journey);
    const id = must(facilitator.actions.addCardWithText(stageId, laneId, 'Facilitator'));
    participant.actions.updateCard(id, { text: 'Changed' });
    expect(participant.refused).toHaveLength(1);
    expect(participant.store.getState().journey.cards[id]).toMatchObject({ text: 'Facilitator' });
    expect(facilitator.store.getState().journey.cards[id]).toMatchObject({ text: 'Facilitator' });
    const mine = must(participant.actions.addCardWithText(stageId, laneId, 'Mine'));
    participant.actions.updateCard(mine, { text: 'Mine, edited' });
    expect(facilitator.store.getState().journey.cards[mine]).toMatchObject({
      text: 'Mine, edited',
    });
  });

  it('refuses a participant a new stage unless they may edit everything', () => {
    const { facilitator, participant } = room('add');
    participant.actions.addStage('Extra');
    expect(participant.refused).toHaveLength(1);
    expect(facilitator.store.getState().journey.stages).toHaveLength(4);
  });

  it('keeps the objects of cards a remote change did not touch', () => {
    const { facilitator, participant } = room('all');
    const { stageId, laneId } = cell(facilitator.store.getState().journey);
    const first = must(facilitator.actions.addCardWithText(stageId, laneId, 'One'));
    const second = must(facilitator.actions.addCardWithText(stageId, laneId, 'Two'));
    const before = participant.store.getState().journey;
    facilitator.actions.updateCard(second, { text: 'Two!' });
    const after = participant.store.getState().journey;
    expect(after.cards[first]).toBe(before.cards[first]);
    expect(after.cards[second]).not.toBe(before.cards[second]);
    expect(after.stages).toBe(before.stages);
  });

  it('leaves out a card whose lane someone removed meanwhile', () => {
    const { facilitator, participant, link, reconnect, b } = room('all');
    const journey = facilitator.store.getState().journey;
    const lane = must(journey.lanes[2]).id;
    link.offline = true;
    facilitator.actions.removeLane(lane);
    must(participant.actions.addCardWithText(must(journey.stages[0]).id, lane, 'Orphan'));
    reconnect();
    expect(Object.keys(facilitator.store.getState().journey.cards)).toHaveLength(0);
    expect(Object.keys(must(readJourneyData(b)).cards as object)).toHaveLength(0);
    expect(createProjector(b).read()?.lanes).toHaveLength(6);
  });

  it('leaves votes out of the journey', () => {
    const { facilitator, a } = room('all');
    setVote(a, 'fac', 'some-card', 2);
    expect(facilitator.store.getState().journey).not.toHaveProperty('votes');
  });
});
