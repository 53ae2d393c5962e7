// Schema migrations for stored and exported journeys.
// Rule: steps are only ever appended. Step i upgrades a document from version i + 1 to i + 2.
// Version 1 is the first released journey model, so the list starts empty.

/** A document as read from storage or a file, before it is validated. */
export type UnknownDocument = Record<string, unknown>;

export interface Migration {
  /** A short name saying what the step changes, e.g. "lanes gain a minimum height". */
  name: string;
  up: (document: UnknownDocument) => UnknownDocument;
}

export const JOURNEY_MIGRATIONS: readonly Migration[] = [];

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
): MigrationResult {
  const version = document.schemaVersion;
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
