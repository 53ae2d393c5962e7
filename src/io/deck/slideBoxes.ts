// What a planned slide is made of: text boxes, plain shapes (bars, bands, emotion points), lines
// through points (emotion curves) and pictures, each placed in inches on a 13.33 × 7.5 in, 16:9
// slide. The slide plan places them; deckWriter.ts draws them with pptxgenjs.
import type { CardKind, Id } from '../../model';
import { charsPerLine, fitText } from './deckText';

export const SLIDE = { width: 13.333, height: 7.5 };
export const MARGIN = 0.5;
/** The room below a slide's heading, above its footer (slide number). */
export const CONTENT = {
  x: MARGIN,
  y: 1.35,
  width: SLIDE.width - 2 * MARGIN,
  bottom: SLIDE.height - 0.45,
};
export const INK = '#1f2933';
export const SOFT = '#52606d';
/** Inner margin of a text box, in points (pptxgenjs takes points). */
export const BOX_MARGIN_PT = 4;
export const BOX_PAD = (2 * BOX_MARGIN_PT) / 72;
/** The small logo at the top right of every slide but the title. */
export const LOGO_BOX = { w: 1.5, h: 0.7, y: 0.3 };

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

interface Placed {
  x: number;
  y: number;
  w: number;
  h: number;
  /** The shape's name in PowerPoint's selection pane. */
  name?: string;
}

export interface TextBox extends Placed {
  type: 'text';
  runs: TextRun[];
  fontSize: number;
  color: string;
  /** #rrggbb fill and outline, when the box has them. */
  fill?: string;
  line?: string;
  align?: 'left' | 'center' | 'right';
  valign?: 'top' | 'middle' | 'bottom';
  /** The card this box shows, and its kind, for card boxes. */
  cardId?: Id;
  kind?: CardKind;
}

/** A plain rectangle or ellipse: bars, lane bands, emotion points. */
export interface ShapeBox extends Placed {
  type: 'shape';
  shape: 'rect' | 'ellipse';
  fill: string | null;
  line: string | null;
  lineWidth?: number;
}

/** A line through points given in inches from the box's top left corner (an emotion curve). */
export interface LineBox extends Placed {
  type: 'line';
  points: { x: number; y: number }[];
  color: string;
  /** In points. */
  width: number;
  dashed: boolean;
}

export interface ImageBox extends Placed {
  type: 'image';
  /** The map's picture, or the user's logo. */
  source: 'overview' | 'logo';
}

export type SlideBox = TextBox | ShapeBox | LineBox | ImageBox;

export interface PlannedSlide {
  kind: 'title' | 'overview' | 'stage' | 'persona';
  title: string;
  boxes: SlideBox[];
  /** Shows its slide number at the bottom right (every slide but the title). */
  numbered: boolean;
}

export function textBox(
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

export function shapeBox(
  shape: ShapeBox['shape'],
  x: number,
  y: number,
  w: number,
  h: number,
  fill: string | null,
  extra: Partial<ShapeBox> = {},
): ShapeBox {
  return { type: 'shape', shape, x, y, w, h, fill, line: null, ...extra };
}

/** A logo's box, as large as fits `room` while keeping its proportions, centred in it. */
export function fitPicture(
  size: { width: number; height: number },
  room: { x: number; y: number; w: number; h: number },
  align: 'center' | 'right' = 'center',
): { x: number; y: number; w: number; h: number } {
  const factor = Math.min(room.w / size.width, room.h / size.height);
  const w = size.width * factor;
  const h = size.height * factor;
  const x = align === 'right' ? room.x + room.w - w : room.x + (room.w - w) / 2;
  return { x, y: room.y + (room.h - h) / 2, w, h };
}

/**
 * A slide's heading, on one line or two smaller ones, with a bar in `color` below it; with a logo,
 * the heading leaves the top right corner to it.
 */
export function heading(
  title: string,
  color: string,
  logo: { width: number; height: number } | null,
): SlideBox[] {
  const width = CONTENT.width - (logo ? LOGO_BOX.w + 0.2 : 0);
  const single = fitText(title, charsPerLine(width - BOX_PAD, 28), 1);
  const fitted =
    single.text === title ? single : fitText(title, charsPerLine(width - BOX_PAD, 20), 2);
  const size = fitted === single ? 28 : 20;
  const boxes: SlideBox[] = [
    textBox(MARGIN, 0.25, width, 0.85, [{ text: fitted.text, bold: true }], size, {
      valign: 'middle',
      name: 'Title',
    }),
    shapeBox('rect', MARGIN, 1.18, CONTENT.width, 0.05, color, { name: 'Title bar' }),
  ];
  if (logo && logo.width > 0 && logo.height > 0) {
    const room = { ...LOGO_BOX, x: SLIDE.width - MARGIN - LOGO_BOX.w };
    boxes.push({ type: 'image', source: 'logo', name: 'Logo', ...fitPicture(logo, room, 'right') });
  }
  return boxes;
}
