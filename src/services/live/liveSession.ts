// A live session on this device: the Yjs document, its Hocuspocus connection and its binding to a
// journey store, plus what the interface shows about it (connection state, room settings, votes,
// who is in the room). Loaded on first use only: the editor downloads none of it until Live is used.
import {
  HocuspocusProvider,
  HocuspocusProviderWebsocket,
  WebSocketStatus,
} from '@hocuspocus/provider';
import * as Y from 'yjs';
import { create } from 'zustand';
import { createId, type Id, type Journey } from '../../model';
import { hasJourney, liveTypes } from '../../live/liveDoc';
import type { LiveRole } from '../../live/permissions';
import {
  DEFAULT_ROOM,
  readRoom,
  setVote,
  writeRoom,
  type RoomSettings,
  type Votes,
} from '../../live/room';
import { liveToken } from '../../live/token';
import type { DocumentStore } from '../../store/documentStore';
import { LIVE_RESUME_KEY } from '../../store/liveEntryStore';
import { repository } from '../storage';
import { httpOf, personId, roomColours, type LiveInvite } from './address';
import { bindJourney, type LiveBinding } from './binding';

export type LiveStatus = 'connecting' | 'connected' | 'reconnecting' | 'offline' | 'refused';

/** Someone in the room, as their device announces itself. */
export interface Peer {
  clientId: number;
  id: string;
  name: string;
  colour: string;
  role: LiveRole;
  /** Where their pointer is on the map, in map coordinates. */
  cursor: { x: number; y: number } | null;
  /** The cards they have selected. */
  selection: Id[];
  self: boolean;
}

export interface LiveSessionInfo {
  role: LiveRole;
  invite: LiveInvite;
  participantId: string;
  name: string;
}

export interface LiveState {
  session: LiveSessionInfo | null;
  status: LiveStatus;
  /** The room has a journey (the facilitator's seed arrived). */
  ready: boolean;
  settings: RoomSettings;
  votes: Votes;
  peers: Peer[];
  /** Why the last local edit was taken back, with when, for a passing message. */
  refusal: { reason: string; at: number } | null;
  /** This facilitator ended the session (shown until another starts). */
  ended: boolean;
  /** The "sort by votes" focus: cards ranked by their dots, the map dimmed round the voted ones. */
  byVotes: boolean;
  /**
   * On rejoining, this tab held edits the room never received: they were kept as a copy of the
   * journey in the library, under this title, before the room's journey came back.
   */
  keptCopy: string | null;
}

const IDLE: LiveState = {
  session: null,
  status: 'connecting',
  ready: false,
  settings: DEFAULT_ROOM,
  votes: {},
  peers: [],
  refusal: null,
  ended: false,
  byVotes: false,
  keptCopy: null,
};

export const useLiveStore = create<LiveState>()(() => IDLE);

/** The server could not be reached, or refused to create a room. */
export class LiveServerError extends Error {}

interface Connection {
  /** The facilitator's journey, whose session this tab may resume. */
  journeyId: string;
  doc: Y.Doc;
  socket: HocuspocusProviderWebsocket;
  provider: HocuspocusProvider;
  binding: LiveBinding;
  cleanup: (() => void)[];
}

let current: Connection | null = null;
const ROOM_ORIGIN = { parcours: 'room' } as const;

/** Asks the server for a new room; its keys come back once, and are never shown again. */
export async function createRoom(
  server: string,
): Promise<{ roomId: string; secret: string; facilitatorKey: string }> {
  let response: Response;
  try {
    response = await fetch(`${httpOf(server)}/rooms`, {
      method: 'POST',
      signal: AbortSignal.timeout(8_000),
    });
  } catch {
    throw new LiveServerError('unreachable');
  }
  const body: unknown = response.ok ? await response.json().catch(() => null) : null;
  const room = body as Record<string, unknown> | null;
  if (
    !room ||
    typeof room.roomId !== 'string' ||
    typeof room.secret !== 'string' ||
    typeof room.facilitatorKey !== 'string'
  ) {
    throw new LiveServerError('refused');
  }
  return { roomId: room.roomId, secret: room.secret, facilitatorKey: room.facilitatorKey };
}

function readPeers(provider: HocuspocusProvider): Peer[] {
  const awareness = provider.awareness;
  if (!awareness) return [];
  const peers: Peer[] = [];
  for (const [clientId, state] of awareness.getStates()) {
    const user = (state as { user?: Record<string, unknown> }).user;
    if (!user || typeof user.id !== 'string' || typeof user.name !== 'string') continue;
    const cursor = (state as { cursor?: unknown }).cursor as { x?: unknown; y?: unknown } | null;
    const selection = (state as { selection?: unknown }).selection;
    peers.push({
      clientId,
      id: user.id,
      name: user.name.slice(0, 60),
      colour: '',
      role: user.role === 'facilitator' ? 'facilitator' : 'participant',
      cursor:
        cursor && typeof cursor.x === 'number' && typeof cursor.y === 'number'
          ? { x: cursor.x, y: cursor.y }
          : null,
      selection: Array.isArray(selection)
        ? selection.filter((id): id is string => typeof id === 'string').slice(0, 200)
        : [],
      self: clientId === awareness.clientID,
    });
  }
  const colours = roomColours(peers.map((peer) => peer.id));
  for (const peer of peers) peer.colour = colours.get(peer.id) ?? peer.colour;
  return peers.sort((a, b) => Number(b.self) - Number(a.self) || a.name.localeCompare(b.name));
}

function readVotesOf(doc: Y.Doc): Votes {
  const votes: Votes = {};
  for (const [person, cards] of liveTypes(doc).votes.entries()) {
    if (cards instanceof Y.Map) votes[person] = cards.toJSON() as Record<string, number>;
  }
  return votes;
}

/**
 * Connects this device to a room and binds `store` to it. The facilitator's journey is written
 * into a room that holds none yet (`seed`); anyone else reads the room's journey into the store.
 */
function connect(
  info: LiveSessionInfo,
  key: string,
  store: DocumentStore,
  seed: RoomSettings | null,
  resume: Resume | null = null,
): void {
  leaveLive();
  /** The journey this tab holds before the room's comes in: on a rejoin, it may be newer. */
  const atRejoin = store.getState().journey;
  const doc = new Y.Doc();
  const cleanup: (() => void)[] = [];
  const set = useLiveStore.setState;
  set({ ...IDLE, session: info, status: navigator.onLine ? 'connecting' : 'offline' });

  const binding = bindJourney(doc, store, {
    actor: { role: info.role, participantId: info.participantId },
    onRefused: (reason) => set({ refusal: { reason, at: Date.now() } }),
  });
  const socket = new HocuspocusProviderWebsocket({
    url: info.invite.server,
    delay: 500,
    minDelay: 500,
    maxDelay: 4_000,
    // A dead link is noticed within seconds, not the default half minute.
    messageReconnectTimeout: 12_000,
  });
  let synced = false;
  const provider = new HocuspocusProvider({
    websocketProvider: socket,
    name: info.invite.room,
    document: doc,
    token: liveToken({ key, participantId: info.participantId }),
    onAuthenticationFailed: () => set({ status: 'refused' }),
    onStatus: ({ status }) => {
      if (useLiveStore.getState().status === 'refused') return;
      if (!navigator.onLine) set({ status: 'offline' });
      else if (status !== WebSocketStatus.Connected) {
        set({ status: synced ? 'reconnecting' : 'connecting' });
      }
    },
    onSynced: () => {
      const first = !synced;
      synced = true;
      if (seed && !hasJourney(doc)) binding.seed(store.getState().journey, seed);
      else {
        // Rejoining: what this tab changed after the room last had all of it is replaced by the
        // room's journey as it arrives. It is kept, as a copy in the library.
        if (first && resume && hasJourney(doc) && atRejoin.updatedAt !== resume.syncedAt) {
          void keepCopy(atRejoin);
        }
        binding.pull();
      }
      set({ status: 'connected', ready: hasJourney(doc) });
      noteSynced();
    },
    onAwarenessChange: () => set({ peers: readPeers(provider) }),
  });
  /** The facilitator's tab notes the version the room holds all of, for a rejoin to compare. */
  const noteSynced = () => {
    // Only while connected: a connection being taken down says nothing about the room.
    if (current?.provider !== provider || info.role !== 'facilitator') return;
    if (!synced || provider.hasUnsyncedChanges) return;
    const resumeNow = resumable(store.getState().journey.id);
    const syncedAt = store.getState().journey.updatedAt;
    if (resumeNow && resumeNow.syncedAt !== syncedAt) {
      remember(store.getState().journey.id, { ...resumeNow, syncedAt });
    }
  };
  provider.on('unsyncedChanges', noteSynced);
  cleanup.push(() => provider.off('unsyncedChanges', noteSynced));
  provider.awareness?.setLocalStateField('user', {
    id: info.participantId,
    name: info.name,
    role: info.role,
  });

  const types = liveTypes(doc);
  const onRoom = () =>
    set({ settings: readRoom(doc), votes: readVotesOf(doc), ready: hasJourney(doc) });
  types.room.observe(onRoom);
  types.votes.observeDeep(onRoom);
  types.meta.observe(onRoom);
  cleanup.push(() => {
    types.room.unobserve(onRoom);
    types.votes.unobserveDeep(onRoom);
    types.meta.unobserve(onRoom);
  });

  // Off the network, everyone keeps editing; the provider merges on its way back.
  const offline = () => {
    set({ status: 'offline' });
    socket.disconnect();
  };
  const online = () => {
    set({ status: synced ? 'reconnecting' : 'connecting' });
    void socket.connect();
  };
  window.addEventListener('offline', offline);
  window.addEventListener('online', online);
  cleanup.push(() => {
    window.removeEventListener('offline', offline);
    window.removeEventListener('online', online);
  });

  provider.attach();
  current = { journeyId: store.getState().journey.id, doc, socket, provider, binding, cleanup };
}

/** What a facilitator's tab keeps to rejoin its session after a reload: for this tab only. */
interface Resume {
  info: LiveSessionInfo;
  facilitatorKey: string;
  /** The journey's `updatedAt` when the room last held every edit of this tab. */
  syncedAt?: string;
}

/** Stores `journey` as a new journey in the library, and says so in the live panel. */
async function keepCopy(journey: Journey): Promise<void> {
  const now = new Date().toISOString();
  const title = `${journey.title} (${new Date().toLocaleString()})`;
  try {
    await repository().saveJourney({
      ...journey,
      id: createId(),
      title,
      createdAt: now,
      updatedAt: now,
    });
    useLiveStore.setState({ keptCopy: title });
  } catch {
    // Storage refused it: the journey in the store is still what this tab had until the pull.
  }
}

function remember(journeyId: string, resume: Resume | null): void {
  try {
    if (resume) sessionStorage.setItem(LIVE_RESUME_KEY + journeyId, JSON.stringify(resume));
    else sessionStorage.removeItem(LIVE_RESUME_KEY + journeyId);
  } catch {
    // Storage can be blocked: a reload then leaves the session.
  }
}

function resumable(journeyId: string): Resume | null {
  try {
    const saved = JSON.parse(
      sessionStorage.getItem(LIVE_RESUME_KEY + journeyId) ?? 'null',
    ) as Resume | null;
    return saved?.info?.role === 'facilitator' && typeof saved.facilitatorKey === 'string'
      ? saved
      : null;
  } catch {
    return null;
  }
}

export const canResume = (journeyId: string) => resumable(journeyId) !== null;

/**
 * Rejoins the session this tab started on the journey the store holds (after a reload): the
 * room's journey, with everything added meanwhile, comes back into the store.
 */
export function resumeLive(store: DocumentStore): boolean {
  const saved = resumable(store.getState().journey.id);
  if (saved) connect(saved.info, saved.facilitatorKey, store, null, saved);
  return saved !== null;
}

/** Creates a room on `server`, writes the journey the store holds into it and joins it. */
export async function startLive(
  options: { server: string; name: string; permission: RoomSettings['permission']; dots: number },
  store: DocumentStore,
): Promise<LiveSessionInfo> {
  const room = await createRoom(options.server);
  const info: LiveSessionInfo = {
    role: 'facilitator',
    invite: { room: room.roomId, key: room.secret, server: options.server },
    participantId: personId(),
    name: options.name,
  };
  connect(info, room.facilitatorKey, store, {
    ...DEFAULT_ROOM,
    permission: options.permission,
    dots: options.dots,
  });
  remember(store.getState().journey.id, { info, facilitatorKey: room.facilitatorKey });
  return info;
}

/** Joins a room as a participant and reads its journey into `store`. */
export function joinLive(invite: LiveInvite, name: string, store: DocumentStore): void {
  connect(
    { role: 'participant', invite, participantId: personId(), name },
    invite.key,
    store,
    null,
  );
}

/** The facilitator changes the room: permission, dots, locked, ended or the stage they lead. */
export function setRoom(settings: Partial<RoomSettings>): void {
  const doc = current?.doc;
  if (doc) doc.transact(() => writeRoom(doc, settings), ROOM_ORIGIN);
}

/** Puts this person's dots on a card (0 takes them back). */
export function vote(cardId: Id, count: number): void {
  const doc = current?.doc;
  const me = useLiveStore.getState().session?.participantId;
  if (doc && me) doc.transact(() => setVote(doc, me, cardId, count), ROOM_ORIGIN);
}

/** Tells the others where this person's pointer is and what they selected. */
export function sharePresence(fields: { cursor?: Peer['cursor']; selection?: Id[] }): void {
  const awareness = current?.provider.awareness;
  if (!awareness) return;
  for (const [key, value] of Object.entries(fields)) awareness.setLocalStateField(key, value);
}

/** Resolves once every local change reached the server, or after `timeout` ms. */
export async function flushLive(timeout = 3_000): Promise<void> {
  const end = Date.now() + timeout;
  while (current?.provider.hasUnsyncedChanges && Date.now() < end) {
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** The facilitator ends the session: participants can no longer write; this device leaves. */
export async function endLive(): Promise<void> {
  setRoom({ ended: true, leadStageId: null });
  if (current) remember(current.journeyId, null);
  await flushLive();
  leaveLive();
  useLiveStore.setState({ ended: true });
}

/** Leaves the room; the journey stays in the store as it is. */
export function leaveLive(): void {
  const connection = current;
  current = null;
  if (!connection) return;
  for (const stop of connection.cleanup) stop();
  connection.binding.stop();
  connection.provider.destroy();
  connection.socket.destroy();
  connection.doc.destroy();
  useLiveStore.setState(IDLE);
}
