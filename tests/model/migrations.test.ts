// @vitest-environment node
// Migrations: named, ordered steps that bring an old document up to the current schema version.
import { describe, expect, it } from 'vitest';
import { JOURNEY_SCHEMA_VERSION } from '../../src/model/journey';
import {
  JOURNEY_MIGRATIONS,
  currentVersion,
  migrate,
  type Migration,
  type UnknownDocument,
} from '../../src/model/migrations';
import fixture from '../fixtures/journey-v1.json';
import { deepFreeze } from './helpers';

/** Two fake steps: version 1 → 2 renames `title` to `name`; version 2 → 3 adds `tags`. */
function fakeSteps(seen: UnknownDocument[] = []): Migration[] {
  return [
    {
      name: 'title becomes name',
      up: (document) => {
        seen.push(document);
        const { title, ...rest } = document;
        return { ...rest, name: title };
      },
    },
    {
      name: 'journeys gain tags',
      up: (document) => {
        seen.push(document);
        return { ...document, tags: [] };
      },
    },
  ];
}

describe('migrate with injected steps', () => {
  it('counts the supported version from the number of steps', () => {
    expect(currentVersion(fakeSteps())).toBe(3);
    expect(currentVersion([])).toBe(1);
  });

  it('upgrades a version 1 document through every step in order', () => {
    const seen: UnknownDocument[] = [];
    const result = migrate({ schemaVersion: 1, title: 'Trip' }, fakeSteps(seen));
    expect(result).toEqual({
      ok: true,
      document: { schemaVersion: 3, name: 'Trip', tags: [] },
      appliedSteps: ['title becomes name', 'journeys gain tags'],
    });
    // The second step sees the first step's output, stamped with version 2.
    expect(seen).toEqual([
      { schemaVersion: 1, title: 'Trip' },
      { schemaVersion: 2, name: 'Trip' },
    ]);
  });

  it('upgrades a version 2 document through the remaining step only', () => {
    const result = migrate({ schemaVersion: 2, name: 'Trip' }, fakeSteps());
    expect(result).toEqual({
      ok: true,
      document: { schemaVersion: 3, name: 'Trip', tags: [] },
      appliedSteps: ['journeys gain tags'],
    });
  });

  it('leaves a document already at the current version as it is', () => {
    const document = { schemaVersion: 3, name: 'Trip', tags: ['x'] };
    const result = migrate(document, fakeSteps());
    expect(result).toEqual({ ok: true, document, appliedSteps: [] });
  });

  it('does not mutate the document it is given', () => {
    const document = deepFreeze({ schemaVersion: 1, title: 'Trip', nested: { a: 1 } });
    expect(() => migrate(document, fakeSteps())).not.toThrow();
    expect(document).toEqual({ schemaVersion: 1, title: 'Trip', nested: { a: 1 } });
  });

  it('refuses a document from a newer version with code newerVersion', () => {
    expect(migrate({ schemaVersion: 4 }, fakeSteps())).toEqual({
      ok: false,
      error: { code: 'newerVersion', found: 4, supported: 3 },
    });
  });

  it('refuses a document without a version with code missingVersion', () => {
    expect(migrate({ title: 'Trip' }, fakeSteps())).toEqual({
      ok: false,
      error: { code: 'missingVersion' },
    });
  });

  it('refuses a version that is not a positive integer with code missingVersion', () => {
    for (const schemaVersion of ['1', 1.5, 0, -1, null, Number.NaN, Infinity, true]) {
      const result = migrate({ schemaVersion }, fakeSteps());
      expect(result, `schemaVersion ${String(schemaVersion)}`).toEqual({
        ok: false,
        error: { code: 'missingVersion' },
      });
    }
  });

  it('reports a step that throws as failedStep with the step name and message', () => {
    const steps: Migration[] = [
      fakeSteps()[0] as Migration,
      {
        name: 'split the description',
        up: () => {
          throw new Error('description is not a string');
        },
      },
    ];
    expect(migrate({ schemaVersion: 1, title: 'Trip' }, steps)).toEqual({
      ok: false,
      error: {
        code: 'failedStep',
        step: 'split the description',
        message: 'description is not a string',
      },
    });
  });

  it('reports a step that throws something other than an Error with its text', () => {
    const steps: Migration[] = [
      {
        name: 'bad step',
        up: () => {
          throw 'plain text';
        },
      },
    ];
    expect(migrate({ schemaVersion: 1 }, steps)).toEqual({
      ok: false,
      error: { code: 'failedStep', step: 'bad step', message: 'plain text' },
    });
  });
});

describe('the real journey migrations', () => {
  it('support exactly the current journey schema version', () => {
    expect(currentVersion()).toBe(JOURNEY_SCHEMA_VERSION);
    expect(currentVersion(JOURNEY_MIGRATIONS)).toBe(JOURNEY_MIGRATIONS.length + 1);
  });

  it('have unique, non-empty names', () => {
    const names = JOURNEY_MIGRATIONS.map((step) => step.name);
    expect(names.every((name) => name.trim().length > 0)).toBe(true);
    expect(new Set(names).size).toBe(names.length);
  });

  it('pass a version 1 document through unchanged', () => {
    const document = structuredClone(fixture) as UnknownDocument;
    const result = migrate(document);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.document).toEqual(fixture);
    expect(result.appliedSteps).toEqual([]);
  });

  it('refuse a document from a newer version than this build knows', () => {
    expect(migrate({ ...fixture, schemaVersion: JOURNEY_SCHEMA_VERSION + 1 })).toEqual({
      ok: false,
      error: {
        code: 'newerVersion',
        found: JOURNEY_SCHEMA_VERSION + 1,
        supported: JOURNEY_SCHEMA_VERSION,
      },
    });
  });
});
