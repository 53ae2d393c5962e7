// The CSV table of a journey's cards: its columns and the card → row mapping. Pure, so that a CSV
// import can read the same columns back.
import {
  CARD_KIND_SPECS,
  CARD_KINDS,
  cardKindOf,
  cardTitle,
  type Card,
  type CardKind,
  type Id,
  type Journey,
  type Persona,
} from '../../model';

/** The columns a kind adds, for every kind. */
export type CardColumn = (typeof CARD_KIND_SPECS)[CardKind]['csv']['columns'][number];

/**
 * Column ids, in order: where a card sits, its kind and main text, then each kind's own columns in
 * the order of the kind registry. They are the header row too: stable, English, machine-readable.
 */
export const CSV_COLUMNS = [
  ...(['stage', 'lane', 'kind', 'text'] as const),
  ...new Set<CardColumn>(
    CARD_KINDS.flatMap((kind): readonly CardColumn[] => CARD_KIND_SPECS[kind].csv.columns),
  ),
];
export type CsvColumn = 'stage' | 'lane' | 'kind' | 'text' | CardColumn;
export type CsvRow = Record<CsvColumn, string>;

/** Columns an imported CSV must have to place its cards; every other column may be left out. */
export const CSV_REQUIRED_COLUMNS = [
  'stage',
  'lane',
  'text',
] as const satisfies readonly CsvColumn[];

function emptyRow(): CsvRow {
  return Object.fromEntries(CSV_COLUMNS.map((column) => [column, ''])) as CsvRow;
}

/** One card as a row: where it sits, its kind, its main text, and its kind's own columns. */
export function cardToRow(
  card: Card,
  stageName: string,
  laneName: string,
  personaName: (id: Id) => string,
): CsvRow {
  return {
    ...emptyRow(),
    stage: stageName,
    lane: laneName,
    kind: card.kind,
    text: cardTitle(card),
    ...cardKindOf(card).csv.write(card, personaName),
  };
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
