// Swimlane layout: where every stage column, lane row and card sits on the map, in pixels.
// Pure and deterministic, so the canvas, the exports and the tests all agree on one geometry.
import { cardKindOf, EMOTION_POINT_SIZE, type Card, type TextHeights } from './card';
import type { Id } from './ids';
import type { Journey } from './journey';
import { cardsByCell, cellKey } from './queries';
import { EMOTION_MAX, EMOTION_MIN } from './vocabulary';

export const LAYOUT = {
  laneHeaderWidth: 200,
  stageHeaderHeight: 72,
  columnWidth: 280,
  cardWidth: 248,
  cellPadding: 16,
  cardGap: 12,
  collapsedLaneHeight: 44,
  emotionLaneHeight: 220,
  emotionPointSize: EMOTION_POINT_SIZE,
  lineHeight: 20,
  charsPerLine: 28,
  maxTextLines: 6,
} as const;

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface ColumnLayout extends Rect {
  stageId: Id;
}

export interface RowLayout extends Rect {
  laneId: Id;
  collapsed: boolean;
}

export interface MapLayout {
  width: number;
  height: number;
  columns: ColumnLayout[];
  rows: RowLayout[];
  /** Cards in visible rows only; cards of collapsed lanes have no box. */
  cards: Map<Id, Rect>;
}

function textLines(text: string): number {
  const lines = text
    .split('\n')
    .reduce((total, line) => total + Math.max(1, Math.ceil(line.length / LAYOUT.charsPerLine)), 0);
  return Math.min(LAYOUT.maxTextLines, Math.max(1, lines));
}

const MAP_TEXT: TextHeights = {
  line: LAYOUT.lineHeight,
  of: (text) => textLines(text) * LAYOUT.lineHeight,
};

/** A card's height, from its kind and an estimate of how many lines its text wraps to. */
export function cardHeight(card: Card): number {
  return cardKindOf(card).height(card, MAP_TEXT);
}

/** Vertical position of an emotion score inside its row: +2 at the top, −2 at the bottom. */
export function emotionY(score: number, row: Rect): number {
  const span = EMOTION_MAX - EMOTION_MIN;
  const inner = row.height - 2 * LAYOUT.cellPadding - LAYOUT.emotionPointSize;
  return row.y + LAYOUT.cellPadding + ((EMOTION_MAX - score) / span) * inner;
}

function stackedHeight(cards: readonly Card[]): number {
  if (cards.length === 0) return 0;
  const total = cards.reduce((sum, card) => sum + cardHeight(card), 0);
  return total + LAYOUT.cardGap * (cards.length - 1) + 2 * LAYOUT.cellPadding;
}

export function layoutJourney(journey: Journey): MapLayout {
  const cells = cardsByCell(journey);
  const columns: ColumnLayout[] = journey.stages.map((stage, index) => ({
    stageId: stage.id,
    x: LAYOUT.laneHeaderWidth + index * LAYOUT.columnWidth,
    y: 0,
    width: LAYOUT.columnWidth,
    height: 0,
  }));

  const rows: RowLayout[] = [];
  let y = LAYOUT.stageHeaderHeight;
  for (const lane of journey.lanes) {
    let height: number;
    if (lane.collapsed) height = LAYOUT.collapsedLaneHeight;
    else if (lane.kind === 'emotions') {
      height = Math.max(lane.minHeight, LAYOUT.emotionLaneHeight);
      for (const stage of journey.stages) {
        const notes = (cells.get(cellKey(stage.id, lane.id)) ?? []).filter(
          (c) => c.kind !== 'emotion',
        );
        height = Math.max(height, stackedHeight(notes));
      }
    } else {
      height = lane.minHeight;
      for (const stage of journey.stages) {
        height = Math.max(height, stackedHeight(cells.get(cellKey(stage.id, lane.id)) ?? []));
      }
    }
    rows.push({ laneId: lane.id, x: 0, y, width: 0, height, collapsed: lane.collapsed });
    y += height;
  }

  const width = LAYOUT.laneHeaderWidth + columns.length * LAYOUT.columnWidth;
  for (const column of columns) column.height = y;
  for (const row of rows) row.width = width;

  const cards = new Map<Id, Rect>();
  const inset = (LAYOUT.columnWidth - LAYOUT.cardWidth) / 2;
  journey.lanes.forEach((lane, laneIndex) => {
    const row = rows[laneIndex];
    if (!row || row.collapsed) return;
    for (const column of columns) {
      const cell = cells.get(cellKey(column.stageId, lane.id)) ?? [];
      if (lane.kind === 'emotions') placeEmotionPoints(cell, column, row, cards);
      else placeStack(cell, column.x + inset, row.y + LAYOUT.cellPadding, cards);
    }
  });

  return { width, height: y, columns, rows, cards };
}

function placeStack(cell: readonly Card[], x: number, top: number, out: Map<Id, Rect>): void {
  let y = top;
  for (const card of cell) {
    const height = cardHeight(card);
    out.set(card.id, { x, y, width: LAYOUT.cardWidth, height });
    y += height + LAYOUT.cardGap;
  }
}

/**
 * Emotion points sit at their score's height and spread across the cell; when a cell holds more
 * points than fit side by side, the extra ones wrap onto rows nudged towards the neutral line.
 * Any other card in an emotions lane is stacked from the top, like in any lane.
 */
function placeEmotionPoints(
  cell: readonly Card[],
  column: ColumnLayout,
  row: RowLayout,
  out: Map<Id, Rect>,
): void {
  const size = LAYOUT.emotionPointSize;
  const step = size + 4;
  const others = cell.filter((card) => card.kind !== 'emotion');
  placeStack(
    others,
    column.x + (column.width - LAYOUT.cardWidth) / 2,
    row.y + LAYOUT.cellPadding,
    out,
  );
  const points = cell.filter((card) => card.kind === 'emotion');
  const perRow = Math.max(1, Math.floor((column.width - 8) / step));
  points.forEach((card, index) => {
    if (card.kind !== 'emotion') return;
    const wrap = Math.floor(index / perRow);
    const inRow = Math.min(perRow, points.length - wrap * perRow);
    const slot = column.width / (inRow + 1);
    const x = column.x + slot * ((index % perRow) + 1) - size / 2;
    const towardsNeutral = card.score > 0 ? 1 : -1;
    out.set(card.id, {
      x,
      y: emotionY(card.score, row) + wrap * step * towardsNeutral,
      width: size,
      height: size,
    });
  });
}
