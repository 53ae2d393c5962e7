// The import pipeline: size cap, nesting cap, JSON parse, envelope check, migrations, validation.
// What is then written, with which ids, is the import plan's job (importPlan.ts).
import {
  JOURNEY_SCHEMA_VERSION,
  readJourney,
  readPersona,
  stripDangerousKeys,
  type Journey,
  type Persona,
} from '../../model';
import type { ImportError } from './importErrors';
import { JOURNEY_FILE_FORMAT } from './journeyFile';
import { WORKSPACE_FILE_FORMAT } from './workspaceFile';

/** Files above this size are refused before they are read. */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;
/**
 * Files nesting deeper than this are refused before they are parsed. Below it, anything deeper than
 * a Parcours document can be is an unknown field, and is dropped like one.
 */
export const MAX_FILE_NESTING = 10_000;

/** A file that passed every check: current-version journeys and personas, still with their own ids. */
export interface ImportedFile {
  kind: 'journey' | 'workspace';
  appVersion: string | null;
  journeys: Journey[];
  personas: Persona[];
}

export type ReadResult = { ok: true; file: ImportedFile } | { ok: false; error: ImportError };

export interface ReadOptions {
  /** The size cap in bytes; MAX_IMPORT_BYTES unless a test says otherwise. */
  maxBytes?: number;
}

type Step<T> = { ok: true; value: T } | { ok: false; error: ImportError };

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** The size in UTF-8 bytes when it may exceed the limit, else null (no need to count). */
function sizeOver(text: string, limit: number): number | null {
  // A UTF-16 unit is 1 to 3 UTF-8 bytes: only count when the upper bound is past the limit.
  if (text.length * 3 <= limit) return null;
  const size = new Blob([text]).size;
  return size > limit ? size : null;
}

/** How deep the text's arrays and objects nest, counting no further than `limit + 1`. */
export function nestingDepth(text: string, limit: number): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (inString) {
      if (code === 0x5c)
        i += 1; // a backslash escapes the next character
      else if (code === 0x22) inString = false;
    } else if (code === 0x22) inString = true;
    else if (code === 0x5b || code === 0x7b) {
      depth += 1;
      if (depth > deepest) {
        deepest = depth;
        if (deepest > limit) return deepest;
      }
    } else if (code === 0x5d || code === 0x7d) depth -= 1;
  }
  return deepest;
}

function readJourneyAt(path: string, value: unknown): Step<Journey> {
  const result = readJourney(value);
  if (result.ok) return { ok: true, value: result.journey };
  const error = result.error;
  switch (error.code) {
    case 'notAnObject':
      return { ok: false, error: { code: 'invalidField', path, message: 'must be an object' } };
    case 'missingVersion':
      return {
        ok: false,
        error: { code: 'invalidField', path: `${path}.schemaVersion`, message: 'is missing' },
      };
    case 'invalidField':
      return { ok: false, error: { ...error, path: `${path}.${error.path}` } };
    case 'cyclic':
      return { ok: false, error: { code: 'invalidField', path, message: 'refers to itself' } };
    case 'newerVersion':
    case 'failedStep':
      return { ok: false, error };
  }
}

function readPersonas(value: unknown): Step<Persona[]> {
  if (value === undefined) return { ok: true, value: [] };
  if (!Array.isArray(value)) {
    return {
      ok: false,
      error: { code: 'invalidField', path: 'personas', message: 'must be a list' },
    };
  }
  const personas: Persona[] = [];
  const seen = new Set<string>();
  for (const [index, raw] of value.entries()) {
    const parsed = readPersona(raw);
    if (!parsed.ok) {
      const error = parsed.error;
      const inner = error.code === 'invalidField' ? error.path : '(document)';
      const path = inner === '(document)' ? `personas.${index}` : `personas.${index}.${inner}`;
      const message = error.code === 'invalidField' ? error.message : 'must be a persona object';
      return { ok: false, error: { code: 'invalidField', path, message } };
    }
    const persona = parsed.persona;
    if (seen.has(persona.id)) {
      const path = `personas.${index}.id`;
      const message = `persona "${persona.name}" repeats the id "${persona.id}" of another persona in this file`;
      return { ok: false, error: { code: 'invalidField', path, message } };
    }
    seen.add(persona.id);
    personas.push(persona);
  }
  return { ok: true, value: personas };
}

function readEnvelope(data: unknown): ReadResult {
  if (!isRecord(data) || !('format' in data)) return { ok: false, error: { code: 'notParcours' } };
  const format = data.format;
  if (typeof format !== 'string' || !format.startsWith('parcours.')) {
    return { ok: false, error: { code: 'notParcours' } };
  }
  if (format !== JOURNEY_FILE_FORMAT && format !== WORKSPACE_FILE_FORMAT) {
    return { ok: false, error: { code: 'unknownFormat', format: format.slice(0, 80) } };
  }
  const version = data.schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    const message = 'must be a whole number from 1';
    return { ok: false, error: { code: 'invalidField', path: 'schemaVersion', message } };
  }
  if (version > JOURNEY_SCHEMA_VERSION) {
    const supported = JOURNEY_SCHEMA_VERSION;
    return { ok: false, error: { code: 'newerVersion', found: version, supported } };
  }
  const journeys: Journey[] = [];
  if (format === JOURNEY_FILE_FORMAT) {
    const journey = readJourneyAt('journey', data.journey);
    if (!journey.ok) return journey;
    journeys.push(journey.value);
  } else {
    if (!Array.isArray(data.journeys)) {
      const error = { code: 'invalidField', path: 'journeys', message: 'must be a list' } as const;
      return { ok: false, error };
    }
    // Journeys sharing an id are told apart by the import plan, which gives them fresh ids.
    for (const [index, raw] of data.journeys.entries()) {
      const journey = readJourneyAt(`journeys.${index}`, raw);
      if (!journey.ok) return journey;
      journeys.push(journey.value);
    }
  }
  const personas = readPersonas(data.personas);
  if (!personas.ok) return personas;
  const appVersion = typeof data.appVersion === 'string' ? data.appVersion.slice(0, 50) : null;
  const kind = format === JOURNEY_FILE_FORMAT ? 'journey' : 'workspace';
  return { ok: true, file: { kind, appVersion, journeys, personas: personas.value } };
}

/** Steps 1 to 5 on text already in memory. Never throws: every failure is a typed error. */
export function readImportText(text: string, options: ReadOptions = {}): ReadResult {
  const limit = options.maxBytes ?? MAX_IMPORT_BYTES;
  const size = sizeOver(text, limit);
  if (size !== null) return { ok: false, error: { code: 'tooLarge', size, limit } };
  const depth = nestingDepth(text, MAX_FILE_NESTING);
  if (depth > MAX_FILE_NESTING) {
    return { ok: false, error: { code: 'tooDeep', limit: MAX_FILE_NESTING } };
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return { ok: false, error: { code: 'notJson' } };
  }
  try {
    // Before anything looks at the data: no __proto__, constructor or prototype key survives.
    return readEnvelope(stripDangerousKeys(parsed));
  } catch (error) {
    // E.g. nesting deep enough to exhaust the stack.
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, error: { code: 'unreadable', message } };
  }
}

/** Steps 1 to 5 on a picked or dropped file; the size is checked before a byte is read. */
export async function readImportFile(
  input: string | Blob,
  options: ReadOptions = {},
): Promise<ReadResult> {
  if (typeof input === 'string') return readImportText(input, options);
  const limit = options.maxBytes ?? MAX_IMPORT_BYTES;
  if (input.size > limit)
    return { ok: false, error: { code: 'tooLarge', size: input.size, limit } };
  let text: string;
  try {
    text = await input.text();
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, error: { code: 'unreadable', message } };
  }
  return readImportText(text, options);
}
