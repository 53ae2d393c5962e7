// Turns untrusted data (a stored record or an imported file) into a valid journey or a typed error.
import type { z } from 'zod';
import { JourneySchema, type Journey } from './journey';
import { migrate, type MigrationError, type UnknownDocument } from './migrations';

export type DocumentError =
  | MigrationError
  | { code: 'notAnObject' }
  | { code: 'invalidField'; path: string; message: string };

export type DocumentResult = { ok: true; journey: Journey } | { ok: false; error: DocumentError };

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** Deep copy of plain data that drops keys able to reach an object's prototype. */
export function stripDangerousKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(stripDangerousKeys);
  if (value === null || typeof value !== 'object') return value;
  const clean: Record<string, unknown> = {};
  for (const [key, inner] of Object.entries(value)) {
    if (FORBIDDEN_KEYS.has(key)) continue;
    clean[key] = stripDangerousKeys(inner);
  }
  return clean;
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
  const clean = stripDangerousKeys(input);
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

/** Checks what a schema cannot: every id points at something that exists. */
function brokenReference(journey: Journey): { path: string; message: string } | null {
  const stages = new Set(journey.stages.map((stage) => stage.id));
  const lanes = new Set(journey.lanes.map((lane) => lane.id));
  for (const [key, card] of Object.entries(journey.cards)) {
    if (card.id !== key) return { path: `cards.${key}.id`, message: 'does not match its key' };
    if (!stages.has(card.stageId))
      return { path: `cards.${key}.stageId`, message: 'names no stage' };
    if (!lanes.has(card.laneId)) return { path: `cards.${key}.laneId`, message: 'names no lane' };
  }
  for (const [key, connector] of Object.entries(journey.connectors)) {
    if (connector.id !== key) {
      return { path: `connectors.${key}.id`, message: 'does not match its key' };
    }
    if (!journey.cards[connector.sourceCardId]) {
      return { path: `connectors.${key}.sourceCardId`, message: 'names no card' };
    }
    if (!journey.cards[connector.targetCardId]) {
      return { path: `connectors.${key}.targetCardId`, message: 'names no card' };
    }
  }
  return null;
}
