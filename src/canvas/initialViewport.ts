// The viewport that shows the whole map on open, computed from the layout before the first render,
// so a large map is drawn once at its fitted zoom instead of at 100% and then again.
import type { Viewport } from '@xyflow/react';

export const FIT_PADDING = { top: 24, left: 24, bottom: 72, right: 232 } as const;
export const MIN_ZOOM = 0.1;
export const MAX_ZOOM = 2.5;
/** Opening a small map does not blow it up past 100%. */
const MAX_OPEN_ZOOM = 1;

export function initialViewport(
  map: { width: number; height: number },
  screen: { width: number; height: number },
): Viewport {
  const availableWidth = Math.max(1, screen.width - FIT_PADDING.left - FIT_PADDING.right);
  const availableHeight = Math.max(1, screen.height - FIT_PADDING.top - FIT_PADDING.bottom);
  const fitted = Math.min(
    availableWidth / Math.max(1, map.width),
    availableHeight / Math.max(1, map.height),
  );
  const zoom = Math.max(MIN_ZOOM, Math.min(MAX_OPEN_ZOOM, MAX_ZOOM, fitted));
  return {
    x: FIT_PADDING.left + (availableWidth - map.width * zoom) / 2,
    y: FIT_PADDING.top + (availableHeight - map.height * zoom) / 2,
    zoom,
  };
}
