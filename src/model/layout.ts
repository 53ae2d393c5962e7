// Swimlane layout: where every stage column, lane row and card sits on the map, in pixels.
// Pure and deterministic, so the canvas, the exports and the tests all agree on one geometry.
// A crowded stage widens into several sub-columns (see stageSubColumns), so a stage of thirty
// cards stays about as tall as twice the others; the cards of its cells flow into those
// sub-columns in rank order, top to bottom then left to right.
import { EMOTION_POINT_SIZE, type Card } from './card';
import { CARD_TEXT, cardHeight } from './cardHeights';
import type { Id } from './ids';
import type { Journey, Lane, Stage } from './journey';
import { cardsByCell, cellKey } from './queries';
import { EMOTION_MAX, EMOTION_MIN } from './vocabulary';

export const LAYOUT = {
  laneHeaderWidth: 200,
  stageHeaderHeight: 72,
  /** The width of one sub-column; a stage is one to `maxSubColumns` of them wide. */
  columnWidth: 280,
  cardWidth: CARD_TEXT.cardWidth,
  cellPadding: 16,
  cardGap: 12,
  collapsedLaneHeight: 44,
  /** The height of the band where emotion points sit, below any notes of the lane. */
  emotionLaneHeight: 220,
  emotionPointSize: EMOTION_POINT_SIZE,
  lineHeight: CARD_TEXT.lineHeight,
  charsPerLine: CARD_TEXT.charsPerLine,
  maxTextLines: CARD_TEXT.maxTextLines,
  /** A crowded stage widens to at most this many sub-columns. */
  maxSubColumns: 4,
  /** A stage may grow this many times as tall as the typical other stage before it widens… */
  denseStageRatio: 2,
  /** …and never widens while it is shorter than this. */
  denseStageFloor: 900,
} as const;

export { cardHeight, wrappedLines } from './cardHeights';
export { BADGE_LABEL_CHARS } from './cardKinds/faceHeight';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface ColumnLayout extends Rect {
  stageId: Id;
  /** How many sub-columns of `LAYOUT.columnWidth` the stage is wide: 1 unless it is crowded. */
  subColumns: number;
}

export interface RowLayout extends Rect {
  laneId: Id;
  collapsed: boolean;
  /**
   * In an emotions lane, the height of the band at its top where its notes stack; the points sit
   * below it, so a note never covers a point. 0 in other lanes and in emotions lanes without notes.
   */
  notesBand: number;
}

export interface MapLayout {
  width: number;
  height: number;
  columns: ColumnLayout[];
  rows: RowLayout[];
  /** Cards in visible rows only; cards of collapsed lanes have no box. */
  cards: Map<Id, Rect>;
}

/** The band of an emotions lane where its points sit: below its notes, inside its padding. */
function pointsSpan(row: Rect & { notesBand?: number }): { top: number; inner: number } {
  const band = row.notesBand ?? 0;
  return {
    top: row.y + band + LAYOUT.cellPadding,
    inner: row.height - band - 2 * LAYOUT.cellPadding - LAYOUT.emotionPointSize,
  };
}

/** Vertical position of an emotion score inside its row: +2 at the top, −2 at the bottom. */
export function emotionY(score: number, row: Rect & { notesBand?: number }): number {
  const { top, inner } = pointsSpan(row);
  return top + ((EMOTION_MAX - score) / (EMOTION_MAX - EMOTION_MIN)) * inner;
}

/** The height of the neutral line (score 0) in an emotions row, through the points' centres. */
export function emotionNeutralY(row: Rect & { notesBand?: number }): number {
  return emotionY(0, row) + LAYOUT.emotionPointSize / 2;
}

/** How many pixels apart two neighbouring scores sit in an emotions row. */
export function emotionStep(row: Rect & { notesBand?: number }): number {
  return pointsSpan(row).inner / (EMOTION_MAX - EMOTION_MIN);
}

/** The whole score nearest to a point's top edge at `top` in its row, kept within −2…+2. */
export function emotionScoreAt(top: number, row: Rect & { notesBand?: number }): number {
  const { top: first } = pointsSpan(row);
  const score = Math.round(EMOTION_MAX - (top - first) / emotionStep(row));
  return Math.max(EMOTION_MIN, Math.min(EMOTION_MAX, score));
}

const columnHeight = (heights: readonly number[]) =>
  heights.length === 0
    ? 0
    : heights.reduce((sum, h) => sum + h, 0) + LAYOUT.cardGap * (heights.length - 1);

/**
 * Splits a cell's cards, in rank order, into at most `count` runs whose tallest stack is as short
 * as it can be: the first run fills the first sub-column, the next the second, and so on.
 */
export function splitIntoRuns(heights: readonly number[], count: number): number[] {
  const runs = Math.max(1, Math.min(count, heights.length));
  if (runs === 1) return [heights.length];
  const fits = (limit: number): number[] | null => {
    const sizes: number[] = [];
    let size = 0;
    let used = 0;
    for (const height of heights) {
      const next = size === 0 ? height : used + LAYOUT.cardGap + height;
      if (size > 0 && next > limit) {
        sizes.push(size);
        size = 1;
        used = height;
      } else {
        size += 1;
        used = next;
      }
    }
    sizes.push(size);
    return sizes.length <= runs ? sizes : null;
  };
  let low = Math.max(...heights);
  let high = columnHeight(heights);
  while (low < high) {
    const middle = Math.floor((low + high) / 2);
    if (fits(middle)) high = middle;
    else low = middle + 1;
  }
  return fits(low) ?? [heights.length];
}

/** The height a cell's cards need in `count` sub-columns, padding included; 0 when empty. */
function cellHeight(heights: readonly number[], count: number): number {
  if (heights.length === 0) return 0;
  let tallest = 0;
  let start = 0;
  for (const size of splitIntoRuns(heights, count)) {
    tallest = Math.max(tallest, columnHeight(heights.slice(start, start + size)));
    start += size;
  }
  return tallest + 2 * LAYOUT.cellPadding;
}

/** The cards of a cell that stack like cards: all of them, but the points of an emotions lane. */
function stackedCards(lane: Lane, cell: readonly Card[]): Card[] {
  return lane.kind === 'emotions' ? cell.filter((card) => card.kind !== 'emotion') : [...cell];
}

/**
 * How tall a lane's row is for one stage's cell whose cards need `needed` pixels; an emotions
 * lane's points need `pointsNeeded` below them (see pointsBandHeight).
 */
function laneHeight(lane: Lane, needed: number, pointsNeeded = 0): number {
  if (lane.collapsed) return LAYOUT.collapsedLaneHeight;
  if (lane.kind === 'emotions') {
    return needed + Math.max(lane.minHeight, LAYOUT.emotionLaneHeight, pointsNeeded);
  }
  return Math.max(lane.minHeight, needed);
}

/** Pixels between two rows of emotion points of one score. */
const POINT_STEP = LAYOUT.emotionPointSize + 4;

/** How many emotion points sit side by side in a column `width` wide. */
function pointsPerRow(width: number): number {
  return Math.max(1, Math.floor((width - 8) / POINT_STEP));
}

/**
 * Where a score's `wrap`th row of points sits, in rows from its own: towards the neutral line,
 * and for the neutral score itself one below, one above, and so on. Placing points and sizing the
 * lane both follow it.
 */
function wrapOffset(score: number, wrap: number): number {
  if (score > 0) return wrap;
  if (score < 0) return -wrap;
  return wrap % 2 === 1 ? Math.ceil(wrap / 2) : -(wrap / 2);
}

/** How many rows a score's `rows` rows of points reach above and below its own row. */
function wrapReach(score: number, rows: number): { up: number; down: number } {
  let up = 0;
  let down = 0;
  for (let wrap = 1; wrap < rows; wrap += 1) {
    const offset = wrapOffset(score, wrap);
    up = Math.max(up, -offset);
    down = Math.max(down, offset);
  }
  return { up, down };
}

/**
 * The height an emotions lane's point band needs so that a crowded cell's points, wrapped onto
 * rows, stay apart and inside the lane: each pair of neighbouring scores is a quarter of the
 * band apart, and that quarter holds the rows wrapping into it from both sides.
 */
function pointsBandHeight(cell: readonly Card[], width: number): number {
  const counts = new Map<number, number>();
  for (const card of cell) {
    if (card.kind === 'emotion') counts.set(card.score, (counts.get(card.score) ?? 0) + 1);
  }
  if (counts.size === 0) return 0;
  const perRow = pointsPerRow(width);
  const reach = (score: number) => wrapReach(score, Math.ceil((counts.get(score) ?? 0) / perRow));
  let quarter = 0;
  for (let score = EMOTION_MAX; score > EMOTION_MIN; score -= 1) {
    const rows = reach(score).down + reach(score - 1).up;
    quarter = Math.max(quarter, rows * POINT_STEP + LAYOUT.emotionPointSize);
  }
  const inner = quarter * (EMOTION_MAX - EMOTION_MIN);
  return inner + 2 * LAYOUT.cellPadding + LAYOUT.emotionPointSize;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  if (sorted.length === 0) return 0;
  return sorted.length % 2 === 1
    ? (sorted[middle] ?? 0)
    : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

/**
 * How many sub-columns each stage is wide. A stage's height is what its own cells would make its
 * lanes; a stage widens one sub-column at a time, up to `LAYOUT.maxSubColumns`, until it is no
 * taller than `denseStageRatio` times the median height of the other stages (or the floor).
 */
export function stageSubColumns(journey: Journey, heightsByCell: Map<string, number[]>): number[] {
  const stageHeight = (stageId: Id, count: number) =>
    journey.lanes.reduce((sum, lane) => {
      const heights = heightsByCell.get(cellKey(stageId, lane.id)) ?? [];
      return sum + laneHeight(lane, cellHeight(heights, count));
    }, 0);
  const single = journey.stages.map((stage) => stageHeight(stage.id, 1));
  return journey.stages.map((stage, index) => {
    const others = single.filter((_, other) => other !== index);
    // A stage drawn alone (a page or slide of one stage) has no others to be crowded beside.
    if (others.length === 0) return 1;
    const limit = Math.max(LAYOUT.denseStageRatio * median(others), LAYOUT.denseStageFloor);
    let count = 1;
    while (count < LAYOUT.maxSubColumns && stageHeight(stage.id, count) > limit) count += 1;
    return count;
  });
}

/**
 * The cells of the lane at `laneIndex`, stage by stage, each with its box; none if the lane is not
 * laid out. The canvas's cell nodes and the map overview both draw from it.
 */
export function laneCells(
  journey: Journey,
  layout: MapLayout,
  laneIndex: number,
): { stage: Stage; rect: Rect }[] {
  const row = layout.rows[laneIndex];
  if (!row) return [];
  return journey.stages.flatMap((stage, stageIndex) => {
    const column = layout.columns[stageIndex];
    return column
      ? [{ stage, rect: { x: column.x, y: row.y, width: column.width, height: row.height } }]
      : [];
  });
}

export function layoutJourney(journey: Journey): MapLayout {
  const cells = cardsByCell(journey);
  const heightsByCell = new Map<string, number[]>();
  for (const lane of journey.lanes) {
    if (lane.collapsed) continue;
    for (const stage of journey.stages) {
      const key = cellKey(stage.id, lane.id);
      const stacked = stackedCards(lane, cells.get(key) ?? []);
      if (stacked.length > 0) heightsByCell.set(key, stacked.map(cardHeight));
    }
  }
  const subColumns = stageSubColumns(journey, heightsByCell);
  const columns: ColumnLayout[] = [];
  let x = LAYOUT.laneHeaderWidth;
  journey.stages.forEach((stage, index) => {
    const count = subColumns[index] ?? 1;
    const width = count * LAYOUT.columnWidth;
    columns.push({ stageId: stage.id, x, y: 0, width, height: 0, subColumns: count });
    x += width;
  });

  const rows: RowLayout[] = [];
  let y = LAYOUT.stageHeaderHeight;
  for (const lane of journey.lanes) {
    let needed = 0;
    let pointsNeeded = 0;
    journey.stages.forEach((stage, index) => {
      const heights = heightsByCell.get(cellKey(stage.id, lane.id)) ?? [];
      needed = Math.max(needed, cellHeight(heights, subColumns[index] ?? 1));
      if (lane.kind === 'emotions') {
        const cell = cells.get(cellKey(stage.id, lane.id)) ?? [];
        const width = columns[index]?.width ?? LAYOUT.columnWidth;
        pointsNeeded = Math.max(pointsNeeded, pointsBandHeight(cell, width));
      }
    });
    const height = laneHeight(lane, needed, pointsNeeded);
    const notesBand = lane.kind === 'emotions' && !lane.collapsed ? needed : 0;
    rows.push({ laneId: lane.id, x: 0, y, width: 0, height, collapsed: lane.collapsed, notesBand });
    y += height;
  }

  const width = x;
  for (const column of columns) column.height = y;
  for (const row of rows) row.width = width;

  const cards = new Map<Id, Rect>();
  journey.lanes.forEach((lane, laneIndex) => {
    const row = rows[laneIndex];
    if (!row || row.collapsed) return;
    for (const column of columns) {
      const cell = cells.get(cellKey(column.stageId, lane.id)) ?? [];
      if (cell.length === 0) continue;
      placeStacks(stackedCards(lane, cell), column, row.y + LAYOUT.cellPadding, cards);
      if (lane.kind === 'emotions') placeEmotionPoints(cell, column, row, cards);
    }
  });

  return { width, height: y, columns, rows, cards };
}

/** Cards flow into the column's sub-columns in rank order, each sub-column stacked from `top`. */
function placeStacks(
  cell: readonly Card[],
  column: ColumnLayout,
  top: number,
  out: Map<Id, Rect>,
): void {
  if (cell.length === 0) return;
  const heights = cell.map(cardHeight);
  const inset = (LAYOUT.columnWidth - LAYOUT.cardWidth) / 2;
  let index = 0;
  splitIntoRuns(heights, column.subColumns).forEach((size, sub) => {
    const x = column.x + sub * LAYOUT.columnWidth + inset;
    let y = top;
    for (const card of cell.slice(index, index + size)) {
      const height = heights[index] ?? cardHeight(card);
      out.set(card.id, { x, y, width: LAYOUT.cardWidth, height });
      y += height + LAYOUT.cardGap;
      index += 1;
    }
  });
}

/**
 * Emotion points sit at their score's height and spread across the cell; when a cell holds more
 * points than fit side by side, the extra ones wrap onto rows nudged towards the neutral line.
 * Notes of an emotions lane stack in the band above the points (placeStacks, with the row's
 * notesBand making room), so a note never covers a point.
 */
function placeEmotionPoints(
  cell: readonly Card[],
  column: ColumnLayout,
  row: RowLayout,
  out: Map<Id, Rect>,
): void {
  const size = LAYOUT.emotionPointSize;
  const perRow = pointsPerRow(column.width);
  // Each score's points spread across the cell on its own row, wrapping onto more rows.
  const byScore = new Map<number, Card[]>();
  for (const card of cell) {
    if (card.kind !== 'emotion') continue;
    const points = byScore.get(card.score);
    if (points) points.push(card);
    else byScore.set(card.score, [card]);
  }
  for (const [score, points] of byScore) {
    points.forEach((card, index) => {
      const wrap = Math.floor(index / perRow);
      const inRow = Math.min(perRow, points.length - wrap * perRow);
      const slot = column.width / (inRow + 1);
      const x = column.x + slot * ((index % perRow) + 1) - size / 2;
      out.set(card.id, {
        x,
        y: emotionY(score, row) + wrapOffset(score, wrap) * POINT_STEP,
        width: size,
        height: size,
      });
    });
  }
}
