// Turns untrusted data (a stored record or an imported file) into a valid record of a known type,
// or a typed error: strip dangerous keys, migrate, validate, check references. Never throws.
import type { z } from 'zod/mini';
import {
  currentVersion,
  migrate,
  type Migration,
  type MigrationError,
  type UnknownDocument,
} from './migrations';

export type DocumentError =
  | MigrationError
  | { code: 'notAnObject' }
  | { code: 'cyclic' }
  | { code: 'invalidField'; path: string; message: string };

/** A kind of record Parcours stores or exports, with its schema and its append-only migrations. */
export interface RecordType<T> {
  /** What the record is called in messages: "journey", "persona"… */
  noun: string;
  schema: z.ZodMiniType<T>;
  migrations: readonly Migration[];
  /** The version of a record written before this type carried a schemaVersion. */
  unversionedIs?: number;
  /** What a schema cannot check, e.g. that every id points at something that exists. */
  check?: (value: T) => { path: string; message: string } | null;
}

export type RecordResult<T> = { ok: true; value: T } | { ok: false; error: DocumentError };

/** The version every record of this type is written at: its migrations list's length + 1. */
export function versionOf(type: RecordType<unknown>): number {
  return currentVersion(type.migrations);
}

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * No Parcours document nests deeper than this (a workspace file's KPI value is 6 levels down).
 * Anything deeper cannot be a known field, so it is dropped like any other unknown field.
 */
export const MAX_DOCUMENT_DEPTH = 32;

/** Thrown when data refers to itself: it cannot be plain JSON, let alone a Parcours document. */
export class CyclicDataError extends Error {
  constructor() {
    super('the data refers to itself (a cycle)');
    this.name = 'CyclicDataError';
  }
}

type Container = Record<string, unknown> | unknown[];

/** An entry no Parcours document holds: a key able to reach a prototype, or nesting too deep. */
type Danger = 'forbiddenKey' | 'tooDeep';

interface PlainDataVisitor {
  /** Leaves the dangerous entry out and goes on (true), or ends the walk (false). */
  onDanger: (danger: Danger) => boolean;
  /** Every other entry of `source`, in order: its key (null in an array) and its value. */
  onEntry?: (source: object, key: string | null, value: unknown) => void;
}

/**
 * Walks plain data depth first, iteratively, so no input can exhaust the stack, entering each
 * container once however often it is referred to. A container is checked against the containers
 * it sits in on the path being walked: found among them, it is a cycle (CyclicDataError). Returns
 * false when `onDanger` ended the walk.
 */
function walkPlainData(value: object, visitor: PlainDataVisitor): boolean {
  const open = new Set<object>();
  const done = new Set<object>();
  // Each frame walks one container's entries; "exit" marks the end of its subtree.
  const stack: ({ source: object; depth: number } | { exit: object })[] = [
    { source: value, depth: 1 },
  ];
  while (stack.length > 0) {
    const frame = stack.pop()!;
    if ('exit' in frame) {
      open.delete(frame.exit);
      done.add(frame.exit);
      continue;
    }
    const { source, depth } = frame;
    // Queued twice (from two places) before it was walked: once is enough.
    if (done.has(source)) continue;
    open.add(source);
    stack.push({ exit: source });
    // Keys read once, without an entry pair per key: a 5,000-card map has about 100,000 of them.
    const keys = Array.isArray(source) ? null : Object.keys(source);
    const count = keys ? keys.length : (source as unknown[]).length;
    for (let index = 0; index < count; index += 1) {
      const key = keys ? keys[index]! : null;
      if (key !== null && FORBIDDEN_KEYS.has(key)) {
        if (visitor.onDanger('forbiddenKey')) continue;
        return false;
      }
      const inner: unknown =
        key !== null ? (source as Record<string, unknown>)[key] : (source as unknown[])[index];
      if (inner !== null && typeof inner === 'object') {
        if (open.has(inner)) throw new CyclicDataError();
        if (depth >= MAX_DOCUMENT_DEPTH) {
          if (visitor.onDanger('tooDeep')) continue;
          return false;
        }
        // Not yet walked: walk it below this container, so a cycle through it is seen.
        if (!done.has(inner)) stack.push({ source: inner, depth: depth + 1 });
      }
      visitor.onEntry?.(source, key, inner);
    }
  }
  return true;
}

/**
 * Deep copy of plain data that drops keys able to reach an object's prototype and anything nested
 * deeper than MAX_DOCUMENT_DEPTH. Iterative, so no input can exhaust the stack; throws
 * CyclicDataError on a cycle (stored records can hold one; JSON cannot). Data that refers to one
 * object twice gets one copy of it, referred to twice.
 */
export function stripDangerousKeys(value: unknown): unknown {
  if (value === null || typeof value !== 'object') return value;
  const copies = new Map<object, Container>();
  const copyOf = (source: object): Container => {
    let copy = copies.get(source);
    if (!copy) {
      copy = Array.isArray(source) ? [] : {};
      copies.set(source, copy);
    }
    return copy;
  };
  walkPlainData(value, {
    onDanger: () => true,
    onEntry(source, key, inner) {
      const copy = inner !== null && typeof inner === 'object' ? copyOf(inner) : inner;
      const target = copyOf(source);
      if (key === null) (target as unknown[]).push(copy);
      else (target as Record<string, unknown>)[key] = copy;
    },
  });
  return copyOf(value);
}

/**
 * Whether `value` can be validated as it is: no key able to reach a prototype, nothing nested
 * deeper than MAX_DOCUMENT_DEPTH, no cycle. It only reads, where stripDangerousKeys copies: a
 * stored map is almost always clean, and reading it is several times quicker than copying it.
 */
export function inspectPlainData(value: unknown): 'clean' | 'needsStripping' | 'cyclic' {
  if (value === null || typeof value !== 'object') return 'clean';
  try {
    return walkPlainData(value, { onDanger: () => false }) ? 'clean' : 'needsStripping';
  } catch (error) {
    if (error instanceof CyclicDataError) return 'cyclic';
    throw error;
  }
}

export function formatIssuePath(path: readonly PropertyKey[]): string {
  return path.length === 0 ? '(document)' : path.map(String).join('.');
}

function firstIssue(error: z.core.$ZodError): { path: string; message: string } {
  const issue = error.issues[0];
  return { path: formatIssuePath(issue?.path ?? []), message: issue?.message ?? 'invalid' };
}

/** Migrates then validates a record of `type`; unknown keys are dropped by the schema. */
export function readRecord<T>(type: RecordType<T>, input: unknown): RecordResult<T> {
  const clean = readPlainData(input, type);
  if (clean === CYCLIC) return { ok: false, error: { code: 'cyclic' } };
  if (clean === null || typeof clean !== 'object' || Array.isArray(clean)) {
    return { ok: false, error: { code: 'notAnObject' } };
  }
  const migrated = migrate(clean as UnknownDocument, type.migrations, {
    unversionedIs: type.unversionedIs,
  });
  if (!migrated.ok) return { ok: false, error: migrated.error };
  const parsed = type.schema.safeParse(migrated.document);
  if (!parsed.success) {
    return { ok: false, error: { code: 'invalidField', ...firstIssue(parsed.error) } };
  }
  const broken = type.check?.(parsed.data);
  if (broken) return { ok: false, error: { code: 'invalidField', ...broken } };
  return { ok: true, value: parsed.data };
}

/** A stored list of records, read entry by entry: one bad entry never costs the others. */
export interface RecordList<T> {
  records: T[];
  /** Entries written by a newer Parcours: kept as they are, and written back untouched. */
  newer: unknown[];
  /** Entries that could not be read, to be set aside (quarantined), never silently dropped. */
  rejected: { index: number; raw: unknown; error: DocumentError }[];
}

export function readRecordList<T>(type: RecordType<T>, value: unknown): RecordList<T> {
  const list: RecordList<T> = { records: [], newer: [], rejected: [] };
  if (value === undefined || value === null) return list;
  const entries: unknown[] = Array.isArray(value) ? value : [value];
  entries.forEach((raw, index) => {
    const read = readRecord(type, raw);
    if (read.ok) list.records.push(read.value);
    else if (read.error.code === 'newerVersion') list.newer.push(raw);
    else list.rejected.push({ index, raw, error: read.error });
  });
  return list;
}

const CYCLIC = Symbol('cyclic');

/**
 * The input, safe to migrate and validate: as it is when it is clean and no migration will run
 * (the schema copies what it keeps), else a stripped copy, so a migration never changes what
 * the caller holds. A cycle is a value instead of an exception.
 */
function readPlainData<T>(input: unknown, type: RecordType<T>): unknown {
  const found = inspectPlainData(input);
  if (found === 'cyclic') return CYCLIC;
  if (found === 'clean' && !willMigrate(input, type)) return input;
  try {
    return stripDangerousKeys(input);
  } catch (error) {
    if (error instanceof CyclicDataError) return CYCLIC;
    throw error;
  }
}

function willMigrate(
  input: unknown,
  type: Pick<RecordType<unknown>, 'migrations' | 'unversionedIs'>,
): boolean {
  const version =
    input !== null && typeof input === 'object' && 'schemaVersion' in input
      ? input.schemaVersion
      : type.unversionedIs;
  return typeof version !== 'number' || version < currentVersion(type.migrations);
}
