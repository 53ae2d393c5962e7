// Hostile files and records: duplicate ids, references to nothing, cycles and deep nesting are all
// refused with a message that names the problem, and none of them can throw.
import { describe, expect, it } from 'vitest';
import { i18n } from '../../src/i18n';
import { describeImportError, type ImportError } from '../../src/io/file/importErrors';
import { MAX_FILE_NESTING, nestingDepth, readImportText } from '../../src/io/file/importFile';
import { MAX_DOCUMENT_DEPTH, readJourney, readPersona, stripDangerousKeys } from '../../src/model';
import { journeyText, populatedJourney, samplePersonas } from './fixtures';

const en = i18n.getFixedT('en');
const fr = i18n.getFixedT('fr');

function envelope(): { journey: Record<string, unknown> } & Record<string, unknown> {
  const [claire] = samplePersonas();
  return JSON.parse(journeyText(populatedJourney(claire!), [claire!])) as never;
}

function errorOf(text: string): ImportError {
  const result = readImportText(text);
  if (result.ok) throw new Error('expected the import to fail');
  return result.error;
}

function messageOf(text: string): string {
  return describeImportError(errorOf(text), en, 'en');
}

describe('duplicate ids', () => {
  it('refuses two stages with one id, naming the id and both stages', () => {
    const file = envelope();
    const stages = file.journey.stages as { id: string; name: string }[];
    stages[0]!.id = 's1';
    stages[0]!.name = 'Alpha';
    stages[1]!.id = 's1';
    stages[1]!.name = 'Beta';
    for (const card of Object.values(file.journey.cards as Record<string, { stageId: string }>)) {
      card.stageId = 's1';
    }
    expect(messageOf(JSON.stringify(file))).toBe(
      'This file has an invalid field, journey.stages.1.id: stage "Beta" repeats the id "s1" of stage 1 ("Alpha").',
    );
  });

  it('refuses two lanes with one id', () => {
    const file = envelope();
    const lanes = file.journey.lanes as { id: string }[];
    lanes[2]!.id = lanes[1]!.id;
    expect(errorOf(JSON.stringify(file))).toMatchObject({
      code: 'invalidField',
      path: 'journey.lanes.2.id',
      message: expect.stringMatching(/^lane ".*" repeats the id ".*" of lane 2/),
    });
  });

  it('refuses a persona linked twice, and two personas with one id', () => {
    const linkedTwice = envelope();
    const ids = linkedTwice.journey.personaIds as string[];
    ids.push(ids[0]!);
    expect(errorOf(JSON.stringify(linkedTwice))).toMatchObject({
      path: 'journey.personaIds.1',
      message: `links persona "${ids[0]}" twice`,
    });
    const twins = envelope();
    const personas = twins.personas as { id: string }[];
    personas.push({ ...personas[0]! });
    expect(errorOf(JSON.stringify(twins))).toMatchObject({
      path: 'personas.1.id',
      message: expect.stringContaining('repeats the id'),
    });
  });

  it('refuses a card keyed under another id and a connector to a missing card', () => {
    const file = envelope();
    const connectors = file.journey.connectors as Record<string, { targetCardId: string }>;
    Object.values(connectors)[0]!.targetCardId = 'gone';
    expect(messageOf(JSON.stringify(file))).toMatch(/names a card "gone" the map does not have/);
  });
});

describe('cycles', () => {
  it('refuses a self-referencing journey record without throwing', () => {
    const record: Record<string, unknown> = { id: 'loop', schemaVersion: 1, title: 'Loop' };
    record.self = record;
    expect(readJourney(record)).toEqual({ ok: false, error: { code: 'cyclic' } });
  });

  it('refuses a cycle deep inside a persona', () => {
    const [claire] = samplePersonas();
    const looped = structuredClone(claire) as unknown as Record<string, unknown>;
    const inner: Record<string, unknown> = {};
    inner.back = inner;
    looped.extra = { inner };
    expect(readPersona(looped)).toEqual({ ok: false, error: { code: 'cyclic' } });
  });

  it('copies data that shares an object without taking it for a cycle', () => {
    const shared = { value: 1 };
    expect(stripDangerousKeys({ a: shared, b: [shared, shared] })).toEqual({
      a: { value: 1 },
      b: [{ value: 1 }, { value: 1 }],
    });
  });
});

describe('deep nesting', () => {
  const deep = (levels: number) => '['.repeat(levels) + ']'.repeat(levels);

  it('measures nesting without being fooled by brackets inside strings', () => {
    expect(nestingDepth('{"a":[1,{"b":"[[[[{{{"}]}', 100)).toBe(3);
    expect(nestingDepth('"\\"[["', 100)).toBe(0);
    expect(nestingDepth(deep(50), 10)).toBe(11);
  });

  it('refuses a file nested 100,000 levels deep with a sentence in English and French', () => {
    const file = envelope();
    const text = JSON.stringify(file).replace('"journey":', `"deep":${deep(100_000)},"journey":`);
    const error = errorOf(text);
    expect(error).toEqual({ code: 'tooDeep', limit: MAX_FILE_NESTING });
    expect(describeImportError(error, en, 'en')).toBe(
      'This file nests its data more than 10,000 levels deep. A Parcours file never does, so it is damaged or not a Parcours file.',
    );
    expect(describeImportError(error, fr, 'fr')).toMatch(/^Ce fichier imbrique ses données/);
  });

  it('drops an unknown field nested 3,000 levels deep, like any unknown field', () => {
    const file = envelope();
    const text = JSON.stringify(file).replace('"cards":', `"notes":${deep(3_000)},"cards":`);
    const result = readImportText(text);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.file.journeys[0]).not.toHaveProperty('notes');
  });

  it('drops anything past MAX_DOCUMENT_DEPTH, so a known field that deep fails validation', () => {
    let nested: unknown = 'bottom';
    for (let i = 0; i < MAX_DOCUMENT_DEPTH + 5; i += 1) nested = { nested };
    const copy = stripDangerousKeys({ nested }) as Record<string, unknown>;
    let depth = 0;
    let cursor: unknown = copy;
    while (cursor && typeof cursor === 'object') {
      cursor = (cursor as Record<string, unknown>).nested;
      depth += 1;
    }
    expect(depth).toBe(MAX_DOCUMENT_DEPTH);
    const file = envelope();
    file.journey.title = nested;
    expect(errorOf(JSON.stringify(file))).toMatchObject({ path: 'journey.title' });
  });
});
