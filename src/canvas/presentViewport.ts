// Where present mode points the camera: the whole map (overview) or one stage column, fitted to the
// screen between the presenter's top and bottom bars. Pure, so each stage's framing is unit-tested.
import type { Viewport } from '@xyflow/react';
import type { MapLayout, Rect } from '../model';
import { MAX_ZOOM, MIN_ZOOM, READABLE_ZOOM } from './initialViewport';

export { READABLE_ZOOM };

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
/**
 * A stage is scaled down until all of its lanes fit the screen, but not below this zoom: a stage
 * taller than that (many lanes, a crowded column) is shown from its header, the rest reached by
 * scrolling (Down arrow), and a quick-added card is scrolled into view.
 */
export const MIN_STAGE_ZOOM = 0.35;
/** The column of pinned lane names left of the stage, in screen pixels (plain and large text). */
export const LANE_LABELS_WIDTH = 200;
export const LANE_LABELS_WIDTH_LARGE = 230;
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
 * centred between the insets, so the neighbouring stages show at the sides as context. A stage too
 * tall to fit at MIN_STAGE_ZOOM (or zoomed further for large text) is shown from its header down.
 */
function stageFrame(layout: MapLayout, stageIndex: number, screen: Size, options: FrameOptions) {
  const bounds = stageBounds(layout, stageIndex);
  if (!bounds) return null;
  return frame(bounds, screen, {
    insets: options.insets ?? PRESENT_INSETS,
    minZoom: MIN_STAGE_ZOOM,
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

/**
 * The scroll (screen pixels down the stage) that brings `rect`, a card of the stage, into view:
 * `current` when it is already fully on screen, else the least change that shows it, its top
 * first when it is taller than the screen. Always within 0…the stage's overflow.
 */
export function scrollToShow(
  layout: MapLayout,
  stageIndex: number,
  rect: Rect,
  screen: Size,
  current: number,
  options: FrameOptions = {},
): number {
  const overflow = stageOverflow(layout, stageIndex, screen, options);
  if (overflow === 0) return 0;
  const from = clamp(current, 0, overflow);
  const viewport = stageViewport(layout, stageIndex, screen, { ...options, scroll: from });
  if (!viewport) return from;
  const insets = options.insets ?? PRESENT_INSETS;
  const box = toScreen(rect, viewport);
  const top = insets.top;
  const bottom = screen.height - insets.bottom;
  // Scrolling down by `by` moves the card up by as much.
  let by = 0;
  if (box.y + box.height > bottom) by = box.y + box.height - bottom;
  if (box.y - by < top) by = box.y - top;
  return clamp(from + by, 0, overflow);
}

/** The size of each presenter panel; null or left out while it is not on screen. */
export interface Corners {
  topLeft?: Size | null;
  topRight?: Size | null;
  bottomLeft?: Size | null;
  bottomRight?: Size | null;
}

/** How the overview places the presenter's panels: in columns beside the map, or in a top band. */
export type OverviewArrangement = 'sides' | 'top';

/** Screen pixels one side column of panels takes in the overview (the CSS keeps them this narrow). */
export const OVERVIEW_SIDE_WIDTH = 232;
/** Screen pixels the band of panels takes above the map in the overview, margins included. */
export const OVERVIEW_TOP_BAND = 80;

/**
 * Whichever shows the whole map larger: the panels in columns beside it (a map about as tall as
 * wide, on a wide screen), or in a band above it (a wide map).
 */
export function overviewArrangement(layout: MapLayout, screen: Size): OverviewArrangement {
  const map = mapBounds(layout);
  const margin = 2 * PRESENT_INSETS.top;
  const fit = (width: number, height: number) =>
    Math.min(width / map.width, height / map.height);
  const sides = fit(screen.width - 2 * OVERVIEW_SIDE_WIDTH, screen.height - margin);
  const top = fit(screen.width - margin, screen.height - OVERVIEW_TOP_BAND);
  return sides >= top ? 'sides' : 'top';
}

interface InsetOptions {
  /** Breathing room between panels, the screen's edge and the map. */
  gap: number;
  /** Screen pixels kept free left of the stage for the pinned lane names (stage view only). */
  labels: number;
  /** The stage narrower than this between the side panels goes between top and bottom panels. */
  minStageWidth: number;
  arrangement: OverviewArrangement;
}

/**
 * The room the framed map leaves for the presenter's panels and, on a stage, the lane names left
 * of it, so that neither ever covers a card. The overview keeps only a small margin on the sides
 * its panels do not take.
 */
export function presentInsets(
  screen: Size | null,
  corners: Corners,
  onStage: boolean,
  options: InsetOptions,
): Insets {
  const { gap, labels } = options;
  const w = (size?: Size | null) => size?.width ?? 0;
  const h = (size?: Size | null) => size?.height ?? 0;
  const top = Math.max(h(corners.topLeft), h(corners.topRight)) + 2 * gap;
  const bottom = Math.max(h(corners.bottomLeft), h(corners.bottomRight)) + 2 * gap;
  const left = Math.max(w(corners.topLeft), w(corners.bottomLeft)) + 2 * gap;
  const right = Math.max(w(corners.topRight), w(corners.bottomRight)) + 2 * gap;
  if (!onStage) {
    return options.arrangement === 'sides'
      ? { top: gap, right, bottom: gap, left }
      : { top, right: gap, bottom: gap, left: gap };
  }
  if (screen && screen.width - left - right - labels >= options.minStageWidth) {
    return { top: gap, right, bottom: gap, left: left + labels };
  }
  return { top, right: gap, bottom, left: gap + labels };
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
