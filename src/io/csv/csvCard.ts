// One CSV row read back as the content of a card of a given kind: the inverse of cardToRow in
// csvColumns.ts. Empty optional cells take the defaults of a new card; a value Parcours does not
// know rejects the row with the reason, never a guess.
import {
  CARD_KINDS,
  cardKindOf,
  createCard,
  type Card,
  type CardCells,
  type CardKind,
  type Id,
} from '../../model';
import type { CardColumn, CsvRow } from './csvColumns';
import type { CsvRowProblem } from './csvImportErrors';
import { matchValue } from './csvMatch';

/** A card without its identity and placement, which the import gives it later. */
export type CardContent = Card extends infer C
  ? C extends Card
    ? Omit<C, 'id' | 'stageId' | 'laneId' | 'order'>
    : never
  : never;

export type CardReading =
  { ok: true; content: CardContent } | { ok: false; problem: CsvRowProblem };

/** The kind a `kind` cell names; null when it is empty (the lane decides), undefined if unknown. */
export function kindFromCell(cell: string): CardKind | null | undefined {
  return cell.trim() === '' ? null : matchValue(CARD_KINDS, cell);
}

/** Resolves a persona name: its id, null for no persona, undefined when no persona has it. */
export type PersonaLookup = (name: string) => Id | null | undefined;

class Rejected extends Error {
  constructor(readonly problem: CsvRowProblem) {
    super(problem.code);
  }
}

function fail(problem: CsvRowProblem): never {
  throw new Rejected(problem);
}

/** A whole number in [min, max] (a leading + is fine); null for an empty cell. */
function whole(cell: string, min: number, max: number): number | null | undefined {
  const trimmed = cell.trim();
  if (trimmed === '') return null;
  const value = /^[+-]?\d+(\.0*)?$/.test(trimmed) ? Number(trimmed) : NaN;
  return Number.isInteger(value) && value >= min && value <= max ? value || 0 : undefined;
}

/** The row's cells as the kinds read them; each rejects the row with the first problem found. */
function limited(values: CsvRow, column: CardColumn | 'text', limit: number): string {
  const value = values[column];
  return value.length > limit ? fail({ code: 'tooLong', column, limit }) : value;
}

function rowCells(values: CsvRow, persona: PersonaLookup): CardCells<CardColumn> {
  return {
    text: (column, limit) => limited(values, column, limit),
    choice: (column, choices, fallback, problem) => {
      const cell = values[column];
      if (cell.trim() === '') return fallback;
      return matchValue(choices, cell) ?? fail(problem(cell));
    },
    whole: (column, min, max, problem) => {
      const value = whole(values[column], min, max);
      return value === undefined ? fail(problem(values[column])) : value;
    },
    persona: (column) => {
      const id = persona(values[column]);
      return id === undefined ? fail({ code: 'unknownPersona', value: values[column] }) : id;
    },
  };
}

function readContent(kind: CardKind, values: CsvRow, persona: PersonaLookup): CardContent {
  // The blank card of this kind gives every default; placement is dropped again below.
  const {
    id: _id,
    stageId: _s,
    laneId: _l,
    order: _o,
    ...blank
  } = createCard(kind, {
    stageId: '-',
    laneId: '-',
  });
  const spec = cardKindOf(blank as Card);
  const text = limited(values, 'text', spec.textLimit);
  if (!spec.textOptional && text.trim() === '') fail({ code: 'missingText' });
  const base = { ...blank, [spec.textField]: text };
  return { ...base, ...spec.csv.read(rowCells(values, persona), base) } as CardContent;
}
/** The card a row describes, or the first reason it cannot be one. */
export function cardFromRow(kind: CardKind, values: CsvRow, persona: PersonaLookup): CardReading {
  try {
    return { ok: true, content: readContent(kind, values, persona) };
  } catch (error) {
    if (error instanceof Rejected) return { ok: false, problem: error.problem };
    throw error;
  }
}
