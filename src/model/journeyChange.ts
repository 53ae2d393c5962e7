// The difference between two versions of a journey, small enough to write on every edit of a
// 5,000-card map: the top-level fields that changed, and only the cards and connectors touched.
// It is computed by reference (the store's edits share untouched objects), so it costs a key scan.
import type { Card } from './card';
import type { Id } from './ids';
import type { Connector, Journey } from './journey';
import type { UnknownDocument } from './migrations';

export interface JourneyChange {
  /** Every top-level field other than cards and connectors whose value changed. */
  fields: Partial<Omit<Journey, 'cards' | 'connectors'>>;
  /** Touched cards by id: the new card, or null where it was removed. */
  cards: Record<Id, Card | null>;
  connectors: Record<Id, Connector | null>;
}

type Keyed<T> = Record<Id, T>;

function touchedKeys<T>(from: Keyed<T>, versions: readonly Keyed<T>[], into: Set<Id>) {
  for (const version of versions) {
    if (version === from) continue;
    for (const key of Object.keys(version)) if (version[key] !== from[key]) into.add(key);
    for (const key of Object.keys(from)) if (!(key in version)) into.add(key);
  }
}

function entriesOf<T>(keys: Set<Id>, target: Keyed<T>): Record<Id, T | null> {
  const out: Record<Id, T | null> = {};
  for (const key of keys) out[key] = Object.hasOwn(target, key) ? (target[key] ?? null) : null;
  return out;
}

/**
 * The change that turns `from` into `to`. Keys that differ between `from` and any of `between`
 * are included too, so the change also turns any of those versions into `to`: a save that was
 * under way may or may not have reached storage.
 */
export function diffJourney(
  from: Journey,
  to: Journey,
  between: readonly Journey[] = [],
): JourneyChange {
  const versions = [to, ...between];
  const fields: Record<string, unknown> = {};
  for (const key of Object.keys(to) as (keyof Journey)[]) {
    if (key === 'cards' || key === 'connectors') continue;
    if (versions.some((version) => version[key] !== from[key])) fields[key] = to[key];
  }
  const cardKeys = new Set<Id>();
  touchedKeys(
    from.cards,
    versions.map((version) => version.cards),
    cardKeys,
  );
  const connectorKeys = new Set<Id>();
  touchedKeys(
    from.connectors,
    versions.map((version) => version.connectors),
    connectorKeys,
  );
  return {
    fields: fields as JourneyChange['fields'],
    cards: entriesOf(cardKeys, to.cards),
    connectors: entriesOf(connectorKeys, to.connectors),
  };
}

export function isEmptyChange(change: JourneyChange): boolean {
  return (
    Object.keys(change.fields).length === 0 &&
    Object.keys(change.cards).length === 0 &&
    Object.keys(change.connectors).length === 0
  );
}

function applyKeyed(base: unknown, entries: Record<Id, unknown>): Record<Id, unknown> {
  const next: Record<Id, unknown> =
    base !== null && typeof base === 'object' && !Array.isArray(base)
      ? { ...(base as Record<Id, unknown>) }
      : {};
  for (const [key, value] of Object.entries(entries)) {
    if (key === '__proto__') continue;
    if (value === null) delete next[key];
    else next[key] = value;
  }
  return next;
}

/** Applies a change to a stored document that has not been validated yet; validate the result. */
export function applyJourneyChange(base: UnknownDocument, change: JourneyChange): UnknownDocument {
  return {
    ...base,
    ...change.fields,
    cards: applyKeyed(base.cards, change.cards),
    connectors: applyKeyed(base.connectors, change.connectors),
  };
}
