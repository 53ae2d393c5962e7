// The building blocks of the persona sheet scene: a column that stacks headings, wrapped
// paragraphs and chips from the top down, and the bulleted list blocks with their "+ N more". Each
// counts the texts it had to cut, so the sheet can choose the largest size that cuts none.
import { fill } from '../i18n/fill';
import type { Messages } from '../i18n/en';
import { badgeSize, blockHeight, disc, fitLines, rect, textBlock, type TextStyle } from './draw';
import { SCENE_COLORS as C } from './theme';
import type { SceneItem, TextMeasurer } from './types';

export const BODY: TextStyle = { size: 12.5, weight: 400, color: C.ink, lineHeight: 12.5 * 1.45 };
export const NONE: TextStyle = { ...BODY, color: C.inkFaint, italic: true };
export const MORE: TextStyle = {
  size: 11.5,
  weight: 600,
  color: C.inkSoft,
  lineHeight: 11.5 * 1.45,
};
const CHIP_TEXT = 11.5;

export interface Colors {
  persona: string;
  soft: string;
  line: string;
  /** How many texts were cut to fit (…, "+ N more"): the zoom is chosen to avoid any. */
  cuts: { count: number };
}

/** Builds items top-down; `y` is where the next one starts. */
export class Column {
  items: SceneItem[] = [];
  constructor(
    readonly measure: TextMeasurer,
    readonly colors: Colors,
    public y: number,
  ) {}

  /** A block heading: small capitals in the persona's colour over a rule. */
  heading(label: string, x: number, width: number) {
    const style: TextStyle = {
      size: 11,
      weight: 700,
      color: this.colors.persona,
      lineHeight: 11 * 1.45,
      letterSpacing: 0.88,
    };
    const [line = ''] = fitLines(label.toUpperCase(), this.measure, width, style, 1);
    this.items.push(textBlock(x, this.y, [line], style));
    this.y += blockHeight(1, style) + 4;
    this.items.push(rect(x, this.y, width, 2, { fill: this.colors.line }));
    this.y += 2 + 6;
  }

  /** Wrapped text of at most `maxLines` lines; returns how many it drew. */
  paragraph(value: string, x: number, width: number, style: TextStyle, maxLines: number) {
    if (maxLines < 1) return 0;
    const lines = fitLines(value, this.measure, width, style, maxLines);
    if (lines[lines.length - 1]?.endsWith('…') && !value.trimEnd().endsWith('…')) {
      this.colors.cuts.count += 1;
    }
    this.items.push(textBlock(x, this.y, lines, style));
    this.y += blockHeight(lines.length, style);
    return lines.length;
  }

  /** Chips left to right, wrapping, at most `maxRows` rows; returns how many it drew. */
  chips(labels: string[], x: number, width: number, tag: boolean, maxRows: number) {
    const height = CHIP_TEXT * 1.45 + 4 + 2;
    let cursor = x;
    let row = 0;
    let drawn = 0;
    for (const label of labels) {
      const style = {
        size: CHIP_TEXT,
        weight: tag ? 400 : 600,
        color: tag ? C.inkSoft : C.ink,
        lineHeight: CHIP_TEXT * 1.45,
      } as const;
      const mark = tag ? '#' : '';
      const markWidth = mark ? this.measure(mark, CHIP_TEXT, 400) + 1 : 0;
      const [shown = ''] = fitLines(label, this.measure, width - 22 - markWidth, style, 1);
      const chipWidth =
        badgeSize(
          shown,
          { ...style, fill: null, radius: 0, paddingX: 11, paddingY: 0 },
          this.measure,
        ).width + markWidth;
      if (cursor > x && cursor + chipWidth > x + width) {
        row += 1;
        cursor = x;
      }
      if (row >= maxRows) break;
      const top = this.y + row * (height + 6);
      this.items.push(
        rect(cursor, top, chipWidth, height, {
          fill: tag ? C.surface : this.colors.soft,
          stroke: tag ? C.line : this.colors.line,
          radius: height / 2,
        }),
      );
      if (mark) {
        this.items.push(
          textBlock(cursor + 11, top + 3, [mark], { ...style, color: this.colors.persona }),
        );
      }
      this.items.push(textBlock(cursor + 11 + markWidth, top + 3, [shown], style));
      cursor += chipWidth + 6;
      drawn += 1;
    }
    if (drawn > 0) this.y += (row >= maxRows ? maxRows : row + 1) * (height + 6) - 6;
    return drawn;
  }
}

/** "+ N more" under a block that could not show everything. */
export function moreLine(column: Column, count: number, x: number, width: number, text: Messages) {
  if (count <= 0) return;
  column.y += 6;
  column.paragraph(fill(text.personaSheet.more, { count }), x, width, MORE, 1);
}

/** A list block (goals, frustrations…): bullets, two lines an entry, as many entries as fit. */
export function listBlock(
  column: Column,
  entries: readonly string[],
  frustrations: boolean,
  box: { x: number; width: number; bottom: number },
  text: Messages,
) {
  const { x, width, bottom } = box;
  const moreHeight = 6 + blockHeight(1, MORE);
  if (entries.length === 0) {
    column.paragraph(text.personaSheet.none, x, width, NONE, 1);
    return;
  }
  const line = BODY.lineHeight!;
  let shown = 0;
  for (const entry of entries) {
    const left = entries.length - shown - 1;
    const room = bottom - column.y - (left > 0 ? moreHeight : 0);
    const lines = Math.min(3, Math.floor(room / line));
    if (lines < 1) break;
    const bulletY = column.y + 12.5 * 0.55;
    column.items.push(
      frustrations
        ? {
            type: 'path',
            commands: [
              { op: 'M', x: x + 5.5, y: bulletY - 1 },
              { op: 'L', x: x + 10.5, y: bulletY + 4 },
              { op: 'L', x: x + 5.5, y: bulletY + 9 },
              { op: 'L', x: x + 0.5, y: bulletY + 4 },
              { op: 'Z' },
            ],
            fill: column.colors.persona,
            stroke: null,
            strokeWidth: 0,
            dash: null,
            round: false,
          }
        : disc(x + 5.5, bulletY + 3.5, 3.5, column.colors.persona),
    );
    column.paragraph(entry, x + 16, width - 16, BODY, lines);
    column.y += 6;
    shown += 1;
  }
  column.y -= 6;
  if (shown < entries.length) column.colors.cuts.count += 1;
  moreLine(column, entries.length - shown, x, width, text);
}
