// A live journey as a Yjs document: its shared types, how a journey is written into it (as the
// smallest set of changes, so concurrent edits merge) and how it is read back out. Card text is a
// Y.Text, so two people typing in one card both keep their words. Pure: no React, store or network.
import * as Y from 'yjs';
import { cardTextField, type Card, type Journey } from '../model';

/** The document's top-level types, by name. */
export const LIVE_TYPES = {
  meta: 'meta',
  stages: 'stages',
  lanes: 'lanes',
  cards: 'cards',
  connectors: 'connectors',
  authors: 'authors',
  votes: 'votes',
  room: 'room',
} as const;

/** The journey's own fields kept in the meta map (stages, lanes, cards and connectors aside). */
const META_KEYS = [
  'schemaVersion',
  'id',
  'title',
  'description',
  'personaIds',
  'createdAt',
  'updatedAt',
] as const;

export type YRecord = Y.Map<unknown>;

export function liveTypes(doc: Y.Doc) {
  return {
    meta: doc.getMap<unknown>(LIVE_TYPES.meta),
    stages: doc.getArray<YRecord>(LIVE_TYPES.stages),
    lanes: doc.getArray<YRecord>(LIVE_TYPES.lanes),
    cards: doc.getMap<YRecord>(LIVE_TYPES.cards),
    connectors: doc.getMap<YRecord>(LIVE_TYPES.connectors),
    authors: doc.getMap<string>(LIVE_TYPES.authors),
    votes: doc.getMap<Y.Map<number>>(LIVE_TYPES.votes),
    room: doc.getMap<unknown>(LIVE_TYPES.room),
  };
}

/**
 * Which cards of a document changed, for readers that read again only what a change touched:
 * `take` gives every card the first time, then the cards changed since the last `take`; `settle`
 * says the reader holds the document's cards already (it wrote them in).
 */
export function watchCardChanges(doc: Y.Doc) {
  const cards = liveTypes(doc).cards;
  const changed = new Set<string>();
  let everything = true;
  const onChange = (events: Y.YEvent<Y.AbstractType<unknown>>[]) => {
    for (const event of events) {
      if (event.target === cards) for (const key of event.changes.keys.keys()) changed.add(key);
      else if (typeof event.path[0] === 'string') changed.add(event.path[0]);
    }
  };
  cards.observeDeep(onChange);
  const settle = () => {
    everything = false;
    changed.clear();
  };
  return {
    take(): string[] {
      const ids = everything ? [...cards.keys()] : [...changed];
      settle();
      return ids;
    },
    settle,
    stop: () => cards.unobserveDeep(onChange),
  };
}

/** Plain data out of a shared record: text as a string, anything else as stored. */
export function readRecord(record: unknown): Record<string, unknown> | null {
  if (!(record instanceof Y.Map)) return null;
  const out: Record<string, unknown> = {};
  for (const [key, value] of record.entries()) {
    out[key] = value instanceof Y.Text ? value.toString() : value;
  }
  return out;
}

/** Replaces a Y.Text's content by the fewest deletes and inserts (common prefix and suffix kept). */
export function setText(text: Y.Text, next: string): void {
  const current = text.toString();
  if (current === next) return;
  let start = 0;
  const shortest = Math.min(current.length, next.length);
  while (start < shortest && current[start] === next[start]) start += 1;
  let end = 0;
  while (
    end < shortest - start &&
    current[current.length - 1 - end] === next[next.length - 1 - end]
  ) {
    end += 1;
  }
  const removed = current.length - start - end;
  if (removed > 0) text.delete(start, removed);
  const inserted = next.slice(start, next.length - end);
  if (inserted) text.insert(start, inserted);
}

const same = (a: unknown, b: unknown) =>
  a === b || (typeof a === 'object' && JSON.stringify(a) === JSON.stringify(b));

/** Writes plain fields into a shared record, touching only those that changed. */
function writeFields(record: YRecord, fields: object, textKeys: ReadonlySet<string> = new Set()) {
  for (const [key, value] of Object.entries(fields)) {
    const existing = record.get(key);
    if (textKeys.has(key) && typeof value === 'string') {
      if (existing instanceof Y.Text) setText(existing, value);
      else record.set(key, new Y.Text(value));
    } else if (existing instanceof Y.Text || !same(existing, value)) {
      record.set(key, value);
    }
  }
  for (const key of [...record.keys()]) {
    if (!(key in fields)) record.delete(key);
  }
}

/** A new shared record; it is not in a document yet, so it is only written to, never read. */
function newRecord(fields: object, textKeys: ReadonlySet<string> = new Set()): YRecord {
  const record = new Y.Map<unknown>();
  for (const [key, value] of Object.entries(fields)) {
    if (value === undefined) continue;
    record.set(key, textKeys.has(key) && typeof value === 'string' ? new Y.Text(value) : value);
  }
  return record;
}

const cardTextKeys = (card: Card) => new Set([cardTextField(card)]);

/** Makes a shared ordered list hold `items` in order: updates in place, re-inserts moved ones. */
function writeList<T extends { id: string }>(list: Y.Array<YRecord>, items: readonly T[]) {
  const wanted = new Set(items.map((item) => item.id));
  for (let index = list.length - 1; index >= 0; index -= 1) {
    const id = list.get(index).get('id');
    if (typeof id !== 'string' || !wanted.has(id)) list.delete(index, 1);
  }
  items.forEach((item, index) => {
    const at = list.length > index ? list.get(index) : undefined;
    if (at && at.get('id') === item.id) {
      writeFields(at, item);
      return;
    }
    for (let other = index + 1; other < list.length; other += 1) {
      if (list.get(other).get('id') === item.id) {
        list.delete(other, 1);
        break;
      }
    }
    list.insert(index, [newRecord(item)]);
  });
}

/** Writes the cards or connectors that differ between `previous` and `next` (identity first). */
function writeById<T extends object>(
  map: Y.Map<YRecord>,
  previous: Record<string, T> | null,
  next: Record<string, T>,
  textKeys: (item: T) => ReadonlySet<string>,
) {
  for (const [id, item] of Object.entries(next)) {
    if (previous && previous[id] === item && map.has(id)) continue;
    const record = map.get(id);
    if (record instanceof Y.Map) writeFields(record, item, textKeys(item));
    else map.set(id, newRecord(item, textKeys(item)));
  }
  const gone = previous ? Object.keys(previous) : [...map.keys()];
  for (const id of gone) if (!(id in next) && map.has(id)) map.delete(id);
}

/**
 * Brings the document in line with `next`, given the journey it held before (`previous`, or null
 * to compare against the document itself). Call inside a transaction with your origin.
 */
export function writeJourney(doc: Y.Doc, previous: Journey | null, next: Journey): void {
  const types = liveTypes(doc);
  for (const key of META_KEYS) {
    if (previous && previous[key] === next[key] && types.meta.has(key)) continue;
    if (!same(types.meta.get(key), next[key])) types.meta.set(key, next[key]);
  }
  if (!previous || previous.stages !== next.stages) writeList(types.stages, next.stages);
  if (!previous || previous.lanes !== next.lanes) writeList(types.lanes, next.lanes);
  if (!previous || previous.cards !== next.cards) {
    writeById(types.cards, previous?.cards ?? null, next.cards, cardTextKeys);
  }
  if (!previous || previous.connectors !== next.connectors) {
    writeById(types.connectors, previous?.connectors ?? null, next.connectors, () => new Set());
  }
}

/** True once a journey has been written into the document. */
export function hasJourney(doc: Y.Doc): boolean {
  return typeof liveTypes(doc).meta.get('id') === 'string';
}

const listOf = (list: Y.Array<YRecord>) =>
  list.toArray().flatMap((record) => {
    const fields = readRecord(record);
    return fields ? [fields] : [];
  });

/**
 * The journey the document holds without its cards, as plain data (connectors unfiltered), or null
 * when none was written yet. Field values are not checked here.
 */
export function readFrameData(doc: Y.Doc): Record<string, unknown> | null {
  if (!hasJourney(doc)) return null;
  const types = liveTypes(doc);
  const frame: Record<string, unknown> = {};
  for (const key of META_KEYS) frame[key] = types.meta.get(key);
  const connectors: Record<string, unknown> = {};
  for (const [id, record] of types.connectors.entries()) {
    const connector = readRecord(record);
    if (connector) connectors[id] = connector;
  }
  return { ...frame, stages: listOf(types.stages), lanes: listOf(types.lanes), connectors };
}

/**
 * The journey the document holds, as plain data, or null when none was written yet. Merges can
 * leave a card in a stage or lane someone else removed, or a connector to a deleted card: those are
 * left out, as the editor would have removed them. Field values are not checked here.
 */
export function readJourneyData(doc: Y.Doc): Record<string, unknown> | null {
  const frame = readFrameData(doc);
  if (!frame) return null;
  const stageIds = new Set((frame.stages as Record<string, unknown>[]).map((stage) => stage.id));
  const laneIds = new Set((frame.lanes as Record<string, unknown>[]).map((lane) => lane.id));
  const cards: Record<string, unknown> = {};
  for (const [id, record] of liveTypes(doc).cards.entries()) {
    const card = readRecord(record);
    if (card && stageIds.has(card.stageId) && laneIds.has(card.laneId)) cards[id] = card;
  }
  const connectors = Object.fromEntries(
    Object.entries(frame.connectors as Record<string, Record<string, unknown>>).filter(
      ([, connector]) =>
        typeof connector.sourceCardId === 'string' &&
        typeof connector.targetCardId === 'string' &&
        connector.sourceCardId in cards &&
        connector.targetCardId in cards,
    ),
  );
  return { ...frame, cards, connectors };
}
