// @vitest-environment node
// A live session from the facilitator's side, against the live server started for real: starting
// seeds the room with the journey, participants' cards and votes arrive, the room locks and ends,
// and an unreachable server is reported as such.
import 'fake-indexeddb/auto';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import WebSocket from 'ws';
import { readJourneyData } from '../../src/live/liveDoc';
import { readRoom, setVote } from '../../src/live/room';
import { createCard } from '../../src/model';
import { createJourney } from '../../src/model/factories';
import {
  LiveServerError,
  createRoom,
  endLive,
  leaveLive,
  resumeLive,
  setRoom,
  startLive,
  useLiveStore,
  vote,
} from '../../src/services/live/liveSession';
import { createDocumentStore } from '../../src/store/documentStore';
import { startLiveServer, type LiveServer } from '../../server/liveServer';
import { repository } from '../../src/services/storage';
import { LIVE_RESUME_KEY } from '../../src/store/liveEntryStore';
import { MemoryStorage } from '../persistence/helpers';
import { LABELS, must } from '../model/helpers';
import { connect, until, type NodeClient } from './nodeClient';

let live: LiveServer;
const clients: NodeClient[] = [];

beforeAll(async () => {
  vi.stubGlobal('WebSocket', WebSocket);
  vi.stubGlobal('window', new EventTarget());
  vi.stubGlobal('navigator', { onLine: true });
  vi.stubGlobal('localStorage', new Map<string, string>() as unknown as Storage);
  vi.stubGlobal('sessionStorage', new MemoryStorage());
  live = await startLiveServer({ port: 0, host: '127.0.0.1', dataPath: ':memory:', log: () => {} });
});

afterEach(() => {
  leaveLive();
  clients.splice(0).forEach((client) => client.close());
});

afterAll(async () => {
  await live.close();
  vi.unstubAllGlobals();
});

function journeyWithACard() {
  const journey = createJourney(LABELS);
  const stage = must(journey.stages[0]);
  const lane = must(journey.lanes[0]);
  const card = createCard('note', { stageId: stage.id, laneId: lane.id });
  return { ...journey, cards: { [card.id]: { ...card, text: 'Seed card' } } };
}

async function started(permission: 'add' | 'own' | 'all' = 'own') {
  const store = createDocumentStore(journeyWithACard());
  const info = await startLive({ server: live.url, name: 'Fatou', permission, dots: 3 }, store);
  await until(() => useLiveStore.getState().status === 'connected', 5_000, 'the facilitator');
  const participant = connect(live.url, info.invite.room, info.invite.key, 'pia');
  clients.push(participant);
  await participant.synced;
  return { store, info, participant };
}

describe('a live session, facilitator side', () => {
  it('seeds the room with the journey and the settings chosen', async () => {
    const { store, participant } = await started('add');
    await until(() => readJourneyData(participant.doc) !== null, 5_000, 'the seed');
    const seeded = must(readJourneyData(participant.doc));
    expect(Object.keys(seeded.cards as object)).toEqual(
      Object.keys(store.getState().journey.cards),
    );
    expect(readRoom(participant.doc)).toMatchObject({ permission: 'add', dots: 3, locked: false });
    expect(useLiveStore.getState().session?.role).toBe('facilitator');
  });

  it('shows participants’ votes and everyone’s dots', async () => {
    const { store, participant } = await started();
    const cardId = must(Object.keys(store.getState().journey.cards)[0]);
    await until(() => readJourneyData(participant.doc) !== null, 5_000, 'the seed');
    participant.doc.transact(() => setVote(participant.doc, 'pia', cardId, 2));
    await until(() => useLiveStore.getState().votes.pia?.[cardId] === 2, 5_000, 'the vote');
    vote(cardId, 1);
    const me = must(useLiveStore.getState().session).participantId;
    await until(() => readRoom(participant.doc).dots === 3, 5_000, 'the room');
    await until(() => participant.doc.getMap('votes').toJSON()[me]?.[cardId] === 1);
  });

  it('locks the room, and ending it leaves the journey in the store as it is', async () => {
    const { store, participant } = await started();
    setRoom({ locked: true });
    await until(() => readRoom(participant.doc).locked, 5_000, 'the lock');
    const before = store.getState().journey;
    await endLive();
    expect(readRoom(participant.doc).ended).toBe(true);
    expect(useLiveStore.getState()).toMatchObject({ session: null, ended: true });
    expect(store.getState().journey).toEqual(before);
    expect(store.getState().externalHistory).toBeNull();
  });

  it('rejoins after a reload, keeping edits the room never received as a copy in the library', async () => {
    const { store, participant } = await started();
    const journeyId = store.getState().journey.id;
    const resume = () =>
      JSON.parse(sessionStorage.getItem(LIVE_RESUME_KEY + journeyId) ?? 'null') as {
        syncedAt?: string;
      } | null;
    await until(
      () => resume()?.syncedAt === store.getState().journey.updatedAt,
      5_000,
      'the room to hold every edit',
    );
    // The tab goes away; edits made meanwhile stay on this device only.
    leaveLive();
    store.getState().edit((draft) => {
      draft.title = 'Renamed while cut off';
    });

    expect(resumeLive(store)).toBe(true);
    await until(() => useLiveStore.getState().keptCopy !== null, 5_000, 'the copy');
    // The map shows the room again, and the library holds what the tab had.
    expect(store.getState().journey.title).toBe(readJourneyData(participant.doc)?.title);
    const { journeys } = await repository().listJourneys();
    const copy = journeys.find((journey) => journey.title === useLiveStore.getState().keptCopy);
    expect(copy?.title).toMatch(/^Renamed while cut off \(/);
    expect(Object.keys(copy?.cards ?? {})).toEqual(Object.keys(store.getState().journey.cards));
  });

  it('rejoins with nothing to keep when the room had every edit', async () => {
    const { store } = await started();
    const journeyId = store.getState().journey.id;
    await until(
      () =>
        (
          JSON.parse(sessionStorage.getItem(LIVE_RESUME_KEY + journeyId) ?? '{}') as {
            syncedAt?: string;
          }
        ).syncedAt === store.getState().journey.updatedAt,
      5_000,
      'the room to hold every edit',
    );
    leaveLive();
    expect(resumeLive(store)).toBe(true);
    await until(() => useLiveStore.getState().status === 'connected', 5_000, 'the rejoin');
    expect(useLiveStore.getState().keptCopy).toBeNull();
  });

  it('says so when the server cannot be reached', async () => {
    await expect(createRoom('ws://127.0.0.1:9')).rejects.toEqual(
      new LiveServerError('unreachable'),
    );
  });
});
