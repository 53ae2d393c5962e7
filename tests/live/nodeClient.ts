// A live client in Node for the tests: a Hocuspocus provider on its own Yjs document, plus waits.
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { liveToken } from '../../src/live/token';

export interface NodeClient {
  doc: Y.Doc;
  provider: HocuspocusProvider;
  socket: HocuspocusProviderWebsocket;
  refused: Promise<string>;
  synced: Promise<void>;
  close: () => void;
}

export function connect(url: string, room: string, key: string, participantId: string): NodeClient {
  const doc = new Y.Doc();
  let refuse: (reason: string) => void = () => {};
  let sync: () => void = () => {};
  const refused = new Promise<string>((resolve) => (refuse = resolve));
  const synced = new Promise<void>((resolve) => (sync = resolve));
  const socket = new HocuspocusProviderWebsocket({
    url,
    WebSocketPolyfill: WebSocket,
    delay: 100,
    minDelay: 50,
    maxDelay: 500,
  });
  const provider = new HocuspocusProvider({
    websocketProvider: socket,
    name: room,
    document: doc,
    token: liveToken({ key, participantId }),
    onAuthenticationFailed: ({ reason }) => refuse(reason),
    onSynced: () => sync(),
  });
  provider.attach();
  return {
    doc,
    provider,
    socket,
    refused,
    synced,
    close: () => {
      provider.destroy();
      socket.destroy();
    },
  };
}

/** Waits until `check` holds, polling every 20 ms; fails after `timeout` ms. */
export async function until(check: () => boolean, timeout = 5_000, what = 'condition') {
  const end = Date.now() + timeout;
  while (!check()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
