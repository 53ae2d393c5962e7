// Image export geometry: the sheet around the map, and the scale clamp to what browsers can draw.
import type { MapLayout } from '../../model';

/** Browsers refuse canvases wider or taller than this (Chromium, Firefox and Safari agree). */
export const MAX_CANVAS_SIDE = 16_384;
/** Blank space around the map in an exported image, in map pixels. */
export const SHEET_MARGIN = 24;
/** The title and persona strip above the map in an exported image, in map pixels. */
export const SHEET_HEADER_HEIGHT = 76;

export const EXPORT_SCALES = [1, 2, 3] as const;
export type ExportScale = (typeof EXPORT_SCALES)[number];

export interface Size {
  width: number;
  height: number;
}

/** The exported sheet at 1×: the map plus its margins and the header above it. */
export function sheetSize(layout: Pick<MapLayout, 'width' | 'height'>): Size {
  return {
    width: layout.width + 2 * SHEET_MARGIN,
    height: SHEET_HEADER_HEIGHT + layout.height + 2 * SHEET_MARGIN,
  };
}

export interface ClampedScale {
  /** The scale actually used: the requested one, or lower so that both sides fit. */
  scale: number;
  /** The image's size in pixels at that scale. */
  width: number;
  height: number;
  /** True when the requested scale did not fit and was lowered. */
  lowered: boolean;
}

/** The largest scale up to `requested` at which neither side exceeds `max` pixels. */
export function clampScale(
  size: Size,
  requested: number,
  max: number = MAX_CANVAS_SIDE,
): ClampedScale {
  const longest = Math.max(1, size.width, size.height);
  const fits = longest * requested <= max;
  // Rounded down to 1/1000 so that width × scale never rounds past the limit.
  const scale = fits ? requested : Math.floor((max / longest) * 1000) / 1000;
  return {
    scale,
    width: Math.floor(size.width * scale),
    height: Math.floor(size.height * scale),
    lowered: !fits,
  };
}
