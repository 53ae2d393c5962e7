// Where present mode points the camera: the whole map (overview) or one stage column, fitted to the
// screen between the presenter's top and bottom bars. Pure, so each stage's framing is unit-tested.
import type { Viewport } from '@xyflow/react';
import type { MapLayout, Rect } from '../model';
import { MAX_ZOOM, MIN_ZOOM } from './initialViewport';

export interface Size {
  width: number;
  height: number;
}

export interface Insets {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

/** A margin around the framed stage when the caller does not measure its own overlays. */
export const PRESENT_INSETS: Insets = { top: 16, right: 16, bottom: 16, left: 16 };
/** Below this zoom card text is too small for a room; a taller stage is shown from its header. */
export const READABLE_ZOOM = 0.8;
/** A stage of a small map is enlarged, but not so far that cards look blurry or odd. */
export const PRESENT_MAX_ZOOM = 2;
/** How much further the "large text" option zooms in. */
export const LARGE_TEXT_SCALE = 1.3;

export interface FrameOptions {
  insets?: Insets;
  /** 1, or LARGE_TEXT_SCALE with the large-text option. */
  textScale?: number;
  /** Screen pixels scrolled down a stage taller than the screen (Down arrow while presenting). */
  scroll?: number;
}

/** A stage's whole column, from its header down to the last lane. Null for a missing stage. */
export function stageBounds(layout: MapLayout, stageIndex: number): Rect | null {
  const column = layout.columns[stageIndex];
  if (!column) return null;
  return { x: column.x, y: 0, width: column.width, height: layout.height };
}

export function mapBounds(layout: MapLayout): Rect {
  return { x: 0, y: 0, width: Math.max(1, layout.width), height: Math.max(1, layout.height) };
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}

interface FitOptions {
  insets: Insets;
  minZoom: number;
  maxZoom: number;
  scale: number;
  /** Screen pixels scrolled down a frame taller than the screen; clamped to what overflows. */
  scroll?: number;
}

/** The fitted viewport, and how many screen pixels of the frame hang below the screen. */
function frame(bounds: Rect, screen: Size, options: FitOptions) {
  const { insets, minZoom, maxZoom, scale } = options;
  const availableWidth = Math.max(1, screen.width - insets.left - insets.right);
  const availableHeight = Math.max(1, screen.height - insets.top - insets.bottom);
  const fitted = Math.min(
    availableWidth / Math.max(1, bounds.width),
    availableHeight / Math.max(1, bounds.height),
  );
  const zoom = clamp(Math.max(fitted, minZoom) * scale, MIN_ZOOM, maxZoom);
  const shownHeight = bounds.height * zoom;
  const overflow = Math.max(0, shownHeight - availableHeight);
  const x = insets.left + (availableWidth - bounds.width * zoom) / 2 - bounds.x * zoom;
  const y =
    overflow === 0
      ? insets.top + (availableHeight - shownHeight) / 2 - bounds.y * zoom
      : insets.top - bounds.y * zoom - clamp(options.scroll ?? 0, 0, overflow);
  return { viewport: { x, y, zoom }, overflow };
}

/**
 * Fits `bounds` into the screen minus `insets`, centred. When the fitted zoom is below `minZoom`,
 * `minZoom` wins and the top edge is kept in view (the header), the rest reached by `scroll`.
 */
export function fitRect(bounds: Rect, screen: Size, options: FitOptions): Viewport {
  return frame(bounds, screen, options).viewport;
}

/** The whole map, as large as fits: what Home shows. */
export function overviewViewport(
  layout: MapLayout,
  screen: Size,
  options: FrameOptions = {},
): Viewport {
  return fitRect(mapBounds(layout), screen, {
    insets: options.insets ?? PRESENT_INSETS,
    minZoom: MIN_ZOOM,
    maxZoom: Math.min(1, MAX_ZOOM),
    scale: 1,
  });
}

/**
 * One stage's column filling the screen's height (all its lanes at once, emotion curve included),
 * centred, so the neighbouring stages show at the sides as context. A map too tall to read that
 * way is shown from the stage's header down, at READABLE_ZOOM.
 */
function stageFrame(layout: MapLayout, stageIndex: number, screen: Size, options: FrameOptions) {
  const bounds = stageBounds(layout, stageIndex);
  if (!bounds) return null;
  return frame(bounds, screen, {
    insets: options.insets ?? PRESENT_INSETS,
    minZoom: READABLE_ZOOM,
    maxZoom: PRESENT_MAX_ZOOM,
    scale: options.textScale ?? 1,
    scroll: options.scroll,
  });
}

export function stageViewport(
  layout: MapLayout,
  stageIndex: number,
  screen: Size,
  options: FrameOptions = {},
): Viewport | null {
  return stageFrame(layout, stageIndex, screen, options)?.viewport ?? null;
}

/** How far (screen pixels) a stage too tall for the screen can scroll down; 0 when it fits. */
export function stageOverflow(
  layout: MapLayout,
  stageIndex: number,
  screen: Size,
  options: FrameOptions = {},
): number {
  return stageFrame(layout, stageIndex, screen, options)?.overflow ?? 0;
}

/** The viewport for a step of the presentation: null means the overview. */
export function presentViewport(
  layout: MapLayout,
  stageIndex: number | null,
  screen: Size,
  options: FrameOptions = {},
): Viewport {
  const stage = stageIndex === null ? null : stageViewport(layout, stageIndex, screen, options);
  return stage ?? overviewViewport(layout, screen, options);
}

/** The on-screen box of a map rectangle under a viewport (for overlays that follow the map). */
export function toScreen(rect: Rect, viewport: Viewport): Rect {
  return {
    x: rect.x * viewport.zoom + viewport.x,
    y: rect.y * viewport.zoom + viewport.y,
    width: rect.width * viewport.zoom,
    height: rect.height * viewport.zoom,
  };
}
