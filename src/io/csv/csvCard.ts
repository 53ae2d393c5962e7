// One CSV row read back as the content of a card of a given kind: the inverse of cardToRow in
// csvColumns.ts. Empty optional cells take the defaults of a new card; a value Parcours does not
// know rejects the row with the reason, never a guess.
import {
  CARD_KINDS,
  CHANNELS,
  EMOTION_MAX,
  EMOTION_MIN,
  LEVELS,
  OBJECTIVES,
  createCard,
  type Card,
  type CardKind,
  type Id,
  type Level,
} from '../../model';
import { momentTypeFromCell, type CsvColumn, type CsvRow } from './csvColumns';
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

/** Limits of the card schema: long text for notes and descriptions, short text for the rest. */
export const LONG_TEXT = 10_000;
export const SHORT_TEXT = 500;

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

function limited(values: CsvRow, column: CsvColumn, limit: number): string {
  const value = values[column];
  return value.length > limit ? fail({ code: 'tooLong', column, limit }) : value;
}

function level(values: CsvRow, column: 'severity' | 'impact' | 'effort', fallback: Level): Level {
  const cell = values[column];
  if (cell.trim() === '') return fallback;
  return matchValue(LEVELS, cell) ?? fail({ code: 'badLevel', column, value: cell });
}

/** A whole number in [min, max] (a leading + is fine); null for an empty cell. */
function whole(cell: string, min: number, max: number): number | null | undefined {
  const trimmed = cell.trim();
  if (trimmed === '') return null;
  const value = /^[+-]?\d+(\.0*)?$/.test(trimmed) ? Number(trimmed) : NaN;
  return Number.isInteger(value) && value >= min && value <= max ? value || 0 : undefined;
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
  const textLimit = kind === 'note' || kind === 'painPoint' || kind === 'opportunity';
  const text = limited(values, 'text', textLimit ? LONG_TEXT : SHORT_TEXT);
  if (kind !== 'emotion' && text.trim() === '') fail({ code: 'missingText' });
  switch (blank.kind) {
    case 'note':
      return { ...blank, text };
    case 'painPoint':
      return { ...blank, text, severity: level(values, 'severity', blank.severity) };
    case 'opportunity':
      return {
        ...blank,
        text,
        impact: level(values, 'impact', blank.impact),
        effort: level(values, 'effort', blank.effort),
      };
    case 'touchpoint': {
      const { channel, objective, rating } = values;
      const rated = whole(rating, 1, 5);
      return {
        ...blank,
        title: text,
        channel:
          channel.trim() === ''
            ? blank.channel
            : (matchValue(CHANNELS, channel) ?? fail({ code: 'unknownChannel', value: channel })),
        objective:
          objective.trim() === ''
            ? blank.objective
            : (matchValue(OBJECTIVES, objective) ??
              fail({ code: 'unknownObjective', value: objective })),
        owner: limited(values, 'owner', SHORT_TEXT),
        kpi: {
          name: limited(values, 'kpiName', SHORT_TEXT),
          value: limited(values, 'kpiValue', SHORT_TEXT),
          target: limited(values, 'kpiTarget', SHORT_TEXT),
          unit: limited(values, 'kpiUnit', SHORT_TEXT),
        },
        rating: rated === undefined ? fail({ code: 'badRating', value: rating }) : rated,
      };
    }
    case 'momentOfTruth': {
      const moment =
        values.momentType.trim() === ''
          ? { momentType: blank.momentType, customType: '' }
          : momentTypeFromCell(limited(values, 'momentType', SHORT_TEXT));
      return {
        ...blank,
        ...moment,
        title: text,
        description: limited(values, 'description', LONG_TEXT),
      };
    }
    case 'emotion': {
      const score = whole(values.emotionScore, EMOTION_MIN, EMOTION_MAX);
      const personaId = persona(values.persona);
      return {
        ...blank,
        label: text,
        score:
          score === undefined
            ? fail({ code: 'badScore', value: values.emotionScore })
            : (score ?? 0),
        personaId:
          personaId === undefined
            ? fail({ code: 'unknownPersona', value: values.persona })
            : personaId,
      };
    }
  }
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
