// Fuzzing the importer: thousands of broken and mutated files never make it throw, and each one
// gives either valid journeys and personas or a typed error.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { importText, type ImportResult } from './fixtures';
import { JourneySchema, PersonaSchema, readJourney } from '../../src/model';
import { journeyText, populatedJourney, samplePersonas, workspaceText } from './fixtures';

const ERROR_CODES = new Set([
  'tooLarge',
  'unreadable',
  'notJson',
  'notParcours',
  'unknownFormat',
  'newerVersion',
  'failedStep',
  'invalidField',
  'storage',
]);

const [claire, malik] = samplePersonas();
const VALID_FILES = [
  journeyText(populatedJourney(claire), [claire, malik]),
  workspaceText([populatedJourney(claire, 'One'), populatedJourney(malik, 'Two')], [claire, malik]),
];
const library = { journeyIds: new Set<string>(), personaIds: new Set([claire.id]) };

function checkResult(result: ImportResult): void {
  if (result.ok) {
    for (const journey of result.plan.journeys) {
      expect(JourneySchema.safeParse(journey).success).toBe(true);
      expect(readJourney(journey).ok).toBe(true);
    }
    for (const persona of result.plan.personas) {
      expect(PersonaSchema.safeParse(persona).success).toBe(true);
    }
  } else {
    expect(ERROR_CODES.has(result.error.code)).toBe(true);
  }
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
}

function attempt(text: string, choice: 'keep' | 'replace' | 'copy' = 'keep'): void {
  let result: ImportResult | undefined;
  expect(() => {
    result = importText(text, { library, personaChoice: choice });
  }).not.toThrow();
  if (result) checkResult(result);
}

type Path = (string | number)[];

function pathsOf(value: unknown, prefix: Path = []): Path[] {
  if (value === null || typeof value !== 'object') return [prefix];
  const entries = Array.isArray(value)
    ? value.map((v, i) => [i, v] as const)
    : Object.entries(value);
  return [prefix, ...entries.flatMap(([key, inner]) => pathsOf(inner, [...prefix, key]))];
}

type Mutation = { kind: 'set'; value: unknown } | { kind: 'delete' } | { kind: 'poison' };

function mutate(root: unknown, path: Path, mutation: Mutation): unknown {
  if (path.length === 0) return mutation.kind === 'set' ? mutation.value : root;
  const parentPath = path.slice(0, -1);
  let parent = root as Record<string | number, unknown>;
  for (const key of parentPath) parent = parent[key] as Record<string | number, unknown>;
  const key = path[path.length - 1]!;
  if (mutation.kind === 'set') parent[key] = mutation.value;
  else if (mutation.kind === 'delete') {
    if (Array.isArray(parent)) parent.splice(Number(key), 1);
    else delete parent[key];
  } else {
    Object.defineProperty(parent, '__proto__', {
      value: { polluted: true },
      enumerable: true,
      configurable: true,
      writable: true,
    });
  }
  return root;
}

const mutationArb: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('set' as const), value: fc.jsonValue({ maxDepth: 3 }) }),
  fc.record({
    kind: fc.constant('set' as const),
    value: fc.constantFrom(-1, 0, 1, 2, 1e308, '', 'x', null, true, [], {}, 'javascript:x'),
  }),
  fc.constant({ kind: 'delete' as const }),
  fc.constant({ kind: 'poison' as const }),
);

describe('import fuzzing', () => {
  it('survives any JSON value', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 5 }), (value) => attempt(JSON.stringify(value))),
      { numRuns: 1_000 },
    );
  });

  it('survives any string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => attempt(text)),
      { numRuns: 800 },
    );
  });

  it('survives a valid file cut short anywhere', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...VALID_FILES),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (text, at) => attempt(text.slice(0, Math.floor(text.length * at))),
      ),
      { numRuns: 1_000 },
    );
  });

  it('survives valid files with a few fields changed, removed or poisoned', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...VALID_FILES),
        fc.array(fc.tuple(fc.nat(), mutationArb), { minLength: 1, maxLength: 4 }),
        fc.constantFrom('keep', 'replace', 'copy'),
        (text, mutations, choice) => {
          let document: unknown = JSON.parse(text);
          for (const [index, mutation] of mutations) {
            const paths = pathsOf(document);
            document = mutate(document, paths[index % paths.length]!, mutation);
          }
          attempt(JSON.stringify(document), choice as 'keep' | 'replace' | 'copy');
        },
      ),
      { numRuns: 1_500 },
    );
  });
});
