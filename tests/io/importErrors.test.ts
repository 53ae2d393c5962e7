// Every way a file can be refused gives a typed error and a clear message in English and French.
import { describe, expect, it } from 'vitest';
import { i18n } from '../../src/i18n';
import { describeImportError, type ImportError } from '../../src/io/file/importErrors';
import { readImportFile, readImportText } from '../../src/io/file/importFile';
import { importText } from './fixtures';
import { JOURNEY_SCHEMA_VERSION } from '../../src/model';
import { journeyText, populatedJourney, samplePersonas } from './fixtures';

const en = i18n.getFixedT('en');
const fr = i18n.getFixedT('fr');

function validText(): string {
  const [claire] = samplePersonas();
  return journeyText(populatedJourney(claire), [claire]);
}

function errorOf(text: string): ImportError {
  const result = readImportText(text);
  if (result.ok) throw new Error('expected the import to fail');
  return result.error;
}

function withEnvelope(change: (envelope: Record<string, unknown>) => void): string {
  const envelope = JSON.parse(validText()) as Record<string, unknown>;
  change(envelope);
  return JSON.stringify(envelope);
}

describe('import errors', () => {
  it('refuses a file over the size cap before reading it, naming its size and the cap', async () => {
    const file = new Blob(['x'.repeat(3 * 1024 * 1024)]);
    const result = await readImportFile(file, { maxBytes: 2 * 1024 * 1024 });
    expect(result).toEqual({
      ok: false,
      error: { code: 'tooLarge', size: 3 * 1024 * 1024, limit: 2 * 1024 * 1024 },
    });
    if (result.ok) return;
    expect(describeImportError(result.error, en, 'en')).toBe(
      'This file is 3 MB, larger than the 2 MB Parcours can import.',
    );
  });

  it('refuses text over the size cap counted in UTF-8 bytes', () => {
    const text = 'é'.repeat(600); // 1,200 bytes.
    expect(readImportText(text, { maxBytes: 1_000 })).toMatchObject({
      ok: false,
      error: { code: 'tooLarge', size: 1_200, limit: 1_000 },
    });
  });

  it('says a truncated file is not JSON', () => {
    const error = errorOf(validText().slice(0, 200));
    expect(error).toEqual({ code: 'notJson' });
    expect(describeImportError(error, en, 'en')).toMatch(/not valid JSON: it may be truncated/);
  });

  it('says JSON without a Parcours envelope is not a Parcours file', () => {
    for (const text of ['[]', '42', 'null', '{"title":"x"}', '{"format":"other.thing"}']) {
      expect(errorOf(text)).toEqual({ code: 'notParcours' });
    }
    expect(describeImportError({ code: 'notParcours' }, en, 'en')).toMatch(
      /^This is not a Parcours file/,
    );
  });

  it('names an unknown Parcours format', () => {
    const error = errorOf(withEnvelope((e) => (e.format = 'parcours.deck')));
    expect(error).toEqual({ code: 'unknownFormat', format: 'parcours.deck' });
    expect(describeImportError(error, en, 'en')).toContain('“parcours.deck”');
  });

  it('refuses a file from a newer version, naming both versions', () => {
    const newer = JOURNEY_SCHEMA_VERSION + 1;
    for (const text of [
      withEnvelope((e) => (e.schemaVersion = newer)),
      withEnvelope((e) => ((e.journey as Record<string, unknown>).schemaVersion = newer)),
    ]) {
      const error = errorOf(text);
      expect(error).toEqual({
        code: 'newerVersion',
        found: newer,
        supported: JOURNEY_SCHEMA_VERSION,
      });
      const message = describeImportError(error, en, 'en');
      expect(message).toContain(`schema version ${newer}`);
      expect(message).toContain(`up to schema version ${JOURNEY_SCHEMA_VERSION}`);
    }
  });

  it('names the path of an invalid field in the journey', () => {
    const error = errorOf(withEnvelope((e) => ((e.journey as Record<string, unknown>).title = 7)));
    expect(error).toMatchObject({ code: 'invalidField', path: 'journey.title' });
    expect(describeImportError(error, en, 'en')).toMatch(
      /^This file has an invalid field, journey\.title: /,
    );
  });

  it('names the path of an invalid field in a persona', () => {
    const error = errorOf(
      withEnvelope((e) => ((e.personas as Record<string, unknown>[])[0]!.age = 'old')),
    );
    expect(error).toMatchObject({ code: 'invalidField', path: 'personas.0.age' });
  });

  it('names a card that points at a missing stage', () => {
    const text = withEnvelope((e) => {
      const cards = (e.journey as { cards: Record<string, Record<string, unknown>> }).cards;
      const first = Object.values(cards)[0]!;
      first.stageId = 'nowhere';
    });
    expect(errorOf(text)).toMatchObject({
      code: 'invalidField',
      message: 'names a stage "nowhere" the map does not have',
    });
  });

  it('refuses a journey with no schema version, and a backup whose journeys are not a list', () => {
    const text = withEnvelope((e) => delete (e.journey as Record<string, unknown>).schemaVersion);
    expect(errorOf(text)).toMatchObject({ path: 'journey.schemaVersion', message: 'is missing' });
    const backup = JSON.stringify({ format: 'parcours.workspace', schemaVersion: 1, journeys: {} });
    expect(errorOf(backup)).toMatchObject({ code: 'invalidField', path: 'journeys' });
  });

  it('refuses two personas with one id in the same file', () => {
    const text = withEnvelope((e) => {
      const personas = e.personas as unknown[];
      personas.push(personas[0]);
    });
    expect(errorOf(text)).toMatchObject({ code: 'invalidField', path: 'personas.1.id' });
  });

  it('turns nesting deep enough to exhaust the stack into a typed error', () => {
    const deep = `{"format":"parcours.journey","schemaVersion":1,"journey":${'['.repeat(200_000)}${']'.repeat(200_000)}}`;
    const result = importText(deep);
    expect(result.ok).toBe(false);
  });

  it('has a French message for every error kind', () => {
    const errors: ImportError[] = [
      { code: 'tooLarge', size: 50 * 1024 * 1024, limit: 20 * 1024 * 1024 },
      { code: 'unreadable', message: 'boom' },
      { code: 'notJson' },
      { code: 'notParcours' },
      { code: 'unknownFormat', format: 'parcours.x' },
      { code: 'newerVersion', found: 9, supported: 1 },
      { code: 'failedStep', step: 'lanes gain a height', message: 'boom' },
      { code: 'invalidField', path: 'journey.title', message: 'bad' },
      { code: 'storage', message: 'QuotaExceededError' },
    ];
    for (const error of errors) {
      const english = describeImportError(error, en, 'en');
      const french = describeImportError(error, fr, 'fr');
      expect(english).not.toMatch(/^io\./);
      expect(french).not.toMatch(/^io\./);
      expect(french).not.toBe(english);
      expect(english).not.toContain('{{');
    }
    expect(describeImportError(errors[0]!, fr, 'fr')).toContain('50');
  });
});
