// Where the live server is, how a join link names a room, and each person's colour.
import { describe, expect, it } from 'vitest';
import {
  PEOPLE_COLOURS,
  colourOf,
  defaultServer,
  httpOf,
  joinLink,
  normaliseServer,
  personId,
  roomColours,
} from '../../src/services/live/address';
import { parseRoute } from '../../src/services/router';

describe('the live server address', () => {
  it('defaults to port 1234 on the page’s own host, ws:// or wss:// as the page', () => {
    expect(defaultServer({ protocol: 'http:', hostname: '192.168.1.20' })).toBe(
      'ws://192.168.1.20:1234',
    );
    expect(defaultServer({ protocol: 'https:', hostname: 'maps.example.org' })).toBe(
      'wss://maps.example.org:1234',
    );
    expect(defaultServer({ protocol: 'http:', hostname: '::1' })).toBe('ws://[::1]:1234');
  });

  it('cleans what the person typed, and refuses what is no server address', () => {
    expect(normaliseServer(' 192.168.1.20:1234 ')).toBe('ws://192.168.1.20:1234');
    expect(normaliseServer('https://live.example.org/')).toBe('wss://live.example.org');
    expect(normaliseServer('http://10.0.0.2:4000')).toBe('ws://10.0.0.2:4000');
    expect(normaliseServer('wss://host/live')).toBe('wss://host/live');
    expect(normaliseServer('')).toBeNull();
    expect(normaliseServer('ftp://host')).toBeNull();
    expect(normaliseServer('ws://')).toBeNull();
  });

  it('creates rooms over HTTP at the same address', () => {
    expect(httpOf('ws://10.0.0.2:1234')).toBe('http://10.0.0.2:1234');
    expect(httpOf('wss://live.example.org')).toBe('https://live.example.org');
  });
});

describe('the join link', () => {
  it('names the room, its key and the server, and the router reads them back', () => {
    const invite = { room: 'r00m', key: 'k/ey+', server: 'ws://10.0.0.2:1234' };
    const link = joinLink('http://10.0.0.2:5173/#/journey/abc', invite);
    expect(link.startsWith('http://10.0.0.2:5173/#/join/r00m/')).toBe(true);
    expect(parseRoute(new URL(link).hash)).toEqual({ name: 'join', ...invite });
    expect(parseRoute(new URL(joinLink('http://x/', invite, 'live')).hash)).toEqual({
      name: 'live',
      ...invite,
    });
  });

  it('still opens without a server in it, for the page to use its default', () => {
    expect(parseRoute('#/join/room/key')).toEqual({
      name: 'join',
      room: 'room',
      key: 'key',
      server: '',
    });
    expect(parseRoute('#/join/room')).toEqual({ name: 'library', tab: 'journeys' });
  });
});

describe('who this person is', () => {
  it('keeps one participant id on this device', () => {
    const id = personId();
    expect(id).toMatch(/^[0-9a-f]{24}$/);
    expect(personId()).toBe(id);
  });

  it('gives each person a colour of their own, the same every time', () => {
    expect(colourOf('pia')).toBe(colourOf('pia'));
    expect(PEOPLE_COLOURS).toContain(colourOf('dan'));
    const colours = new Set(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'].map(colourOf));
    expect(colours.size).toBeGreaterThan(3);
  });

  it('gives everyone in a room a different colour, the same on every device', () => {
    const people = ['pia', 'dan', 'fatou', 'lea', 'sam', 'noor'];
    const colours = roomColours(people);
    expect(new Set(colours.values()).size).toBe(people.length);
    expect(roomColours([...people].reverse())).toEqual(colours);
  });
});
