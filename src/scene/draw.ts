// Small drawing helpers shared by the scene builders: boxes, text blocks and badges, sized the way
// the map's stylesheet sizes them (Inter's metrics, CSS line boxes).
import type { FontWeight, SceneItem, SceneRect, SceneText, TextMeasurer } from './types';
import { wrapText } from './wrapText';

/** Inter's ascent and its normal line height, as shares of the font size. */
const ASCENT = 0.969;
const NORMAL_LINE = 1.21;

/** The normal line height of a font size (CSS `line-height: normal`). */
export function normalLine(size: number): number {
  return size * NORMAL_LINE;
}

/** The baseline of a line whose box starts at `top`, as CSS centres text in its line box. */
export function baseline(top: number, lineHeight: number, size: number): number {
  return top + (lineHeight - size * NORMAL_LINE) / 2 + size * ASCENT;
}

export function rect(
  x: number,
  y: number,
  width: number,
  height: number,
  style: Partial<Omit<SceneRect, 'type' | 'x' | 'y' | 'width' | 'height'>>,
): SceneRect {
  return {
    type: 'rect',
    x,
    y,
    width,
    height,
    fill: style.fill ?? null,
    stroke: style.stroke ?? null,
    strokeWidth: style.strokeWidth ?? (style.stroke ? 1 : 0),
    radius: style.radius ?? 0,
  };
}

export interface TextStyle {
  size: number;
  weight: FontWeight;
  color: string;
  lineHeight?: number;
  italic?: boolean;
  align?: SceneText['align'];
  letterSpacing?: number;
}

/** A text block whose first line box starts at `top`; `x` is its anchor per `align`. */
export function textBlock(x: number, top: number, lines: string[], style: TextStyle): SceneText {
  const lineHeight = style.lineHeight ?? normalLine(style.size);
  return {
    type: 'text',
    x,
    y: baseline(top, lineHeight, style.size),
    lines,
    size: style.size,
    weight: style.weight,
    italic: style.italic ?? false,
    color: style.color,
    lineHeight,
    align: style.align ?? 'start',
    letterSpacing: style.letterSpacing ?? 0,
  };
}

/** The height a text block of `lines` lines takes. */
export function blockHeight(lines: number, style: TextStyle): number {
  return lines * (style.lineHeight ?? normalLine(style.size));
}

/** Wrapped text that fits `width` and at most `maxLines` lines. */
export function fitLines(
  text: string,
  measure: TextMeasurer,
  width: number,
  style: TextStyle,
  maxLines: number,
): string[] {
  return wrapText(text, measure, { width, size: style.size, weight: style.weight, maxLines });
}

/** A badge: a label in a pill (or plain text when it has no fill). */
export interface BadgeStyle extends TextStyle {
  fill: string | null;
  radius: number;
  paddingX: number;
  paddingY: number;
}

export function badgeSize(label: string, style: BadgeStyle, measure: TextMeasurer) {
  const spacing = (style.letterSpacing ?? 0) * Array.from(label).length;
  return {
    width: measure(label, style.size, style.weight) + spacing + 2 * style.paddingX,
    height: normalLine(style.size) + 2 * style.paddingY,
  };
}

export function badge(
  x: number,
  y: number,
  label: string,
  style: BadgeStyle,
  measure: TextMeasurer,
): { items: SceneItem[]; width: number; height: number } {
  const size = badgeSize(label, style, measure);
  const items: SceneItem[] = [];
  if (style.fill) {
    items.push(
      rect(x, y, size.width, size.height, {
        fill: style.fill,
        radius: Math.min(style.radius, size.height / 2),
      }),
    );
  }
  items.push(textBlock(x + style.paddingX, y + style.paddingY, [label], style));
  return { items, ...size };
}

/** A filled circle with no outline (avatars, bullets, legend marks). */
export function disc(cx: number, cy: number, r: number, fill: string): SceneItem {
  return { type: 'circle', cx, cy, r, fill, stroke: null, strokeWidth: 0 };
}

/** A person's initials for an avatar without a picture: "Camille Roux" → "CR". */
export function initials(name: string): string {
  const parts = name.trim().split(/\s+/).filter(Boolean);
  if (parts.length === 0) return '?';
  return parts
    .slice(0, 2)
    .map((part) => Array.from(part)[0]?.toUpperCase() ?? '')
    .join('');
}
