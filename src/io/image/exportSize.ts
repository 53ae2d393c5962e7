// Image export geometry: the sheet around the map, and the scale clamp to what browsers can draw.
import type { MapLayout } from '../../model';
import { SHEET_HEADER_HEIGHT, SHEET_MARGIN } from '../../scene/mapScene';

export { SHEET_HEADER_HEIGHT, SHEET_MARGIN };

/** Browsers refuse canvases wider or taller than this (Chromium, Firefox and Safari agree). */
export const MAX_CANVAS_SIDE = 16_384;
/**
 * The most pixels a PNG export draws: half of Chromium's canvas limit (2^28 = 268,435,456 pixels,
 * also desktop Safari's), because a canvas that large needs 1 GB and the browser often refuses it
 * for want of memory. 2^27 pixels is a 512 MB canvas, e.g. 16,384 × 8,192.
 */
export const MAX_CANVAS_AREA = 2 ** 27;

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
  /** The scale actually used: the requested one, or lower so that the image can be drawn. */
  scale: number;
  /** The image's size in pixels at that scale. */
  width: number;
  height: number;
  /** True when the requested scale did not fit and was lowered. */
  lowered: boolean;
  /** What lowered it: a side longer than `MAX_CANVAS_SIDE`, or more pixels than `MAX_CANVAS_AREA`. */
  limit: 'side' | 'area' | null;
}

/** Rounded down to 1/1000, so that width × scale never rounds past a limit. */
const floorScale = (scale: number) => Math.floor(scale * 1000) / 1000;

/**
 * The largest scale up to `requested` at which neither side exceeds `max` pixels and the image
 * holds at most `maxArea` pixels.
 */
export function clampScale(
  size: Size,
  requested: number,
  max: number = MAX_CANVAS_SIDE,
  maxArea: number = MAX_CANVAS_AREA,
): ClampedScale {
  const longest = Math.max(1, size.width, size.height);
  const area = Math.max(1, size.width * size.height);
  const bySide = longest * requested <= max ? requested : floorScale(max / longest);
  const byArea =
    area * requested * requested <= maxArea ? requested : floorScale(Math.sqrt(maxArea / area));
  const scale = Math.min(bySide, byArea);
  const limit = scale === requested ? null : byArea < bySide ? 'area' : 'side';
  return {
    scale,
    width: Math.floor(size.width * scale),
    height: Math.floor(size.height * scale),
    lowered: limit !== null,
    limit,
  };
}
