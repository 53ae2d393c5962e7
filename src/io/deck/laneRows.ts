// The lane rows every stage slide shares: computed once from all the stages in the deck, each
// lane's row as tall as the most it needs on any slide, then scaled to fill the slide. An empty
// lane keeps its row, so a lane sits at the same height on every slide. Also how each cell sets
// its cards in that row: a grid of equal boxes that fill the row's width and height.
import type { Messages } from '../../i18n/en';
import {
  SHARED_CURVE_COLOR,
  cardsInCell,
  type Card,
  type Id,
  type Journey,
  type Lane,
  type Persona,
} from '../../model';
import { cardColors, cardLines, charsPerLine, fitText, linesHeight } from './deckText';
import { BOX_PAD, CONTENT, INK, SOFT, type TextBox, type TextRun } from './slideBoxes';

/** The lane labels' column, then the cards' area to its right. */
export const LABEL_WIDTH = 1.6;
export const AREA = {
  x: CONTENT.x + LABEL_WIDTH + 0.12,
  right: CONTENT.x + CONTENT.width - 0.06,
};
const AREA_WIDTH = AREA.right - AREA.x;
const ROW_GAP = 0.06;
/** Space inside a row, above and below its cards. */
export const ROW_PAD = 0.06;
const CARD_GAP = 0.08;
/** The card font sizes tried, largest first: the deck takes the largest at which every row fits. */
const FONTS = [16, 14, 12, 11, 10, 9];
const MAX_TITLE_LINES = 6;
const MIN_ROW = 0.42;

export interface DeckContext {
  journey: Journey;
  personas: ReadonlyMap<Id, Persona>;
  text: Messages;
}

export interface LaneRow {
  lane: Lane;
  /** The lane's name (or its kind's, when it has none). */
  name: string;
  y: number;
  h: number;
  /** The height of its emotion curve band at the top of the row; 0 for no curve. */
  curve: number;
}

export interface RowPlan {
  font: number;
  rows: LaneRow[];
}

export const labelFont = (font: number) => Math.min(13, Math.max(9, font));
/** Emotion point labels: the score, then the label on up to two lines. */
export const pointFont = (font: number) => Math.max(8, font - 2);
export const pointLabelHeight = (font: number) => linesHeight(2, pointFont(font)) + BOX_PAD;

/** True for a lane that draws its emotion cards as curves. */
const drawsCurve = (lane: Lane) => lane.kind === 'emotions';

/** The cards of a cell set as boxes: all but the emotion points of a curve lane. */
export function boxCards(context: DeckContext, stageId: Id, lane: Lane): Card[] {
  return cardsInCell(context.journey, stageId, lane.id).filter(
    (card) => !(drawsCurve(lane) && card.kind === 'emotion'),
  );
}

export function curvePoints(context: DeckContext, stageId: Id, lane: Lane) {
  if (!drawsCurve(lane)) return [];
  return cardsInCell(context.journey, stageId, lane.id).flatMap((card) =>
    card.kind === 'emotion' ? [card] : [],
  );
}

/** How a cell's cards sit in columns at a font size. */
function gridOf(count: number, font: number) {
  const minWidth = (1.9 * font) / 12;
  const maxColumns = Math.max(1, Math.floor((AREA_WIDTH + CARD_GAP) / (minWidth + CARD_GAP)));
  const columns = Math.max(1, Math.min(count, maxColumns));
  // A lone card need not stretch across the whole row.
  const width = Math.min((AREA_WIDTH - (columns - 1) * CARD_GAP) / columns, AREA_WIDTH / 1.6);
  return { columns, width };
}

export type CardBox = Omit<TextBox, 'x' | 'y' | 'w' | 'h'>;

/** A card's box content at a width and font, and the height its text needs (at most `maxH`). */
export function cardContent(
  context: DeckContext,
  card: Card,
  width: number,
  font: number,
  maxH = Infinity,
): { box: CardBox; h: number } {
  const lines = cardLines(card, context.text, context.personas);
  const colors = cardColors(card);
  const perLine = charsPerLine(width - BOX_PAD - 0.04, font);
  const small = font - 1;
  const runs: TextRun[] = [];
  let h = BOX_PAD + 0.04;
  if (lines.meta) {
    const meta = fitText(lines.meta, charsPerLine(width - BOX_PAD - 0.04, small), 2);
    runs.push({ text: meta.text, bold: true, color: colors.line, fontSize: small });
    h += linesHeight(meta.lines, small);
  }
  const room = (left: number, size: number) =>
    Math.max(1, Math.floor((maxH - left) / linesHeight(1, size)));
  if (lines.title) {
    const title = fitText(lines.title, perLine, Math.min(MAX_TITLE_LINES, room(h, font)));
    if (runs.length > 0) runs[runs.length - 1]!.breakLine = true;
    runs.push({ text: title.text });
    h += linesHeight(title.lines, font);
  }
  if (lines.detail && maxH - h >= linesHeight(1, small)) {
    const detail = fitText(
      lines.detail,
      charsPerLine(width - BOX_PAD, small),
      Math.min(2, room(h, small)),
    );
    if (runs.length > 0) runs[runs.length - 1]!.breakLine = true;
    runs.push({ text: detail.text, color: SOFT, fontSize: small });
    h += linesHeight(detail.lines, small);
  }
  const box: CardBox = {
    type: 'text',
    runs,
    fontSize: font,
    color: INK,
    fill: colors.fill,
    line: colors.line,
    valign: 'top',
    cardId: card.id,
    kind: card.kind,
    name: `Card: ${context.text.cardKinds[card.kind]}`,
  };
  return { box, h: Math.min(h, maxH) };
}

/** A cell's cards in grid lines: each line's cards and the height of its tallest. */
export function cellLines(
  context: DeckContext,
  cards: readonly Card[],
  font: number,
  maxH = Infinity,
) {
  const { columns, width } = gridOf(cards.length, font);
  const lines: { cards: { card: Card; box: CardBox }[]; h: number }[] = [];
  for (let start = 0; start < cards.length; start += columns) {
    const row = cards.slice(start, start + columns).map((card) => {
      const content = cardContent(context, card, width, font, maxH);
      return { card, box: content.box, h: content.h };
    });
    lines.push({ cards: row, h: Math.max(...row.map((item) => item.h)) });
  }
  return { columns, width, lines };
}

/** The height a cell needs to show all its cards at `font`. */
function cellNeed(context: DeckContext, stageId: Id, lane: Lane, font: number): number {
  const cards = boxCards(context, stageId, lane);
  if (cards.length === 0) return 0;
  const { lines } = cellLines(context, cards, font);
  return lines.reduce((sum, line) => sum + line.h, 0) + (lines.length - 1) * CARD_GAP;
}

/** The lane's name, then (for a curve lane) whose curves it holds, in their colours. */
export function laneLabel(context: DeckContext, row: LaneRow, font: number): TextRun[] {
  const runs: TextRun[] = [{ text: row.name, bold: true }];
  if (row.curve === 0) return runs;
  const ids = new Set<Id | null>();
  for (const stage of context.journey.stages) {
    for (const card of curvePoints(context, stage.id, row.lane)) ids.add(card.personaId);
  }
  for (const id of ids) {
    const persona = id === null ? undefined : context.personas.get(id);
    const name = id === null ? context.text.export.sharedCurve : persona?.name.trim() || '';
    if (!name) continue;
    runs[runs.length - 1]!.breakLine = true;
    runs.push({ text: `● ${name}`, color: curveColor(context, id), fontSize: font - 2 });
  }
  return runs;
}

/** A curve's colour: its persona's, or the shared curve's. */
export function curveColor(context: DeckContext, personaId: Id | null): string {
  const persona = personaId === null ? undefined : context.personas.get(personaId);
  return persona?.color ?? SHARED_CURVE_COLOR;
}

export function laneName(lane: Lane, text: Messages): string {
  return lane.name.trim() || text.laneKinds[lane.kind];
}

/** The rows, from every stage of the deck's journey. */
export function planRows(context: DeckContext): RowPlan {
  const { journey } = context;
  const room = CONTENT.bottom - CONTENT.y - (journey.lanes.length - 1) * ROW_GAP;
  let chosen: { font: number; needs: number[]; curves: number[]; boxes: boolean[] } | null = null;
  for (const font of FONTS) {
    const curves = journey.lanes.map((lane) =>
      journey.stages.some((stage) => curvePoints(context, stage.id, lane).length > 0)
        ? pointLabelHeight(font) + 0.75
        : 0,
    );
    const needs = journey.lanes.map((lane, index) => {
      const label = linesHeight(2, labelFont(font) + 1) + BOX_PAD;
      const cells = Math.max(0, ...journey.stages.map((s) => cellNeed(context, s.id, lane, font)));
      const curve = curves[index]!;
      const cardsH = cells > 0 ? cells + (curve > 0 ? ROW_PAD : 0) : 0;
      return Math.max(MIN_ROW, label, curve + cardsH + 2 * ROW_PAD);
    });
    const boxes = journey.lanes.map((lane) =>
      journey.stages.some((stage) => boxCards(context, stage.id, lane).length > 0),
    );
    chosen = { font, needs, curves, boxes };
    if (needs.reduce((sum, need) => sum + need, 0) <= room) break;
  }
  if (!chosen || journey.lanes.length === 0) return { font: FONTS[0]!, rows: [] };
  const heights = share(chosen.needs, room);
  let y = CONTENT.y;
  const rows = journey.lanes.map((lane, index) => {
    const h = heights[index]!;
    const row = {
      lane,
      name: laneName(lane, context.text),
      y,
      h,
      // A curve alone in its lane takes the whole row.
      curve:
        chosen.curves[index]! === 0
          ? 0
          : chosen.boxes[index]
            ? Math.min(chosen.curves[index]!, Math.max(0, h - 2 * ROW_PAD))
            : h - 2 * ROW_PAD,
    };
    y += h + ROW_GAP;
    return row;
  });
  return { font: chosen.font, rows };
}

/**
 * Heights for `needs` that fill `room`: in proportion when they all fit; otherwise the small
 * needs are met and the large ones share what is left equally (their cards continue on another
 * slide).
 */
function share(needs: readonly number[], room: number): number[] {
  const total = needs.reduce((sum, need) => sum + need, 0);
  if (total <= room) return needs.map((need) => (need * room) / total);
  let cap = room / needs.length;
  for (;;) {
    const small = needs.filter((need) => need <= cap);
    const rest = room - small.reduce((sum, need) => sum + need, 0);
    const large = needs.length - small.length;
    const next = large > 0 ? rest / large : cap;
    if (Math.abs(next - cap) < 1e-9) break;
    cap = next;
  }
  return needs.map((need) => Math.min(need, cap));
}
