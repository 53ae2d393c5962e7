// The viewports Parcours computes itself: the one the map opens at, and the fit-all, fit-width and
// fit-height commands. Pure, from the layout and the size of the map's pane, so a large map is drawn
// once at its opening zoom instead of at 100% and then again.
//
// A map opens readable: card text is 15 px at zoom 1, so below READABLE_ZOOM it falls under 12 px
// on screen, too small for a projector. A map that fits at that zoom or more opens whole; a larger
// one opens at its top-left corner, as many whole stages wide as can be read, and the pinned stage
// and lane headers (PinnedHeaders.tsx) say where the rest is.
import type { Viewport } from '@xyflow/react';
import type { FitMode } from '../commands/commands';

export const MIN_ZOOM = 0.1;
export const MAX_ZOOM = 2.5;
/** Card text is 15 px at zoom 1: from this zoom up it is 12 px or more on screen. */
export const READABLE_ZOOM = 0.8;
/** Opening a small map does not blow it up past 100%. */
const MAX_OPEN_ZOOM = 1;
/** The fit commands enlarge a small map, but not so far that cards look blurry. */
const MAX_FIT_ZOOM = 2;
/** The margin between the map and the pane's edges when fitted. */
export const FIT_MARGIN = 16;

interface Size {
  width: number;
  height: number;
}

/** What the viewports need of a map's layout: its size and where its stage columns end. */
export interface MapExtent extends Size {
  columns: readonly { x: number; width: number }[];
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}

function room(screen: Size): Size {
  return {
    width: Math.max(1, screen.width - 2 * FIT_MARGIN),
    height: Math.max(1, screen.height - 2 * FIT_MARGIN),
  };
}

/**
 * Where the map's edge sits on one axis: centred when the map is smaller than the screen,
 * otherwise `wanted` kept between showing the map's start and showing its end.
 */
function place(mapLength: number, zoom: number, screenLength: number, wanted: number): number {
  const shown = mapLength * zoom;
  const space = screenLength - 2 * FIT_MARGIN;
  if (shown <= space) return FIT_MARGIN + (space - shown) / 2;
  return clamp(wanted, screenLength - FIT_MARGIN - shown, FIT_MARGIN);
}

export function initialViewport(map: MapExtent, screen: Size): Viewport {
  const { width, height } = room(screen);
  const whole = Math.min(width / Math.max(1, map.width), height / Math.max(1, map.height));
  if (whole >= READABLE_ZOOM) {
    const zoom = Math.min(MAX_OPEN_ZOOM, whole);
    return {
      x: place(map.width, zoom, screen.width, FIT_MARGIN),
      y: place(map.height, zoom, screen.height, FIT_MARGIN),
      zoom,
    };
  }
  // The widest run of whole first stages that reads at READABLE_ZOOM or more, filling the width
  // up to the pane's right edge, where the map goes on.
  const runWidth = Math.max(1, screen.width - FIT_MARGIN);
  let zoom = READABLE_ZOOM;
  for (const column of map.columns) {
    const fitted = runWidth / Math.max(1, column.x + column.width);
    if (fitted < READABLE_ZOOM) break;
    zoom = Math.min(MAX_OPEN_ZOOM, fitted);
  }
  return {
    x: place(map.width, zoom, screen.width, FIT_MARGIN),
    y: place(map.height, zoom, screen.height, FIT_MARGIN),
    zoom,
  };
}

/**
 * The whole map ('all'), its whole width or its whole height, as large as fits. Along the axis that
 * is not fitted, the map point at the middle of the screen stays there, as far as the map reaches.
 */
export function fitViewport(
  map: MapExtent,
  screen: Size,
  current: Viewport,
  mode: FitMode,
): Viewport {
  const { width, height } = room(screen);
  const byWidth = width / Math.max(1, map.width);
  const byHeight = height / Math.max(1, map.height);
  const fitted =
    mode === 'width' ? byWidth : mode === 'height' ? byHeight : Math.min(byWidth, byHeight);
  const zoom = clamp(fitted, MIN_ZOOM, MAX_FIT_ZOOM);
  // Keep the map point under the middle of the screen there, at the new zoom.
  const keep = (screenLength: number, offset: number) =>
    screenLength / 2 - ((screenLength / 2 - offset) / current.zoom) * zoom;
  return {
    x: place(map.width, zoom, screen.width, keep(screen.width, current.x)),
    y: place(map.height, zoom, screen.height, keep(screen.height, current.y)),
    zoom,
  };
}
