// The Parcours live server: a Hocuspocus server whose rooms are stored in SQLite. It creates rooms
// with unguessable keys, lets in only who holds one, makes participants read-only in a locked or
// ended room, and checks every incoming update (size, journey schema and limits, permissions) on a
// copy of the room before it is applied: a refused update is logged and its connection closed.
import { Database } from '@hocuspocus/extension-database';
import { Server, type Connection, type Document } from '@hocuspocus/server';
import * as decoding from 'lib0/decoding';
import type { IncomingMessage, ServerResponse } from 'node:http';
import * as Y from 'yjs';
import { LIVE_CAPS, createRoomGate, type LiveCaps, type RoomGate } from '../src/live/checkUpdate';
import type { LiveActor } from '../src/live/permissions';
import { readRoom } from '../src/live/room';
import { parseLiveToken } from '../src/live/token';
import { openRoomStore, type RoomStore } from './roomStore';

export interface LiveServerOptions {
  port: number;
  /** Where the SQLite file lives; ':memory:' keeps nothing. */
  dataPath: string;
  host?: string;
  caps?: Partial<LiveCaps>;
  /** Where refusals and errors go; one JSON object per line. */
  log?: (entry: Record<string, unknown>) => void;
}

/** Hocuspocus's message types that carry a Yjs sync message. */
const SYNC_MESSAGES = new Set([0, 4]);
const SYNC_STEP_2 = 1;
const SYNC_UPDATE = 2;

/** The Yjs update a raw incoming message carries, or null when it carries none. */
export function updateIn(message: Uint8Array): Uint8Array | null {
  try {
    const decoder = decoding.createDecoder(message);
    decoding.readVarString(decoder);
    if (!SYNC_MESSAGES.has(decoding.readVarUint(decoder))) return null;
    const step = decoding.readVarUint(decoder);
    if (step !== SYNC_STEP_2 && step !== SYNC_UPDATE) return null;
    return decoding.readVarUint8Array(decoder);
  } catch {
    return null;
  }
}

interface ConnectionContext {
  actor?: LiveActor;
}

function sendJson(response: ServerResponse, status: number, body: unknown) {
  response.writeHead(status, { 'Content-Type': 'application/json' });
  response.end(JSON.stringify(body));
}

/** Participants of a locked or ended room can read it but not write to it. */
function applyRoomLock(document: Document) {
  const { locked, ended } = readRoom(document);
  for (const connection of document.getConnections()) {
    const actor = (connection.context as ConnectionContext).actor;
    if (actor?.role === 'participant') connection.readOnly = locked || ended;
  }
}

export async function startLiveServer(options: LiveServerOptions) {
  const caps: LiveCaps = { ...LIVE_CAPS, ...options.caps };
  const log = options.log ?? ((entry) => console.warn(JSON.stringify(entry)));
  const rooms: RoomStore = openRoomStore(options.dataPath);
  const removed = new Set<string>();
  /** Each open room's gate, which keeps a checked copy of the room between updates. */
  const gates = new Map<string, RoomGate>();
  const gateOf = (room: string) => {
    let gate = gates.get(room);
    if (!gate) gates.set(room, (gate = createRoomGate(caps)));
    return gate;
  };
  const closeGate = (room: string) => {
    gates.get(room)?.stop();
    gates.delete(room);
  };

  async function onRequest({
    request,
    response,
  }: {
    request: IncomingMessage;
    response: ServerResponse;
  }) {
    // The app may be served from another address than the server: let it call these routes.
    response.setHeader('Access-Control-Allow-Origin', '*');
    response.setHeader('Access-Control-Allow-Methods', 'GET, POST, DELETE, OPTIONS');
    response.setHeader('Access-Control-Allow-Headers', 'Authorization, Content-Type');
    const url = new URL(request.url ?? '/', 'http://localhost');
    if (request.method === 'OPTIONS') {
      response.writeHead(204).end();
    } else if (request.method === 'GET' && url.pathname === '/health') {
      sendJson(response, 200, { ok: true, service: 'parcours-live' });
    } else if (request.method === 'POST' && url.pathname === '/rooms') {
      sendJson(response, 201, rooms.createRoom());
    } else if (request.method === 'DELETE' && url.pathname.startsWith('/rooms/')) {
      const roomId = decodeURIComponent(url.pathname.slice('/rooms/'.length));
      const key = (request.headers.authorization ?? '').replace(/^Bearer /, '');
      if (rooms.roleFor(roomId, key) !== 'facilitator') {
        sendJson(response, 403, { ok: false });
      } else {
        removed.add(roomId);
        closeGate(roomId);
        server.hocuspocus.closeConnections(roomId);
        rooms.removeRoom(roomId);
        sendJson(response, 200, { ok: true });
      }
    } else {
      sendJson(response, 404, { ok: false });
    }
    // Hocuspocus's own answer stands aside when a hook rejects with nothing.
    throw null;
  }

  const server = new Server({
    port: options.port,
    address: options.host ?? '0.0.0.0',
    quiet: true,
    stopOnSignals: false,
    // Store soon after each change, so a server that stops loses nothing.
    debounce: 200,
    maxDebounce: 1_000,
    extensions: [
      new Database({
        fetch: async ({ documentName }) => rooms.loadDocument(documentName),
        store: async ({ documentName, state }) => {
          if (!removed.has(documentName)) rooms.storeDocument(documentName, state);
        },
      }),
    ],
    onRequest,
    async onAuthenticate({ token, documentName, connectionConfig }) {
      const parsed = parseLiveToken(token);
      const role = parsed && rooms.roleFor(documentName, parsed.key);
      if (!parsed || !role) {
        log({ event: 'refused', room: documentName, reason: 'wrong or missing secret' });
        throw new Error('not allowed');
      }
      connectionConfig.readOnly = false;
      return { actor: { role, participantId: parsed.participantId } satisfies LiveActor };
    },
    // A room no one is in is unloaded; its copy goes with it.
    async afterUnloadDocument({ documentName }) {
      closeGate(documentName);
    },
    async connected({ documentName }) {
      const document = server.hocuspocus.documents.get(documentName);
      if (document) applyRoomLock(document);
    },
    async onChange({ document }) {
      applyRoomLock(document);
    },
    async beforeHandleMessage({ update: message, document, documentName, connection }) {
      if (message.byteLength > caps.updateBytes + 1024) {
        log({ event: 'refused', room: documentName, reason: 'message over the cap' });
        throw new Error('message too large');
      }
      const update = updateIn(message);
      if (!update) return;
      const actor = (connection.context as ConnectionContext).actor;
      if (connection.readOnly) {
        // Hocuspocus refuses the write itself; say so when it held anything new.
        if (!Y.snapshotContainsUpdate(Y.snapshot(document), update)) {
          log({ event: 'refused', room: documentName, reason: 'read-only', role: actor?.role });
        }
        return;
      }
      if (!actor) throw new Error('not authenticated');
      const verdict = gateOf(documentName).check(document, update, actor);
      if (!verdict.ok) {
        log({ event: 'refused', room: documentName, reason: verdict.reason, role: actor.role });
        throw new Error(verdict.reason);
      }
    },
  });
  // The socket itself refuses anything far larger than the cap before it is read in full.
  (server.webSocketServer.options as { maxPayload?: number }).maxPayload =
    2 * caps.updateBytes + 64 * 1024;

  await server.listen();
  const port = server.address.port;
  return {
    port,
    url: `ws://127.0.0.1:${port}`,
    httpUrl: `http://127.0.0.1:${port}`,
    server,
    rooms,
    /** Stores every open room, closes every connection and the database. */
    async close() {
      await server.destroy();
      rooms.close();
    },
  };
}

export type LiveServer = Awaited<ReturnType<typeof startLiveServer>>;
export type { Connection };
