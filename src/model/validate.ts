// Turns untrusted data (a stored record or an imported file) into a valid journey or a typed error.
import type { z } from 'zod';
import { JourneySchema, type Journey } from './journey';
import { PersonaSchema, type Persona } from './persona';
import { migrate, type MigrationError, type UnknownDocument } from './migrations';

export type DocumentError =
  | MigrationError
  | { code: 'notAnObject' }
  | { code: 'cyclic' }
  | { code: 'invalidField'; path: string; message: string };

export type DocumentResult = { ok: true; journey: Journey } | { ok: false; error: DocumentError };

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

/**
 * Deep copy of plain data that drops keys able to reach an object's prototype and anything nested
 * deeper than MAX_DOCUMENT_DEPTH. Iterative, so no input can exhaust the stack; throws
 * CyclicDataError on a cycle (stored records can hold one; JSON cannot).
 */
export function stripDangerousKeys(value: unknown): unknown {
  if (value === null || typeof value !== 'object') return value;
  const copies = new Map<object, Container>();
  const open = new Set<object>();
  const root: Container = Array.isArray(value) ? [] : {};
  // Each frame copies one container's entries into its copy; "exit" marks the end of its subtree.
  const stack: ({ source: object; target: Container; depth: number } | { exit: object })[] = [
    { source: value, target: root, depth: 1 },
  ];
  copies.set(value, root);
  while (stack.length > 0) {
    const frame = stack.pop()!;
    if ('exit' in frame) {
      open.delete(frame.exit);
      continue;
    }
    const { source, target, depth } = frame;
    open.add(source);
    stack.push({ exit: source });
    const entries: [string, unknown][] = Array.isArray(source)
      ? source.map((item, index) => [String(index), item])
      : Object.entries(source);
    for (const [key, inner] of entries) {
      if (!Array.isArray(source) && FORBIDDEN_KEYS.has(key)) continue;
      let copy: unknown = inner;
      if (inner !== null && typeof inner === 'object') {
        if (open.has(inner)) throw new CyclicDataError();
        if (depth >= MAX_DOCUMENT_DEPTH) continue;
        const seen = copies.get(inner);
        if (seen) copy = seen;
        else {
          const fresh: Container = Array.isArray(inner) ? [] : {};
          copies.set(inner, fresh);
          stack.push({ source: inner, target: fresh, depth: depth + 1 });
          copy = fresh;
        }
      }
      if (Array.isArray(target)) target.push(copy);
      else target[key] = copy;
    }
  }
  return root;
}

export function formatIssuePath(path: readonly PropertyKey[]): string {
  return path.length === 0 ? '(document)' : path.map(String).join('.');
}

function firstIssue(error: z.ZodError): { path: string; message: string } {
  const issue = error.issues[0];
  return { path: formatIssuePath(issue?.path ?? []), message: issue?.message ?? 'invalid' };
}

/** Migrates then validates a journey; unknown keys are dropped by the schema. */
export function readJourney(input: unknown): DocumentResult {
  const clean = readPlainData(input);
  if (clean === CYCLIC) return { ok: false, error: { code: 'cyclic' } };
  if (clean === null || typeof clean !== 'object' || Array.isArray(clean)) {
    return { ok: false, error: { code: 'notAnObject' } };
  }
  const migrated = migrate(clean as UnknownDocument);
  if (!migrated.ok) return { ok: false, error: migrated.error };
  const parsed = JourneySchema.safeParse(migrated.document);
  if (!parsed.success) {
    return { ok: false, error: { code: 'invalidField', ...firstIssue(parsed.error) } };
  }
  const broken = brokenReference(parsed.data);
  if (broken) return { ok: false, error: { code: 'invalidField', ...broken } };
  return { ok: true, journey: parsed.data };
}

const CYCLIC = Symbol('cyclic');

/** stripDangerousKeys, with a cycle as a value instead of an exception. */
function readPlainData(input: unknown): unknown {
  try {
    return stripDangerousKeys(input);
  } catch (error) {
    if (error instanceof CyclicDataError) return CYCLIC;
    throw error;
  }
}

export type PersonaResult = { ok: true; persona: Persona } | { ok: false; error: DocumentError };

/** Validates a persona from storage or a file; never throws, whatever the input. */
export function readPersona(input: unknown): PersonaResult {
  const clean = readPlainData(input);
  if (clean === CYCLIC) return { ok: false, error: { code: 'cyclic' } };
  if (clean === null || typeof clean !== 'object' || Array.isArray(clean)) {
    return { ok: false, error: { code: 'notAnObject' } };
  }
  const parsed = PersonaSchema.safeParse(clean);
  if (!parsed.success) {
    return { ok: false, error: { code: 'invalidField', ...firstIssue(parsed.error) } };
  }
  return { ok: true, persona: parsed.data };
}

/** The first id that repeats in a list, with both positions, or null. */
function repeatedId(
  items: readonly { id: string }[],
): { id: string; first: number; again: number } | null {
  const seen = new Map<string, number>();
  for (const [index, item] of items.entries()) {
    const first = seen.get(item.id);
    if (first !== undefined) return { id: item.id, first, again: index };
    seen.set(item.id, index);
  }
  return null;
}

/** Checks what a schema cannot: ids are unique, and every id points at something that exists. */
function brokenReference(journey: Journey): { path: string; message: string } | null {
  for (const list of ['stages', 'lanes'] as const) {
    const repeated = repeatedId(journey[list]);
    if (!repeated) continue;
    const noun = list === 'stages' ? 'stage' : 'lane';
    const first = journey[list][repeated.first]?.name ?? '';
    const again = journey[list][repeated.again]?.name ?? '';
    return {
      path: `${list}.${repeated.again}.id`,
      message: `${noun} "${again}" repeats the id "${repeated.id}" of ${noun} ${repeated.first + 1} ("${first}")`,
    };
  }
  const personas = repeatedId(journey.personaIds.map((id) => ({ id })));
  if (personas) {
    return {
      path: `personaIds.${personas.again}`,
      message: `links persona "${personas.id}" twice`,
    };
  }
  const stages = new Set(journey.stages.map((stage) => stage.id));
  const lanes = new Set(journey.lanes.map((lane) => lane.id));
  for (const [key, card] of Object.entries(journey.cards)) {
    if (card.id !== key) return { path: `cards.${key}.id`, message: 'does not match its key' };
    if (!stages.has(card.stageId)) {
      return {
        path: `cards.${key}.stageId`,
        message: `names a stage "${card.stageId}" the map does not have`,
      };
    }
    if (!lanes.has(card.laneId)) {
      return {
        path: `cards.${key}.laneId`,
        message: `names a lane "${card.laneId}" the map does not have`,
      };
    }
  }
  for (const [key, connector] of Object.entries(journey.connectors)) {
    if (connector.id !== key) {
      return { path: `connectors.${key}.id`, message: 'does not match its key' };
    }
    if (!journey.cards[connector.sourceCardId]) {
      return {
        path: `connectors.${key}.sourceCardId`,
        message: `names a card "${connector.sourceCardId}" the map does not have`,
      };
    }
    if (!journey.cards[connector.targetCardId]) {
      return {
        path: `connectors.${key}.targetCardId`,
        message: `names a card "${connector.targetCardId}" the map does not have`,
      };
    }
  }
  return null;
}
