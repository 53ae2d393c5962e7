// Schema migrations for every stored and exported record type (journeys, personas, saved templates).
// Rule: steps are only ever appended. Step i upgrades a document from version i + 1 to i + 2, so a
// record type's current version is always its list's length + 1. Version 1 is the first release.

/** A document as read from storage or a file, before it is validated. */
export type UnknownDocument = Record<string, unknown>;

export interface Migration {
  /** A short name saying what the step changes, e.g. "lanes gain a minimum height". */
  name: string;
  up: (document: UnknownDocument) => UnknownDocument;
}

export const JOURNEY_MIGRATIONS: readonly Migration[] = [];

/**
 * Personas and saved templates were first stored without a schemaVersion: such a record reads as
 * version 1, and this first step only stamps the version on it.
 */
export const STAMP_VERSION: Migration = {
  name: 'the record carries a schema version',
  up: (document) => document,
};

export interface MigrateOptions {
  /** The version of a record written before its type carried a schemaVersion; none: refused. */
  unversionedIs?: number;
}

export function currentVersion(migrations: readonly Migration[] = JOURNEY_MIGRATIONS): number {
  return migrations.length + 1;
}

export type MigrationResult =
  | { ok: true; document: UnknownDocument; appliedSteps: string[] }
  | { ok: false; error: MigrationError };

export type MigrationError =
  | { code: 'missingVersion' }
  | { code: 'newerVersion'; found: number; supported: number }
  | { code: 'failedStep'; step: string; message: string };

/** Brings a document up to the current schema version, one named step at a time. */
export function migrate(
  document: UnknownDocument,
  migrations: readonly Migration[] = JOURNEY_MIGRATIONS,
  options: MigrateOptions = {},
): MigrationResult {
  const version =
    document.schemaVersion === undefined ? options.unversionedIs : document.schemaVersion;
  const supported = currentVersion(migrations);
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { ok: false, error: { code: 'missingVersion' } };
  }
  if (version > supported) {
    return { ok: false, error: { code: 'newerVersion', found: version, supported } };
  }
  let current = document;
  const appliedSteps: string[] = [];
  for (let from = version; from < supported; from += 1) {
    const step = migrations[from - 1];
    if (!step) break;
    try {
      current = { ...step.up(current), schemaVersion: from + 1 };
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      return { ok: false, error: { code: 'failedStep', step: step.name, message } };
    }
    appliedSteps.push(step.name);
  }
  return { ok: true, document: current, appliedSteps };
}
