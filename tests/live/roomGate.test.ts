// @vitest-environment node
// The room's gate on the server: it checks each update on its own copy of the room, on top of the
// updates it accepted before, even when the server has not applied those yet.
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { checkUpdate, createRoomGate, snapshotOf } from '../../src/live/checkUpdate';
import { liveTypes, writeJourney } from '../../src/live/liveDoc';
import { DEFAULT_ROOM, writeRoom } from '../../src/live/room';
import { createCard, createJourney, type Card, type Journey } from '../../src/model';
import { LABELS, must } from '../model/helpers';

const PARTICIPANT = { role: 'participant', participantId: 'ana' } as const;

/** A room holding a journey, and a participant's document synced with it, whose updates we keep. */
function room() {
  const server = new Y.Doc();
  const journey = createJourney(LABELS);
  server.transact(() => {
    writeJourney(server, null, journey);
    writeRoom(server, DEFAULT_ROOM);
  });
  const participant = new Y.Doc();
  Y.applyUpdate(participant, Y.encodeStateAsUpdate(server));
  const sent: Uint8Array[] = [];
  participant.on('update', (update: Uint8Array, origin: unknown) => {
    if (origin !== 'server') sent.push(update);
  });
  return { server, participant, journey, sent };
}

/** The participant adds a card of theirs, as the app's binding writes it. */
function addCard(doc: Y.Doc, from: Journey, text: string): Journey {
  const card = {
    ...createCard('note', { stageId: must(from.stages[0]).id, laneId: must(from.lanes[0]).id }),
    text,
  } as Card;
  const next = {
    ...from,
    cards: { ...from.cards, [card.id]: card },
    updatedAt: new Date(Date.parse(from.updatedAt) + 1000).toISOString(),
  };
  doc.transact(() => {
    writeJourney(doc, from, next);
    liveTypes(doc).authors.set(card.id, PARTICIPANT.participantId);
  });
  return next;
}

describe('the room gate', () => {
  it('checks an update on top of the one before it, which the server has not applied yet', () => {
    const { server, participant, journey, sent } = room();
    // Another participant, whose updatedAt wins a tie over Ana’s (a higher client id).
    const other = new Y.Doc();
    other.clientID = participant.clientID + 1;
    Y.applyUpdate(other, Y.encodeStateAsUpdate(server));
    const otherSent: Uint8Array[] = [];
    other.on('update', (update: Uint8Array) => otherSent.push(update));

    // Ana adds a card; before the server gets to it, the other card arrives and Ana receives it.
    const first = addCard(participant, journey, 'Queue at the desk');
    addCard(other, journey, 'Cold room');
    const gate = createRoomGate();
    expect(gate.check(server, must(otherSent[0]), PARTICIPANT)).toEqual({ ok: true });
    Y.applyUpdate(server, must(otherSent[0]));
    Y.applyUpdate(participant, must(otherSent[0]), 'server');
    addCard(participant, { ...first, updatedAt: '2030-01-01T00:00:00.000Z' }, 'No parking');
    const [one, two] = [must(sent[0]), must(sent[1])];

    // Ana's second update replaces the other's updatedAt and builds on her first: checked
    // on the room alone, the room would lose its updatedAt.
    expect(checkUpdate(server, two, PARTICIPANT)).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/updatedAt/),
    });

    expect(gate.check(server, one, PARTICIPANT)).toEqual({ ok: true });
    expect(gate.check(server, two, PARTICIPANT)).toEqual({ ok: true });
    Y.applyUpdate(server, one);
    Y.applyUpdate(server, two);
    const after = snapshotOf(server);
    expect(after.ok && Object.keys(after.value.journey?.cards ?? {})).toHaveLength(3);
  });

  it('forgets a refused update: the next one is checked on the room as it is', () => {
    const { server, participant, journey, sent } = room();
    const gate = createRoomGate();
    // A participant may not rename the journey.
    participant.transact(() => liveTypes(participant).meta.set('title', 'Mine now'));
    expect(gate.check(server, must(sent[0]), PARTICIPANT)).toEqual({
      ok: false,
      reason: 'participants may only add cards',
    });

    const fresh = new Y.Doc();
    Y.applyUpdate(fresh, Y.encodeStateAsUpdate(server));
    const updates: Uint8Array[] = [];
    fresh.on('update', (update: Uint8Array) => updates.push(update));
    addCard(fresh, journey, 'Late check-in');
    expect(gate.check(server, must(updates[0]), PARTICIPANT)).toEqual({ ok: true });
    Y.applyUpdate(server, must(updates[0]));
    expect(liveTypes(server).meta.get('title')).toBe(journey.title);
  });

  it('refuses a card that breaks the journey schema, and keeps checking after it', () => {
    const { server, participant, journey, sent } = room();
    const gate = createRoomGate();
    const next = addCard(participant, journey, 'Fine');
    expect(gate.check(server, must(sent[0]), PARTICIPANT)).toEqual({ ok: true });
    Y.applyUpdate(server, must(sent[0]));
    const id = must(Object.keys(next.cards)[0]);
    participant.transact(() => liveTypes(participant).cards.get(id)?.set('order', 'first'));
    expect(gate.check(server, must(sent[1]), PARTICIPANT)).toMatchObject({ ok: false });
    expect(snapshotOf(server).ok).toBe(true);
  });
});
