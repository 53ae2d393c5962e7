// What every card kind declares, in one place per kind: its schema, where new cards of the kind go,
// its main text, its blank fields, its height on the map, its face (the badges around its text that
// the map, pictures and decks draw) and its CSV columns both ways. The registry in ../card.ts lists
// the kinds; everything else reads these declarations instead of switching on the kind.
import { z } from 'zod/mini';
import type { Id } from '../ids';
import { userText } from '../text';
import {
  ColorSchema,
  type Channel,
  type Level,
  type LaneKind,
  type MomentType,
  type Objective,
} from '../vocabulary';

/** Limits of card text: long for notes and descriptions, short for titles and labels. */
export const LONG_TEXT = 10_000;
export const SHORT_TEXT = 500;
export const longText = userText(LONG_TEXT);
export const shortText = userText(SHORT_TEXT);

/** Where a card sits: its cell (stage × lane) and its rank inside that cell. */
export const placement = {
  id: z.string().check(z.minLength(1)),
  stageId: z.string().check(z.minLength(1)),
  laneId: z.string().check(z.minLength(1)),
  order: z.number(),
  color: z.nullable(ColorSchema),
};

/** A card's own fields: everything but identity, placement, kind and accent colour. */
export type OwnFields<C> = Omit<C, 'id' | 'stageId' | 'laneId' | 'order' | 'kind' | 'color'>;

/** A small label drawn beside a card's main text. Each renderer names every type. */
export type CardBadge =
  | { type: 'channel'; channel: Channel }
  | { type: 'objective'; objective: Objective }
  | { type: 'kpi'; name: string; value: string; unit: string }
  | { type: 'rating'; stars: number }
  | { type: 'severity'; level: Level }
  | { type: 'impactEffort'; impact: Level; effort: Level }
  | { type: 'moment'; momentType: MomentType; name: string }
  | { type: 'emotion'; score: number; personaId: Id | null };

/** What a card shows besides its main text: badges above and below it, and a longer detail. */
export interface CardFace {
  header: CardBadge[];
  footer: CardBadge[];
  detail: string;
}

/** Problems a cell can have; the CSV import turns each into a sentence naming the row. */
export type CardCellProblem =
  | { code: 'unknownChannel'; value: string }
  | { code: 'unknownObjective'; value: string }
  | { code: 'badLevel'; column: 'severity' | 'impact' | 'effort'; value: string }
  | { code: 'badRating'; value: string }
  | { code: 'badScore'; value: string }
  | { code: 'unknownPersona'; value: string };

/**
 * The cells of one CSV row, as a kind reads them. The import implements it: each method returns the
 * value, or rejects the row with the problem named, never a guess.
 */
export interface CardCells<Column extends string> {
  /** A free-text cell, rejected when longer than `limit`. */
  text(column: Column, limit: number): string;
  /** A cell naming one of `values` (any case); `fallback` when empty. */
  choice<T extends string>(
    column: Column,
    values: readonly T[],
    fallback: T,
    problem: (value: string) => CardCellProblem,
  ): T;
  /** A whole number in [min, max]; null when empty. */
  whole(
    column: Column,
    min: number,
    max: number,
    problem: (value: string) => CardCellProblem,
  ): number | null;
  /** A persona named in the cell: its id, or null when empty. */
  persona(column: Column): Id | null;
}

/** Heights of text on the map, from the layout's measure. */
export interface TextHeights {
  /** The height of one line. */
  line: number;
  /** The height of a text once wrapped to the card's width. */
  of: (text: string) => number;
}

export interface CardKindDefinition<C extends { kind: string }, Column extends string = string> {
  /** The lane kind this card naturally sits in; the kind takes that lane's colour. */
  lane: LaneKind;
  /** The field holding the card's main text, which the map shows and edits in place. */
  textField: keyof OwnFields<C> & ('text' | 'title' | 'label');
  /** Whether the main text may span several lines (a title is one line). */
  multiline: boolean;
  /** The main text's length limit. */
  textLimit: number;
  /** Whether a card of this kind may have no main text (an emotion point is its score). */
  textOptional: boolean;
  /** How strongly the card's box is tinted with its colour: 0 is white. */
  tintAmount: number;
  blank: () => OwnFields<C>;
  /** Its height on the map. */
  height: (card: C, text: TextHeights) => number;
  face: (card: C) => CardFace;
  /** Its CSV columns besides stage, lane, kind and text, written and read back. */
  csv: {
    columns: readonly Column[];
    write: (card: C, personaName: (id: Id) => string) => Record<Column, string>;
    /** `base` is a blank card of the kind that already holds the row's main text. */
    read: (cells: CardCells<Column>, base: OwnFields<C>) => OwnFields<C>;
  };
}

/** Declares a kind; the identity function only checks the declaration against the card's type. */
export function defineCardKind<C extends { kind: string }>() {
  return <const Column extends string>(definition: CardKindDefinition<C, Column>) => definition;
}
