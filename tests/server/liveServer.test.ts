// @vitest-environment node
// The live server, started for real on a free port with its SQLite file in a temporary folder.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { snapshotOf } from '../../src/live/checkUpdate';
import { liveTypes, readJourneyData, writeJourney } from '../../src/live/liveDoc';
import { writeRoom } from '../../src/live/room';
import { createCard, type Card } from '../../src/model';
import { startLiveServer, type LiveServer } from '../../server/liveServer';
import { connect, until, type NodeClient } from '../live/nodeClient';
import { LABELS, must } from '../model/helpers';
import { createJourney } from '../../src/model/factories';

const folder = mkdtempSync(join(tmpdir(), 'parcours-live-'));
const dataPath = join(folder, 'live.sqlite');
const refusals: Record<string, unknown>[] = [];
let live: LiveServer;
const clients: NodeClient[] = [];

async function start() {
  live = await startLiveServer({
    port: 0,
    host: '127.0.0.1',
    dataPath,
    log: (e) => refusals.push(e),
  });
}

async function newRoom() {
  const response = await fetch(`${live.httpUrl}/rooms`, { method: 'POST' });
  return (await response.json()) as { roomId: string; secret: string; facilitatorKey: string };
}

function join_(room: string, key: string, who: string) {
  const client = connect(live.url, room, key, who);
  clients.push(client);
  return client;
}

/** A room whose facilitator wrote a journey with one card of theirs. */
async function roomWithJourney(permission: 'add' | 'own' | 'all' = 'own') {
  const room = await newRoom();
  const facilitator = join_(room.roomId, room.facilitatorKey, 'facilitator');
  await facilitator.synced;
  const journey = createJourney(LABELS);
  const card = createCard('note', { stageId: journey.stages[0]!.id, laneId: journey.lanes[0]!.id });
  journey.cards[card.id] = { ...card, text: 'Facilitator card' } as Card;
  facilitator.doc.transact(() => {
    writeJourney(facilitator.doc, null, journey);
    liveTypes(facilitator.doc).authors.set(card.id, 'facilitator');
    writeRoom(facilitator.doc, { permission });
  });
  return { room, facilitator, journey, cardId: card.id };
}

const cardsOf = (doc: Y.Doc) =>
  (readJourneyData(doc)?.cards ?? {}) as Record<string, { text?: string }>;

beforeAll(start);
afterEach(() => {
  for (const client of clients.splice(0)) client.close();
});
afterAll(async () => {
  await live.close();
  rmSync(folder, { recursive: true, force: true });
});

describe('the live server', () => {
  it('answers its health check', async () => {
    const response = await fetch(`${live.httpUrl}/health`);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ ok: true });
  });

  it('creates rooms with unguessable keys', async () => {
    const room = await newRoom();
    expect(room.roomId.length).toBeGreaterThanOrEqual(24);
    expect(room.secret.length).toBeGreaterThanOrEqual(24);
    expect(room.facilitatorKey).not.toBe(room.secret);
  });

  it('refuses a wrong or missing secret', async () => {
    const room = await newRoom();
    await expect(join_(room.roomId, 'not-the-secret', 'p1').refused).resolves.toBeTypeOf('string');
    await expect(join_('no-such-room', room.secret, 'p1').refused).resolves.toBeTypeOf('string');
  });

  it('passes a participant card to the facilitator', async () => {
    const { room, facilitator, journey } = await roomWithJourney();
    const participant = join_(room.roomId, room.secret, 'ana');
    await participant.synced;
    await until(() => readJourneyData(participant.doc) !== null, 5_000, 'the journey');
    const card = createCard('note', {
      stageId: journey.stages[1]!.id,
      laneId: journey.lanes[0]!.id,
    });
    participant.doc.transact(() => {
      liveTypes(participant.doc).cards.set(
        card.id,
        new Y.Map(Object.entries({ ...card, text: 'From Ana' })),
      );
      liveTypes(participant.doc).authors.set(card.id, 'ana');
    });
    await until(() => cardsOf(facilitator.doc)[card.id]?.text === 'From Ana', 5_000, 'the card');
  });

  it("refuses a participant's edit of someone else's card and keeps the room as it was", async () => {
    const { room, facilitator, cardId } = await roomWithJourney('own');
    const participant = join_(room.roomId, room.secret, 'ben');
    await participant.synced;
    await until(() => cardId in cardsOf(participant.doc), 5_000, 'the journey');
    refusals.length = 0;
    liveTypes(participant.doc).cards.get(cardId)!.set('color', '#ff0000');
    await until(() => refusals.length > 0, 5_000, 'a refusal');
    expect(refusals[0]).toMatchObject({ event: 'refused', role: 'participant' });
    await new Promise((resolve) => setTimeout(resolve, 200));
    const stored = must(live.server.hocuspocus.documents.get(room.roomId));
    expect(readJourneyData(stored)?.cards).toMatchObject({ [cardId]: { color: null } });
    expect(cardsOf(facilitator.doc)[cardId]).toMatchObject({ color: null });
  });

  it("refuses a read-only participant's write in a locked room", async () => {
    const { room, facilitator, journey } = await roomWithJourney('all');
    facilitator.doc.transact(() => writeRoom(facilitator.doc, { locked: true }));
    const participant = join_(room.roomId, room.secret, 'cleo');
    await participant.synced;
    await until(() => readJourneyData(participant.doc) !== null, 5_000, 'the journey');
    refusals.length = 0;
    liveTypes(participant.doc).meta.set('title', 'Taken over');
    await until(() => refusals.some((entry) => entry.reason === 'read-only'), 5_000, 'a refusal');
    const stored = must(live.server.hocuspocus.documents.get(room.roomId));
    expect(readJourneyData(stored)?.title).toBe(journey.title);
  });

  it('refuses an update that would make the journey invalid, and the room stays valid', async () => {
    const { room, facilitator, journey } = await roomWithJourney('all');
    const crafted = join_(room.roomId, room.secret, 'mallory');
    await crafted.synced;
    await until(() => readJourneyData(crafted.doc) !== null, 5_000, 'the journey');
    refusals.length = 0;
    const bogus = new Y.Map<unknown>(
      Object.entries({
        id: 'x1',
        kind: 'script',
        stageId: journey.stages[0]!.id,
        laneId: journey.lanes[0]!.id,
        order: 0,
        color: null,
        text: '<img src=x onerror=alert(1)>',
      }),
    );
    liveTypes(crafted.doc).cards.set('x1', bogus);
    await until(
      () => refusals.some((entry) => String(entry.reason).startsWith('invalid journey')),
      5_000,
      'a refusal',
    );
    await new Promise((resolve) => setTimeout(resolve, 200));
    const stored = must(live.server.hocuspocus.documents.get(room.roomId));
    expect(snapshotOf(stored).ok).toBe(true);
    expect('x1' in cardsOf(stored)).toBe(false);
    expect('x1' in cardsOf(facilitator.doc)).toBe(false);
  });

  it('refuses an update over the size cap', async () => {
    const { room, journey } = await roomWithJourney('all');
    const crafted = join_(room.roomId, room.secret, 'mallory');
    await crafted.synced;
    refusals.length = 0;
    liveTypes(crafted.doc).meta.set('description', 'x'.repeat(1.5 * 1024 * 1024));
    await until(() => refusals.length > 0, 5_000, 'a refusal');
    const stored = must(live.server.hocuspocus.documents.get(room.roomId));
    expect(readJourneyData(stored)?.description).toBe(journey.description);
  });

  it('keeps every room across a restart', async () => {
    const { room, facilitator, cardId } = await roomWithJourney();
    await until(() => !facilitator.provider.hasUnsyncedChanges, 5_000, 'the sync');
    for (const client of clients.splice(0)) client.close();
    await live.close();
    await start();
    const again = join_(room.roomId, room.facilitatorKey, 'facilitator');
    await again.synced;
    await until(() => cardId in cardsOf(again.doc), 5_000, 'the stored card');
    expect(cardsOf(again.doc)[cardId]?.text).toBe('Facilitator card');
  });

  it('forgets a room its facilitator removes', async () => {
    const room = await newRoom();
    const wrong = await fetch(`${live.httpUrl}/rooms/${room.roomId}`, {
      method: 'DELETE',
      headers: { Authorization: `Bearer ${room.secret}` },
    });
    expect(wrong.status).toBe(403);
    const right = await fetch(`${live.httpUrl}/rooms/${room.roomId}`, {
      method: 'DELETE',
      headers: { Authorization: `Bearer ${room.facilitatorKey}` },
    });
    expect(right.status).toBe(200);
    await expect(join_(room.roomId, room.facilitatorKey, 'f').refused).resolves.toBeTypeOf(
      'string',
    );
  });
});
