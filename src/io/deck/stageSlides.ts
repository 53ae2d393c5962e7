// A stage's slides: the shared lane rows (laneRows.ts) with their labels at the left, each cell's
// cards as editable text boxes filling its row, and the stage's part of every emotion curve as
// native shapes: a line per persona through its points, each point labelled with its score and
// label. Cards that do not fit their row continue on a slide "Stage (2)" with the same rows.
import { fill } from '../../i18n/fill';
import { tint, type EmotionCard, type Id, type Stage } from '../../model';
import { charsPerLine, fitText, linesHeight, signedScore } from './deckText';
import {
  AREA,
  LABEL_WIDTH,
  ROW_PAD,
  boxCards,
  cellLines,
  curveColor,
  curvePoints,
  labelFont,
  laneLabel,
  pointFont,
  pointLabelHeight,
  type DeckContext,
  type LaneRow,
  type RowPlan,
} from './laneRows';
import {
  BOX_PAD,
  CONTENT,
  heading,
  shapeBox,
  textBox,
  type LineBox,
  type PlannedSlide,
  type SlideBox,
  type TextBox,
} from './slideBoxes';

const CARD_GAP = 0.08;
const POINT_SIZE = 0.16;
const NEUTRAL_LINE = '#cbd2d9';

/** A line through points in slide inches, as a box around them. */
function lineThrough(
  points: { x: number; y: number }[],
  color: string,
  width: number,
  dashed: boolean,
  name: string,
): LineBox {
  const xs = points.map((p) => p.x);
  const ys = points.map((p) => p.y);
  const x = Math.min(...xs);
  const y = Math.min(...ys);
  return {
    type: 'line',
    name,
    x,
    y,
    // A flat line still needs a box with some height.
    w: Math.max(Math.max(...xs) - x, 0.02),
    h: Math.max(Math.max(...ys) - y, 0.02),
    points: points.map((p) => ({ x: p.x - x, y: p.y - y })),
    color,
    width,
    dashed,
  };
}

/** The cards of a cell, page by page: grid lines that fit the row, stretched to fill it. */
function cellPages(context: DeckContext, stageId: Id, row: LaneRow, font: number): TextBox[][] {
  const cards = boxCards(context, stageId, row.lane);
  if (cards.length === 0) return [];
  const top = row.y + ROW_PAD + (row.curve > 0 ? row.curve + ROW_PAD : 0);
  const room = row.y + row.h - ROW_PAD - top;
  if (room < linesHeight(1, font)) return [];
  const { width, lines } = cellLines(context, cards, font, room);
  const pages: (typeof lines)[] = [[]];
  let used = 0;
  for (const line of lines) {
    const page = pages[pages.length - 1]!;
    if (page.length > 0 && used + CARD_GAP + line.h > room) {
      pages.push([line]);
      used = line.h;
    } else {
      used += (page.length > 0 ? CARD_GAP : 0) + line.h;
      page.push(line);
    }
  }
  return pages.map((page) => {
    const needed = page.reduce((sum, line) => sum + line.h, 0) + (page.length - 1) * CARD_GAP;
    const extra = (room - needed) / page.length;
    let y = top;
    return page.flatMap((line) => {
      const h = line.h + extra;
      const boxes = line.cards.map(({ box }, column): TextBox => ({
        ...box,
        x: AREA.x + column * (width + CARD_GAP),
        y,
        w: width,
        h,
      }));
      y += h + CARD_GAP;
      return boxes;
    });
  });
}

/** The last (or first) score of `personaId`'s curve in the nearest stage before (or after). */
function neighbourScore(
  context: DeckContext,
  row: LaneRow,
  stageIndex: number,
  personaId: Id | null,
  step: -1 | 1,
): number | null {
  const { stages } = context.journey;
  for (let i = stageIndex + step; i >= 0 && i < stages.length; i += step) {
    const points = curvePoints(context, stages[i]!.id, row.lane).filter(
      (card) => card.personaId === personaId,
    );
    const point = step === -1 ? points[points.length - 1] : points[0];
    if (point) return point.score;
  }
  return null;
}

/** The stage's part of the lane's emotion curves, with a dashed lead to the stages around it. */
function curveBoxes(context: DeckContext, row: LaneRow, stageIndex: number, font: number) {
  const stage = context.journey.stages[stageIndex]!;
  const points = curvePoints(context, stage.id, row.lane);
  const top = row.y + ROW_PAD;
  const labelH = pointLabelHeight(font);
  const high = top + labelH + 0.12;
  const low = top + row.curve - POINT_SIZE / 2 - 0.04;
  const yOf = (score: number) => high + ((2 - score) / 4) * Math.max(0, low - high);
  const boxes: SlideBox[] = [
    lineThrough(
      [
        { x: AREA.x, y: yOf(0) },
        { x: AREA.right, y: yOf(0) },
      ],
      NEUTRAL_LINE,
      0.75,
      true,
      'Emotion: neutral',
    ),
  ];
  if (points.length === 0) return boxes;
  const slot = (AREA.right - AREA.x) / points.length;
  const placed = points.map((card, index) => ({
    card,
    x: AREA.x + (index + 0.5) * slot,
    y: yOf(card.score),
  }));
  const curves = new Map<Id | null, typeof placed>();
  for (const point of placed) {
    curves.set(point.card.personaId, [...(curves.get(point.card.personaId) ?? []), point]);
  }
  for (const [personaId, curve] of curves) {
    const color = curveColor(context, personaId);
    const name = `Emotion curve: ${personaName(context, personaId)}`;
    const first = curve[0]!;
    const last = curve[curve.length - 1]!;
    const before = neighbourScore(context, row, stageIndex, personaId, -1);
    if (before !== null) {
      const lead = [{ x: AREA.x, y: (yOf(before) + first.y) / 2 }, first];
      boxes.push(lineThrough(lead, color, 2, true, `${name} (before)`));
    }
    const after = neighbourScore(context, row, stageIndex, personaId, 1);
    if (after !== null) {
      const lead = [last, { x: AREA.right, y: (yOf(after) + last.y) / 2 }];
      boxes.push(lineThrough(lead, color, 2, true, `${name} (after)`));
    }
    if (curve.length > 1) boxes.push(lineThrough(curve, color, 2.5, false, name));
  }
  const size = pointFont(font);
  const labelW = Math.min(slot - 0.06, 2.4);
  for (const { card, x, y } of placed) {
    const color = card.color ?? curveColor(context, card.personaId);
    boxes.push(
      shapeBox('ellipse', x - POINT_SIZE / 2, y - POINT_SIZE / 2, POINT_SIZE, POINT_SIZE, color, {
        line: '#ffffff',
        lineWidth: 1,
        name: 'Emotion point',
      }),
    );
    boxes.push(
      textBox(
        x - labelW / 2,
        y - POINT_SIZE / 2 - 0.04 - labelH,
        labelW,
        labelH,
        pointRuns(card, color, labelW, size),
        size,
        {
          align: 'center',
          valign: 'bottom',
          name: 'Emotion point label',
          cardId: card.id,
          kind: card.kind,
        },
      ),
    );
  }
  return boxes;
}

function personaName(context: DeckContext, personaId: Id | null): string {
  if (personaId === null) return context.text.export.sharedCurve;
  return context.personas.get(personaId)?.name.trim() || context.text.export.sharedCurve;
}

/** "−2 Tired": the score in the curve's colour, then the label when the point has one. */
function pointRuns(card: EmotionCard, color: string, width: number, size: number) {
  const score = signedScore(card.score);
  const label = card.label.trim();
  if (!label) return [{ text: score, bold: true, color }];
  const fitted = fitText(`${score} ${label}`, charsPerLine(width - BOX_PAD, size), 2);
  return [{ text: score, bold: true, color }, { text: fitted.text.slice(score.length) }];
}

/** The rows' bands, colour stripes and lane labels: the same on every stage slide. */
function rowBoxes(context: DeckContext, plan: RowPlan): SlideBox[] {
  return plan.rows.flatMap((row) => {
    const size = labelFont(plan.font);
    const runs = laneLabel(context, row, size);
    const width = LABEL_WIDTH - 0.12;
    const lines = Math.max(
      1,
      Math.floor((row.h - BOX_PAD) / linesHeight(1, size)) - (runs.length - 1),
    );
    runs[0] = {
      ...runs[0]!,
      text: fitText(row.name, charsPerLine(width - BOX_PAD, size), Math.min(3, lines)).text,
    };
    return [
      shapeBox('rect', CONTENT.x, row.y, CONTENT.width, row.h, tint(row.lane.color, 0.09), {
        name: `Row: ${row.name}`,
      }),
      shapeBox('rect', CONTENT.x, row.y, 0.07, row.h, row.lane.color, { name: 'Row colour' }),
      textBox(CONTENT.x + 0.12, row.y, width, row.h, runs, size, {
        valign: 'middle',
        name: `Lane: ${row.name}`,
      }),
    ];
  });
}

export function stageSlides(
  context: DeckContext,
  plan: RowPlan,
  stage: Stage,
  stageIndex: number,
  logo: { width: number; height: number } | null,
): PlannedSlide[] {
  const name = stage.name.trim() || fill(context.text.export.deckStage, { number: stageIndex + 1 });
  const cells = plan.rows.map((row) => cellPages(context, stage.id, row, plan.font));
  const count = Math.max(1, ...cells.map((pages) => pages.length));
  const rows = rowBoxes(context, plan);
  const curves = plan.rows.flatMap((row) =>
    row.curve > 0 ? curveBoxes(context, row, stageIndex, plan.font) : [],
  );
  return Array.from({ length: count }, (_, page) => {
    const title =
      page === 0 ? name : fill(context.text.export.deckContinued, { name, page: page + 1 });
    return {
      kind: 'stage' as const,
      title,
      numbered: true,
      boxes: [
        ...heading(title, stage.color, logo),
        ...rows,
        ...cells.flatMap((pages) => pages[page] ?? []),
        ...(page === 0 ? curves : []),
      ],
    };
  });
}
