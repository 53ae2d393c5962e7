// CSV import of cards, the pure part: file text → a plan (cards to add, each in a stage and lane
// found by name or planned as new, and the rows rejected with their reason), then the plan → the
// stages, lanes and cards to add, with fresh ids. Nothing here touches the store or the DOM.
import {
  CARD_KIND_FOR_LANE,
  CARD_KIND_SPECS,
  LANE_KINDS,
  createId,
  createLane,
  createStage,
  JOURNEY_LIMITS,
  type Card,
  type CardKind,
  type Id,
  type Journey,
  type LaneKind,
  type Persona,
  SHORT_TEXT,
} from '../../model';
import type { BulkAddition } from '../../model/operations';
import { cardFromRow, kindFromCell, type CardContent } from './csvCard';
import { decodeCsvBytes } from './csvDecode';
import type { CsvFileError, CsvRejection } from './csvImportErrors';
import { nameKey } from './csvMatch';
import { readCsvTable } from './csvTable';

/**
 * What a new lane is for, from the first card planned in it: the one lane kind whose new cards are
 * of that kind; a custom lane for a kind that several lane kinds hold (notes); else the kind's own.
 */
function laneKindForCard(kind: CardKind): LaneKind {
  const lanes = LANE_KINDS.filter((lane) => CARD_KIND_FOR_LANE[lane] === kind);
  if (lanes.length === 1) return lanes[0]!;
  return lanes.length > 1 ? 'custom' : CARD_KIND_SPECS[kind].lane;
}

/** An existing stage or lane by id, or the n-th one the import creates. */
export type PlaceRef = { existing: Id } | { created: number };

export interface PlannedCard {
  row: number;
  stage: PlaceRef;
  lane: PlaceRef;
  stageName: string;
  laneName: string;
  content: CardContent;
}

export interface CsvImportPlan {
  cards: PlannedCard[];
  rejections: CsvRejection[];
  newStages: string[];
  newLanes: { name: string; kind: LaneKind }[];
  /** Library personas that rows name but the journey does not link yet. */
  linkPersonaIds: Id[];
  /** Header cells Parcours does not know; their values were not read. */
  ignoredColumns: string[];
}

export type CsvImportResult =
  { ok: true; plan: CsvImportPlan } | { ok: false; error: CsvFileError };

export interface CsvImportContext {
  journey: Pick<Journey, 'stages' | 'lanes' | 'personaIds'>;
  /** The library's personas, to find an emotion point's persona by name. */
  personas: readonly Persona[];
}

/** First match wins, as a person reading the map top-down would expect. */
function firstByKey<T>(items: readonly T[], key: (item: T) => string): Map<string, T> {
  const map = new Map<string, T>();
  for (const item of items) if (!map.has(key(item))) map.set(key(item), item);
  return map;
}

export function planCsvImport(text: string, context: CsvImportContext): CsvImportResult {
  const read = readCsvTable(text);
  if (!read.ok) return read;
  const { journey, personas } = context;
  const stages = firstByKey(journey.stages, (s) => nameKey(s.name));
  const lanes = firstByKey(journey.lanes, (l) => nameKey(l.name));
  // Personas on this journey come before same-named ones elsewhere in the library.
  const linked = new Set(journey.personaIds);
  const ranked = [...personas].sort((a, b) => Number(linked.has(b.id)) - Number(linked.has(a.id)));
  const personaByName = firstByKey(ranked, (p) => nameKey(p.name));
  const persona = (name: string) =>
    name.trim() === '' ? null : personaByName.get(nameKey(name))?.id;

  // A new lane's kind comes from the first row in it that names a kind.
  const newLaneKinds = new Map<string, LaneKind>();
  for (const { values } of read.table.records) {
    const key = nameKey(values.lane);
    const kind = kindFromCell(values.kind);
    if (key && kind && !lanes.has(key) && !newLaneKinds.has(key)) {
      newLaneKinds.set(key, laneKindForCard(kind));
    }
  }

  const plan: CsvImportPlan = {
    cards: [],
    rejections: [],
    newStages: [],
    newLanes: [],
    linkPersonaIds: [],
    ignoredColumns: read.table.ignored,
  };
  const createdStages = new Map<string, number>();
  const createdLanes = new Map<string, number>();

  for (const { row, values, malformed } of read.table.records) {
    const reject = (problem: CsvRejection['problem']) => plan.rejections.push({ row, problem });
    const stageName = values.stage.trim();
    const laneName = values.lane.trim();
    const stageKey = nameKey(stageName);
    const laneKey = nameKey(laneName);
    const stage = stages.get(stageKey);
    const lane = lanes.get(laneKey);
    const explicit = kindFromCell(values.kind);
    if (malformed) {
      reject({ code: 'malformed' });
      continue;
    }
    if (stageName === '') {
      reject({ code: 'missingStage' });
      continue;
    }
    if (laneName === '') {
      reject({ code: 'missingLane' });
      continue;
    }
    if (explicit === undefined) {
      reject({ code: 'unknownKind', value: values.kind });
      continue;
    }
    if (stageName.length > SHORT_TEXT || laneName.length > SHORT_TEXT) {
      const column = stageName.length > SHORT_TEXT ? 'stage' : 'lane';
      reject({ code: 'tooLong', column, limit: SHORT_TEXT });
      continue;
    }
    const laneKind = lane?.kind ?? newLaneKinds.get(laneKey) ?? 'custom';
    const reading = cardFromRow(explicit ?? CARD_KIND_FOR_LANE[laneKind], values, persona);
    if (!reading.ok) {
      reject(reading.problem);
      continue;
    }
    const newStage = !stage && !createdStages.has(stageKey);
    const newLane = !lane && !createdLanes.has(laneKey);
    if (newStage && journey.stages.length + plan.newStages.length >= JOURNEY_LIMITS.stages) {
      reject({ code: 'tooManyStages', limit: JOURNEY_LIMITS.stages });
      continue;
    }
    if (newLane && journey.lanes.length + plan.newLanes.length >= JOURNEY_LIMITS.lanes) {
      reject({ code: 'tooManyLanes', limit: JOURNEY_LIMITS.lanes });
      continue;
    }
    if (newStage) createdStages.set(stageKey, plan.newStages.push(stageName) - 1);
    if (newLane)
      createdLanes.set(laneKey, plan.newLanes.push({ name: laneName, kind: laneKind }) - 1);
    const { content } = reading;
    if (content.kind === 'emotion' && content.personaId && !linked.has(content.personaId)) {
      linked.add(content.personaId);
      plan.linkPersonaIds.push(content.personaId);
    }
    plan.cards.push({
      row,
      stage: stage ? { existing: stage.id } : { created: createdStages.get(stageKey) ?? 0 },
      lane: lane ? { existing: lane.id } : { created: createdLanes.get(laneKey) ?? 0 },
      stageName: stage?.name ?? stageName,
      laneName: lane?.name ?? laneName,
      content,
    });
  }
  return { ok: true, plan };
}

/** Reads a picked file's bytes: decoding (size, encoding, binary) and then the plan. */
export function planCsvFile(bytes: Uint8Array, context: CsvImportContext): CsvImportResult {
  const decoded = decodeCsvBytes(bytes);
  return decoded.ok ? planCsvImport(decoded.text, context) : decoded;
}

/** The stages, lanes and cards a plan adds, with fresh ids, for the store's one-step import. */
export function csvAddition(plan: CsvImportPlan, stageCount: number): BulkAddition {
  const stages = plan.newStages.map((name, index) => createStage(name, stageCount + index));
  const lanes = plan.newLanes.map(({ name, kind }) => createLane(name, kind));
  const idOf = (ref: PlaceRef, created: readonly { id: Id }[]) =>
    'existing' in ref ? ref.existing : (created[ref.created]?.id ?? '');
  const cards = plan.cards.map(
    ({ stage, lane, content }) =>
      ({
        ...content,
        id: createId(),
        stageId: idOf(stage, stages),
        laneId: idOf(lane, lanes),
        order: 0,
      }) as Card,
  );
  return { stages, lanes, personaIds: plan.linkPersonaIds, cards };
}
