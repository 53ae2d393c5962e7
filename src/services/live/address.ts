// Where the live server is and how a join link names a room: the server address remembered on
// this device (by default the server on the page's own host), the HTTP address the room is created
// at, and who this person is (a stable id and the display name they gave). No network here.
import { routeHref } from '../router';

const SERVER_KEY = 'parcours.live.server';
const NAME_KEY = 'parcours.live.name';
const PERSON_KEY = 'parcours.live.person';

export const DEFAULT_LIVE_PORT = 1234;

function stored(key: string): string | null {
  try {
    return globalThis.localStorage?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

function store(key: string, value: string): void {
  try {
    globalThis.localStorage?.setItem(key, value);
  } catch {
    // Storage can be blocked (private mode): the value lasts for this page only.
  }
}

/** The server on the page's own host, with ws:// or wss:// matching the page. */
export function defaultServer(location: Pick<Location, 'protocol' | 'hostname'>): string {
  const scheme = location.protocol === 'https:' ? 'wss' : 'ws';
  const host = location.hostname.includes(':') ? `[${location.hostname}]` : location.hostname;
  return `${scheme}://${host || '127.0.0.1'}:${DEFAULT_LIVE_PORT}`;
}

export function rememberedServer(): string {
  return stored(SERVER_KEY) ?? defaultServer(globalThis.location);
}

export function rememberServer(server: string): void {
  store(SERVER_KEY, server);
}

/** The WebSocket address the person typed, cleaned (an http(s) address becomes ws(s)); or null. */
export function normaliseServer(input: string): string | null {
  let text = input.trim();
  if (!text) return null;
  if (!/^[a-z]+:\/\//i.test(text)) text = `ws://${text}`;
  try {
    const url = new URL(text.replace(/^http/i, 'ws'));
    if ((url.protocol !== 'ws:' && url.protocol !== 'wss:') || !url.hostname) return null;
    return `${url.protocol}//${url.host}${url.pathname.replace(/\/+$/, '')}`;
  } catch {
    return null;
  }
}

/** The server's HTTP address, where rooms are created. */
export function httpOf(server: string): string {
  return server.replace(/^ws/i, 'http');
}

export function rememberedName(): string {
  return stored(NAME_KEY) ?? '';
}

export function rememberName(name: string): void {
  store(NAME_KEY, name);
}

/** This device's stable participant id: names its cards and votes in every room. */
export function personId(): string {
  const known = stored(PERSON_KEY);
  if (known && /^[A-Za-z0-9_-]{1,64}$/.test(known)) return known;
  const bytes = crypto.getRandomValues(new Uint8Array(12));
  const id = Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
  store(PERSON_KEY, id);
  return id;
}

/** What a join link holds: the room, its participant key and the server. */
export interface LiveInvite {
  room: string;
  key: string;
  server: string;
}

/** The join link for a room, on this app's own address. */
export function joinLink(base: string, invite: LiveInvite, mode: 'join' | 'live' = 'join'): string {
  return `${base.replace(/#.*$/, '')}${routeHref({ name: mode, ...invite })}`;
}

/** A colour of its own for each person, from their id. */
export const PEOPLE_COLOURS = [
  '#b3261e',
  '#1565c0',
  '#2e7d32',
  '#8e24aa',
  '#c25e00',
  '#00796b',
  '#ad1457',
  '#4e5b9c',
] as const;

function colourIndex(id: string): number {
  let hash = 0;
  for (const char of id) hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
  return hash % PEOPLE_COLOURS.length;
}

export function colourOf(id: string): string {
  return PEOPLE_COLOURS[colourIndex(id)] ?? PEOPLE_COLOURS[0];
}

/**
 * A colour for each person in the room, none shared while the palette lasts: each takes their own
 * colour, or the next free one when it is taken. Every device sees the same people, so every
 * device gives out the same colours.
 */
export function roomColours(ids: Iterable<string>): Map<string, string> {
  const colours = new Map<string, string>();
  const taken = new Set<number>();
  for (const id of [...new Set(ids)].sort()) {
    let index = colourIndex(id);
    for (let step = 0; step < PEOPLE_COLOURS.length && taken.has(index); step += 1) {
      index = (index + 1) % PEOPLE_COLOURS.length;
    }
    taken.add(index);
    if (taken.size >= PEOPLE_COLOURS.length) taken.clear();
    colours.set(id, PEOPLE_COLOURS[index] ?? PEOPLE_COLOURS[0]);
  }
  return colours;
}
