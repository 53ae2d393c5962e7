// The CSV table of a journey's cards: its columns and the card → row mapping. Pure, so that a CSV
// import can read the same columns back.
import {
  MOMENT_TYPES,
  cardTitle,
  type Card,
  type Id,
  type Journey,
  type MomentType,
  type Persona,
} from '../../model';

/** Column ids, in order. They are the header row too: stable, English, machine-readable. */
export const CSV_COLUMNS = [
  'stage',
  'lane',
  'kind',
  'text',
  'description',
  'channel',
  'objective',
  'owner',
  'kpiName',
  'kpiValue',
  'kpiTarget',
  'kpiUnit',
  'rating',
  'severity',
  'impact',
  'effort',
  'momentType',
  'emotionScore',
  'persona',
] as const;
export type CsvColumn = (typeof CSV_COLUMNS)[number];
export type CsvRow = Record<CsvColumn, string>;

/** Columns an imported CSV must have to place its cards; every other column may be left out. */
export const CSV_REQUIRED_COLUMNS = [
  'stage',
  'lane',
  'text',
] as const satisfies readonly CsvColumn[];

/** Columns that hold free text a person typed; only these get formula neutralising. */
export const CSV_TEXT_COLUMNS: ReadonlySet<CsvColumn> = new Set<CsvColumn>([
  'stage',
  'lane',
  'text',
  'description',
  'owner',
  'kpiName',
  'kpiValue',
  'kpiTarget',
  'kpiUnit',
  // A custom moment type is written by name, so it is free text too.
  'momentType',
  'persona',
]);

function emptyRow(): CsvRow {
  return Object.fromEntries(CSV_COLUMNS.map((column) => [column, ''])) as CsvRow;
}

/**
 * One card as a row. `momentType` holds ZMOT…UMOT, or the custom type's own name when the type is
 * custom (a name that is none of the five fixed ones means "custom" when read back).
 */
export function cardToRow(
  card: Card,
  stageName: string,
  laneName: string,
  personaName: (id: Id) => string,
): CsvRow {
  const row = emptyRow();
  row.stage = stageName;
  row.lane = laneName;
  row.kind = card.kind;
  row.text = cardTitle(card);
  // Notes have only their text; the other kinds add their own columns.
  switch (card.kind) {
    case 'note':
      break;
    case 'touchpoint':
      row.channel = card.channel;
      row.objective = card.objective;
      row.owner = card.owner;
      row.kpiName = card.kpi.name;
      row.kpiValue = card.kpi.value;
      row.kpiTarget = card.kpi.target;
      row.kpiUnit = card.kpi.unit;
      row.rating = card.rating === null ? '' : String(card.rating);
      break;
    case 'painPoint':
      row.severity = card.severity;
      break;
    case 'opportunity':
      row.impact = card.impact;
      row.effort = card.effort;
      break;
    case 'momentOfTruth':
      row.description = card.description;
      row.momentType = card.momentType === 'custom' ? card.customType || 'custom' : card.momentType;
      break;
    case 'emotion':
      row.emotionScore = String(card.score);
      row.persona = card.personaId ? personaName(card.personaId) : '';
      break;
  }
  return row;
}

/** Reads the `momentType` cell back: a fixed type (any case), else the name of a custom type. */
export function momentTypeFromCell(value: string): { momentType: MomentType; customType: string } {
  const name = value.trim();
  const fixed = MOMENT_TYPES.find((type) => type.toLowerCase() === name.toLowerCase());
  if (fixed === 'custom') return { momentType: 'custom', customType: '' };
  if (fixed) return { momentType: fixed, customType: '' };
  return { momentType: 'custom', customType: name };
}

/** Every card of the journey as rows, by stage, then lane, then rank in the cell. */
export function journeyRows(journey: Journey, personas: readonly Persona[]): CsvRow[] {
  const names = new Map(personas.map((persona) => [persona.id, persona.name]));
  const stageIndex = new Map(journey.stages.map((stage, index) => [stage.id, index]));
  const laneIndex = new Map(journey.lanes.map((lane, index) => [lane.id, index]));
  const cards = Object.values(journey.cards)
    .filter((card) => stageIndex.has(card.stageId) && laneIndex.has(card.laneId))
    .sort(
      (a, b) =>
        (stageIndex.get(a.stageId) ?? 0) - (stageIndex.get(b.stageId) ?? 0) ||
        (laneIndex.get(a.laneId) ?? 0) - (laneIndex.get(b.laneId) ?? 0) ||
        a.order - b.order,
    );
  return cards.map((card) =>
    cardToRow(
      card,
      journey.stages[stageIndex.get(card.stageId) ?? 0]?.name ?? '',
      journey.lanes[laneIndex.get(card.laneId) ?? 0]?.name ?? '',
      (id) => names.get(id) ?? '',
    ),
  );
}
