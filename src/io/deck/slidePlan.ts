// Plans the PowerPoint deck of a journey: a title slide, an overview picture, one slide per stage
// whose cards are editable text boxes grouped by lane, and one slide per persona. Pure: every box
// is placed here (in inches on a 13.33 × 7.5 in, 16:9 slide) and mapPptx.ts only draws the plan.
import { fill } from '../../i18n/fill';
import type { Messages } from '../../i18n/en';
import { cardsInCell, type CardKind, type Id, type Journey, type Persona } from '../../model';
import { cardColors, cardLines, charsPerLine, fitText, linesHeight } from './deckText';

export const SLIDE = { width: 13.333, height: 7.5 };
const MARGIN = 0.5;
const CONTENT = { x: MARGIN, y: 1.35, width: SLIDE.width - 2 * MARGIN, bottom: SLIDE.height - 0.4 };
const INK = '#1f2933';
const SOFT = '#52606d';
/** Inner margin of a text box, in points (pptxgenjs takes points). */
export const BOX_MARGIN_PT = 4;
const BOX_PAD = (2 * BOX_MARGIN_PT) / 72;

export interface TextRun {
  text: string;
  bold?: boolean;
  italic?: boolean;
  color?: string;
  fontSize?: number;
  bullet?: boolean;
  /** Starts a new paragraph after this run. */
  breakLine?: boolean;
}

export interface TextBox {
  type: 'text';
  x: number;
  y: number;
  w: number;
  h: number;
  runs: TextRun[];
  fontSize: number;
  color: string;
  /** #rrggbb fill and outline, when the box has them. */
  fill?: string;
  line?: string;
  align?: 'left' | 'center';
  valign?: 'top' | 'middle';
  /** The card this box shows, and its kind, for card boxes. */
  cardId?: Id;
  kind?: CardKind;
}

export interface ImageBox {
  type: 'image';
  x: number;
  y: number;
  w: number;
  h: number;
}

export type SlideBox = TextBox | ImageBox;

export interface PlannedSlide {
  kind: 'title' | 'overview' | 'stage' | 'persona';
  title: string;
  boxes: SlideBox[];
}

export interface DeckInput {
  journey: Journey;
  /** The persona library: the journey's linked personas are looked up in it. */
  personas: readonly Persona[];
  text: Messages;
  /** The export date, already written out in the user's language. */
  date: string;
  /** The overview picture's size in pixels, or null for no overview picture. */
  overview: { width: number; height: number } | null;
}

function textBox(
  x: number,
  y: number,
  w: number,
  h: number,
  runs: TextRun[],
  fontSize: number,
  extra: Partial<TextBox> = {},
): TextBox {
  return { type: 'text', x, y, w, h, runs, fontSize, color: INK, valign: 'top', ...extra };
}

/** A slide's heading, on one line or two smaller ones, with a bar in `color` below it. */
function heading(title: string, color: string): SlideBox[] {
  const single = fitText(title, charsPerLine(CONTENT.width - BOX_PAD, 28), 1);
  const fitted =
    single.text === title ? single : fitText(title, charsPerLine(CONTENT.width - BOX_PAD, 20), 2);
  const size = fitted === single ? 28 : 20;
  return [
    textBox(MARGIN, 0.25, CONTENT.width, 0.85, [{ text: fitted.text, bold: true }], size, {
      valign: 'middle',
    }),
    textBox(MARGIN, 1.18, CONTENT.width, 0.05, [], 8, { fill: color }),
  ];
}

function titleSlide(input: DeckInput, linked: Persona[]): PlannedSlide {
  const { journey, text } = input;
  const title = journey.title.trim() || text.canvas.untitled;
  const fitted = fitText(title, charsPerLine(CONTENT.width - BOX_PAD, 40), 2);
  const boxes: SlideBox[] = [
    textBox(MARGIN, 1.6, CONTENT.width, 1.9, [{ text: fitted.text, bold: true }], 40, {
      align: 'center',
      valign: 'middle',
    }),
  ];
  if (linked.length > 0) {
    const names = linked.map((p) => p.name.trim() || text.canvas.untitled).join(', ');
    const line = fitText(
      fill(text.export.deckPersonas, { names }),
      charsPerLine(CONTENT.width, 20),
      2,
    );
    boxes.push(
      textBox(MARGIN, 3.7, CONTENT.width, 0.9, [{ text: line.text }], 20, {
        align: 'center',
        color: SOFT,
      }),
    );
  }
  boxes.push(
    textBox(
      MARGIN,
      4.8,
      CONTENT.width,
      0.5,
      [{ text: fill(text.export.deckDate, { date: input.date }) }],
      16,
      { align: 'center', color: SOFT },
    ),
  );
  return { kind: 'title', title, boxes };
}

function overviewSlide(input: DeckInput): PlannedSlide {
  const title = input.text.export.deckOverview;
  const boxes = heading(title, '#3559e0');
  const picture = input.overview;
  if (picture && picture.width > 0 && picture.height > 0) {
    const room = { w: CONTENT.width, h: CONTENT.bottom - CONTENT.y };
    const factor = Math.min(room.w / picture.width, room.h / picture.height);
    const w = picture.width * factor;
    const h = picture.height * factor;
    boxes.push({
      type: 'image',
      x: CONTENT.x + (room.w - w) / 2,
      y: CONTENT.y + (room.h - h) / 2,
      w,
      h,
    });
  }
  return { kind: 'overview', title, boxes };
}

/** How densely a stage's cards are set: the first that fits one slide wins, the last continues. */
const DENSITIES = [
  { columns: 4, font: 12 },
  { columns: 5, font: 10 },
  { columns: 6, font: 9 },
];
const GAP = 0.16;
const CARD_GAP = 0.08;
const MAX_TITLE_LINES = 4;
const MAX_DETAIL_LINES = 2;

interface Item {
  laneName: string;
  /** null: the lane's label. */
  box: Omit<TextBox, 'x' | 'y' | 'w'> | null;
  h: number;
}

/** The lanes of a stage as items to set in columns: each lane's label, then its cards. */
function stageItems(input: DeckInput, stageId: Id, column: number, font: number): Item[][] {
  const { journey, text } = input;
  const byId = new Map(input.personas.map((p) => [p.id, p]));
  const perLine = charsPerLine(column - BOX_PAD - 0.04, font);
  const lineH = (lines: number, size = font) => linesHeight(lines, size);
  const groups: Item[][] = [];
  for (const lane of journey.lanes) {
    const cards = cardsInCell(journey, stageId, lane.id);
    if (cards.length === 0) continue;
    const laneName = lane.name.trim() || text.canvas.untitled;
    const group: Item[] = [{ laneName, box: null, h: lineH(1, font + 1) + BOX_PAD }];
    for (const card of cards) {
      const lines = cardLines(card, text, byId);
      const colors = cardColors(card);
      const runs: TextRun[] = [];
      let height = BOX_PAD + 0.04;
      if (lines.meta) {
        const meta = fitText(lines.meta, perLine, 2);
        runs.push({ text: meta.text, bold: true, color: colors.line, breakLine: true });
        height += lineH(meta.lines);
      }
      const title = fitText(lines.title, perLine, MAX_TITLE_LINES);
      runs.push({ text: title.text, breakLine: lines.detail !== '' });
      height += lineH(title.lines);
      if (lines.detail) {
        const detail = fitText(lines.detail, charsPerLine(column - BOX_PAD, font - 1), 2);
        runs.push({ text: detail.text, color: SOFT, fontSize: font - 1 });
        height += linesHeight(Math.min(detail.lines, MAX_DETAIL_LINES), font - 1);
      }
      group.push({
        laneName,
        h: height,
        box: {
          type: 'text',
          h: height,
          runs,
          fontSize: font,
          color: INK,
          fill: colors.fill,
          line: colors.line,
          valign: 'top',
          cardId: card.id,
          kind: card.kind,
        },
      });
    }
    groups.push(group);
  }
  return groups;
}

/** The height a lane takes when set whole in one column. */
const groupHeight = (group: Item[]) =>
  group.reduce((sum, item, index) => sum + item.h + (index === 0 ? 0.02 : CARD_GAP), 0.08);

/**
 * Sets the items in columns, column after column, slide after slide. A lane starts a new column
 * when it would pass `softBottom`, so a sparse stage spreads its lanes across the slide; cards only
 * move on when they would pass the foot of the slide.
 */
function setInColumns(
  groups: Item[][],
  columns: number,
  font: number,
  softBottom: number,
): TextBox[][] {
  const column = (CONTENT.width - (columns - 1) * GAP) / columns;
  const pages: TextBox[][] = [[]];
  let col = 0;
  let y = CONTENT.y;
  const nextColumn = () => {
    col += 1;
    y = CONTENT.y;
    if (col === columns) {
      col = 0;
      pages.push([]);
    }
  };
  const place = (item: Item, label: boolean) => {
    const x = CONTENT.x + col * (column + GAP);
    const box: TextBox = label
      ? textBox(x, y, column, item.h, [{ text: item.laneName, bold: true }], font + 1, {
          color: SOFT,
        })
      : { ...item.box!, x, y, w: column };
    pages[pages.length - 1]!.push(box);
    y += item.h + (label ? 0.02 : CARD_GAP);
  };
  for (const group of groups) {
    const [label, ...cards] = group;
    if (!label) continue;
    // Never leave a lane's label alone at the foot of a column.
    const orphan = y + label.h + (cards[0]?.h ?? 0) > CONTENT.bottom;
    if (y > CONTENT.y && (orphan || y + groupHeight(group) > softBottom)) nextColumn();
    if (y > CONTENT.y) y += 0.08;
    place(label, true);
    for (const card of cards) {
      if (y + card.h > CONTENT.bottom) {
        nextColumn();
        // The lane's label again at the top of the column it continues in.
        place(label, true);
      }
      place(card, false);
    }
  }
  return pages;
}

function stageSlides(input: DeckInput, stageId: Id, name: string, color: string): PlannedSlide[] {
  let pages: TextBox[][] = [];
  for (const density of DENSITIES) {
    const column = (CONTENT.width - (density.columns - 1) * GAP) / density.columns;
    const groups = stageItems(input, stageId, column, density.font);
    pages = setInColumns(groups, density.columns, density.font, CONTENT.bottom);
    if (pages.length === 1) {
      // It fits: spread the lanes over the columns rather than filling the first ones.
      // Lanes do not split evenly, so allow a little more than an even share until it fits.
      const share = groups.reduce((sum, group) => sum + groupHeight(group), 0) / density.columns;
      for (const slack of [1, 1.2, 1.4, 1.7, 2, 2.5, 3]) {
        const spread = setInColumns(
          groups,
          density.columns,
          density.font,
          CONTENT.y + share * slack,
        );
        if (spread.length === 1) {
          pages = spread;
          break;
        }
      }
      break;
    }
  }
  return pages.map((boxes, index) => {
    const title =
      index === 0 ? name : fill(input.text.export.deckContinued, { name, page: index + 1 });
    const empty =
      boxes.length === 0
        ? [
            textBox(
              CONTENT.x,
              CONTENT.y,
              CONTENT.width,
              0.5,
              [{ text: input.text.export.deckNoCards }],
              16,
              {
                color: SOFT,
              },
            ),
          ]
        : [];
    return { kind: 'stage' as const, title, boxes: [...heading(title, color), ...boxes, ...empty] };
  });
}

const MAX_LIST_ITEMS = 8;

function personaSlide(persona: Persona, text: Messages): PlannedSlide {
  const name = persona.name.trim() || text.canvas.untitled;
  const boxes = heading(name, persona.color);
  let y = CONTENT.y;
  if (persona.role.trim()) {
    const role = fitText(persona.role.trim(), charsPerLine(CONTENT.width, 18), 1);
    boxes.push(textBox(MARGIN, y, CONTENT.width, 0.45, [{ text: role.text }], 18, { color: SOFT }));
    y += 0.55;
  }
  if (persona.quote.trim()) {
    const quote = fitText(`“${persona.quote.trim()}”`, charsPerLine(CONTENT.width - 0.3, 16), 3);
    const h = linesHeight(quote.lines, 16) + BOX_PAD + 0.05;
    boxes.push(
      textBox(MARGIN, y, CONTENT.width, h, [{ text: quote.text, italic: true }], 16, {
        line: persona.color,
        fill: '#f8f9fa',
      }),
    );
    y += h + 0.25;
  }
  const half = (CONTENT.width - GAP * 2) / 2;
  const lists: [string, string[]][] = [
    [text.personaSheet.goals, persona.goals],
    [text.personaSheet.frustrations, persona.frustrations],
  ];
  const size = 14;
  const room = CONTENT.bottom - y;
  const maxLines = Math.max(2, Math.floor((room - BOX_PAD) / linesHeight(1, size)) - 1);
  lists.forEach(([label, items], index) => {
    const runs: TextRun[] = [{ text: label, bold: true, breakLine: true }];
    const entries = items.map((item) => item.trim()).filter(Boolean);
    let used = 0;
    const perLine = charsPerLine(half - BOX_PAD - 0.35, size);
    const shown = entries.slice(0, MAX_LIST_ITEMS);
    for (const entry of shown) {
      const fitted = fitText(entry, perLine, 2);
      if (used + fitted.lines > maxLines) break;
      used += fitted.lines;
      runs.push({ text: fitted.text, bullet: true, breakLine: true });
    }
    const hidden = entries.length - (runs.length - 1);
    if (hidden > 0 && used < maxLines) {
      runs.push({ text: fill(text.personaSheet.more, { count: hidden }), color: SOFT });
    }
    if (entries.length === 0) runs.push({ text: text.personaSheet.none, color: SOFT });
    const last = runs[runs.length - 1]!;
    last.breakLine = false;
    boxes.push(textBox(MARGIN + index * (half + GAP * 2), y, half, room, runs, size));
  });
  return { kind: 'persona', title: name, boxes };
}

/** The deck as slides of placed boxes, in order. */
export function planDeck(input: DeckInput): PlannedSlide[] {
  const byId = new Map(input.personas.map((p) => [p.id, p]));
  const linked = [...new Set(input.journey.personaIds)].flatMap((id) => {
    const persona = byId.get(id);
    return persona ? [persona] : [];
  });
  return [
    titleSlide(input, linked),
    overviewSlide(input),
    ...input.journey.stages.flatMap((stage) =>
      stageSlides(input, stage.id, stage.name.trim() || input.text.canvas.untitled, stage.color),
    ),
    ...linked.map((persona) => personaSlide(persona, input.text)),
  ];
}
