// @vitest-environment node
// Reading untrusted data: the version 1 fixture, unknown and dangerous keys, and typed errors.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { JourneySchema } from '../../src/model/journey';
import {
  CyclicDataError,
  formatIssuePath,
  inspectPlainData,
  readJourney,
  stripDangerousKeys,
} from '../../src/model';
import fixture from '../fixtures/journey-v1.json';
import { deepFreeze, must, seededJourney } from './helpers';

/** A fresh, mutable copy of the version 1 fixture. */
function fixtureCopy(): Record<string, unknown> & typeof fixture {
  return structuredClone(fixture);
}

function expectError(input: unknown) {
  const result = readJourney(input);
  if (result.ok) throw new Error('expected readJourney to refuse the input');
  return result.error;
}

describe('the version 1 fixture', () => {
  it('is accepted by readJourney without losing anything', () => {
    const result = readJourney(fixtureCopy());
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.journey).toStrictEqual(fixture);
  });

  it('has three stages, several lanes, a card of every kind, a connector and a persona', () => {
    expect(fixture.schemaVersion).toBe(1);
    expect(fixture.stages).toHaveLength(3);
    expect(fixture.lanes.length).toBeGreaterThanOrEqual(4);
    const kinds = new Set(Object.values(fixture.cards).map((card) => card.kind));
    // The kinds of version 1, frozen: a kind added later has no place in this old fixture.
    expect([...kinds].sort()).toEqual(
      ['emotion', 'momentOfTruth', 'note', 'opportunity', 'painPoint', 'touchpoint'].sort(),
    );
    expect(Object.keys(fixture.connectors)).toHaveLength(1);
    expect(fixture.personaIds).toHaveLength(1);
  });
});

describe('readJourney', () => {
  it('accepts a journey that went through JSON and returns an equal journey', () => {
    const journey = seededJourney();
    const result = readJourney(JSON.parse(JSON.stringify(journey)));
    expect(result).toStrictEqual({ ok: true, journey });
  });

  it('does not mutate its input', () => {
    const input = deepFreeze(fixtureCopy());
    expect(readJourney(input).ok).toBe(true);
    expect(input).toStrictEqual(fixture);
  });

  it('drops unknown keys at every level', () => {
    const input = fixtureCopy() as Record<string, unknown>;
    input.legacyTheme = 'dark';
    const stages = input.stages as Record<string, unknown>[];
    must(stages[0]).icon = 'eye';
    const cards = input.cards as Record<string, Record<string, unknown>>;
    must(cards['crd-touch-app']).tooltip = 'old field';
    must(cards['crd-touch-app']).kpi = { ...fixture.cards['crd-touch-app'].kpi, trend: 'up' };
    const connectors = input.connectors as Record<string, Record<string, unknown>>;
    must(connectors['con-poster-app']).curvature = 0.4;

    const result = readJourney(input);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.journey).toStrictEqual(fixture);
    expect(result.journey).not.toHaveProperty('legacyTheme');
    expect(result.journey.stages[0]).not.toHaveProperty('icon');
    expect(result.journey.cards['crd-touch-app']).not.toHaveProperty('tooltip');
  });

  it('strips __proto__, constructor and prototype keys so they never reach an object', () => {
    const text = JSON.stringify(fixture)
      .replace(
        '{"schemaVersion":1,',
        '{"__proto__":{"polluted":"top"},"constructor":{"prototype":{"polluted":"ctor"}},' +
          '"prototype":{"polluted":"proto"},"schemaVersion":1,',
      )
      .replace('"cards":{', '"cards":{"__proto__":{"polluted":"cards"},')
      .replace('"kpi":{', '"kpi":{"__proto__":{"polluted":"kpi"},');
    const input: unknown = JSON.parse(text);
    // JSON.parse makes "__proto__" an own key, which is what an attacker's file would give us.
    expect(Object.keys(input as object)).toContain('__proto__');

    const result = readJourney(input);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const journey = result.journey as unknown as Record<string, unknown>;
    expect(Object.getPrototypeOf(journey)).toBe(Object.prototype);
    expect(Object.getPrototypeOf(result.journey.cards)).toBe(Object.prototype);
    expect(Object.keys(journey)).not.toContain('__proto__');
    expect(Object.keys(journey)).not.toContain('constructor');
    expect(Object.keys(journey)).not.toContain('prototype');
    expect(Object.keys(result.journey.cards)).not.toContain('__proto__');
    expect(journey.polluted).toBeUndefined();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(result.journey).toStrictEqual(fixture);
  });

  it('reports a bad card field as invalidField with a dotted path', () => {
    const input = fixtureCopy();
    (input.cards['crd-pain-1'] as Record<string, unknown>).severity = 'catastrophic';
    const error = expectError(input);
    expect(error).toStrictEqual({
      code: 'invalidField',
      path: 'cards.crd-pain-1.severity',
      message: 'Invalid option: expected one of "low"|"medium"|"high"',
    });
  });

  it('reports an emotion score outside −2..+2 with its path', () => {
    const input = fixtureCopy();
    (input.cards['crd-emotion-1'] as Record<string, unknown>).score = 3;
    expect(expectError(input)).toStrictEqual({
      code: 'invalidField',
      path: 'cards.crd-emotion-1.score',
      message: 'Too big: expected number to be <=2',
    });
  });

  it('reports a bad stage colour with the stage index in the path', () => {
    const input = fixtureCopy();
    must(input.stages[1]).color = 'teal';
    expect(expectError(input)).toStrictEqual({
      code: 'invalidField',
      path: 'stages.1.color',
      message: 'expected a colour like #1a2b3c',
    });
  });

  it('reports a missing top-level field by its name', () => {
    const input = fixtureCopy() as Record<string, unknown>;
    delete input.title;
    expect(expectError(input)).toStrictEqual({
      code: 'invalidField',
      path: 'title',
      message: 'Invalid input: expected string, received undefined',
    });
  });

  it('says in words what is wrong with a field, as files and set-aside records report it', () => {
    const input = fixtureCopy();
    input.title = 'x'.repeat(501);
    expect(expectError(input)).toStrictEqual({
      code: 'invalidField',
      path: 'title',
      message: 'Too big: expected string to have <=500 characters',
    });
  });

  it('reports an unknown card kind at the card’s kind', () => {
    const input = fixtureCopy();
    (input.cards['crd-note-1'] as Record<string, unknown>).kind = 'sticker';
    expect(expectError(input)).toMatchObject({
      code: 'invalidField',
      path: 'cards.crd-note-1.kind',
    });
  });

  it('refuses arrays, strings, numbers, null and undefined as notAnObject', () => {
    for (const input of [[], [fixture], 'journey', 42, null, undefined, true]) {
      expect(expectError(input), JSON.stringify(input)).toEqual({ code: 'notAnObject' });
    }
  });

  it('refuses schemaVersion 99 as newerVersion', () => {
    expect(expectError({ ...fixtureCopy(), schemaVersion: 99 })).toEqual({
      code: 'newerVersion',
      found: 99,
      supported: 1,
    });
  });

  it('refuses a document without a schemaVersion as missingVersion', () => {
    const input = fixtureCopy() as Record<string, unknown>;
    delete input.schemaVersion;
    expect(expectError(input)).toEqual({ code: 'missingVersion' });
    expect(expectError({})).toEqual({ code: 'missingVersion' });
  });

  it('never throws and always returns a journey or a known error, whatever JSON it gets', () => {
    const codes = new Set([
      'notAnObject',
      'missingVersion',
      'newerVersion',
      'failedStep',
      'invalidField',
    ]);
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const result = readJourney(value);
        if (result.ok) expect(JourneySchema.safeParse(result.journey).success).toBe(true);
        else expect(codes.has(result.error.code)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('reports invalidField, never throws, when one field of the fixture is replaced by any JSON value', () => {
    const paths: (string | number)[][] = [
      ['title'],
      ['stages', 0, 'name'],
      ['lanes', 2, 'minHeight'],
      ['cards', 'crd-touch-app', 'rating'],
      ['cards', 'crd-mot-1', 'momentType'],
      ['connectors', 'con-poster-app', 'style'],
      ['personaIds', 0],
    ];
    fc.assert(
      fc.property(fc.constantFrom(...paths), fc.jsonValue(), (path, value) => {
        const input = fixtureCopy() as unknown as Record<string | number, unknown>;
        let parent = input;
        for (const key of path.slice(0, -1)) parent = parent[key] as typeof parent;
        parent[path.at(-1) as string | number] = value;
        const result = readJourney(input);
        if (!result.ok) {
          expect(result.error.code).toBe('invalidField');
          if (result.error.code === 'invalidField') {
            expect(result.error.path).toBe(path.join('.'));
          }
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe('readJourney and references inside the document', () => {
  it('refuses a card stored under a key other than its id', () => {
    const input = fixtureCopy() as unknown as { cards: Record<string, unknown> };
    input.cards['wrong-key'] = input.cards['crd-note-1'];
    delete input.cards['crd-note-1'];
    expect(readJourney(input).ok).toBe(false);
  });

  it('refuses or drops a connector that points at a card that does not exist', () => {
    const input = fixtureCopy();
    input.connectors['con-poster-app'].targetCardId = 'crd-missing';
    const result = readJourney(input);
    if (result.ok) expect(result.journey.connectors['con-poster-app']).toBeUndefined();
  });

  it('refuses or drops a card that sits in a stage that does not exist', () => {
    const input = fixtureCopy();
    input.cards['crd-note-1'].stageId = 'stg-missing';
    const result = readJourney(input);
    if (result.ok) expect(result.journey.cards['crd-note-1']).toBeUndefined();
  });
});

describe('stripDangerousKeys', () => {
  it('removes forbidden keys at any depth, inside arrays too, and copies everything else', () => {
    const input: unknown = JSON.parse(
      '{"a":[{"__proto__":{"x":1},"b":2}],"constructor":1,"c":{"prototype":3,"d":null}}',
    );
    const clean = stripDangerousKeys(input);
    expect(clean).toStrictEqual({ a: [{ b: 2 }], c: { d: null } });
    expect(clean).not.toBe(input);
  });

  it('finds a cycle through a container already waiting to be copied from elsewhere', () => {
    // [a, b] with a = [b] and b = [a]: b is queued from the top before a's copy reaches it.
    const a: unknown[] = [];
    const b: unknown[] = [a];
    a.push(b);
    expect(() => stripDangerousKeys([a, b])).toThrow(CyclicDataError);
    expect(inspectPlainData([a, b])).toBe('cyclic');
  });

  it('copies an object referred to twice once, and keeps both references to the copy', () => {
    const shared = { name: 'Web' };
    const copy = stripDangerousKeys({ first: [shared], second: shared }) as {
      first: unknown[];
      second: unknown;
    };
    expect(copy.second).toStrictEqual(shared);
    expect(copy.second).not.toBe(shared);
    expect(copy.first[0]).toBe(copy.second);
  });

  it('returns primitives as they are', () => {
    expect(stripDangerousKeys('text')).toBe('text');
    expect(stripDangerousKeys(3)).toBe(3);
    expect(stripDangerousKeys(null)).toBeNull();
  });
});

describe('inspectPlainData', () => {
  it('tells clean data from data to strip and from a cycle, without changing it', () => {
    expect(inspectPlainData({ a: [{ b: 2 }], c: { d: null } })).toBe('clean');
    expect(inspectPlainData(JSON.parse('{"a":[{"__proto__":{"x":1}}]}'))).toBe('needsStripping');
    expect(inspectPlainData({ a: { constructor: 1 } })).toBe('needsStripping');
    const looped: Record<string, unknown> = { a: { b: [] } };
    (looped.a as { b: unknown[] }).b.push(looped);
    expect(inspectPlainData(looped)).toBe('cyclic');
    expect(inspectPlainData('text')).toBe('clean');
  });

  it('reads data that shares its objects once, not once per path to them', () => {
    // 30 levels, each holding the next twice: a billion paths, thirty objects.
    let shared: unknown[] = [];
    for (let level = 0; level < 30; level += 1) shared = [shared, shared];
    expect(inspectPlainData(shared)).toBe('clean');
  });

  it('needs stripping past MAX_DOCUMENT_DEPTH', () => {
    const deep = JSON.parse('['.repeat(40) + ']'.repeat(40));
    expect(inspectPlainData(deep)).toBe('needsStripping');
  });

  it('lets readJourney validate a clean record without changing what the caller holds', () => {
    const input = fixtureCopy();
    const before = structuredClone(input);
    const result = readJourney(input);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.journey).not.toBe(input);
    expect(input).toStrictEqual(before);
  });
});

describe('formatIssuePath', () => {
  it('joins a path with dots and names the whole document when the path is empty', () => {
    expect(formatIssuePath(['cards', 'abc', 'severity'])).toBe('cards.abc.severity');
    expect(formatIssuePath(['stages', 0, 'color'])).toBe('stages.0.color');
    expect(formatIssuePath([])).toBe('(document)');
  });
});
