// Moves the map's camera for present mode: a smooth glide to each stage (none when the person
// asked the system for reduced motion), and back to where the editor was when the show ends.
import { useReactFlow } from '@xyflow/react';
import { useCallback, useEffect, useMemo, useState } from 'react';
import {
  LARGE_TEXT_SCALE,
  presentViewport,
  type Insets,
  type Size,
} from '../../canvas/presentViewport';
import { glideMs } from '../../canvas/motion';
import type { MapLayout } from '../../model';

const GLIDE_MS = 600;

/** An element's size, kept up to date; null until first measured. */
export function useMeasuredSize(): [(element: HTMLElement | null) => void, Size | null] {
  const [size, setSize] = useState<Size | null>(null);
  const ref = useCallback((element: HTMLElement | null) => {
    if (!element) return;
    // The border box: a panel's padding and border take room on screen too.
    const observer = new ResizeObserver(() => {
      const box = element.getBoundingClientRect();
      setSize((size) =>
        size && size.width === box.width && size.height === box.height
          ? size
          : { width: box.width, height: box.height },
      );
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return [ref, size];
}

export function usePresentCamera(
  layout: MapLayout,
  stageIndex: number | null,
  screen: Size | null,
  insets: Insets,
  largeText: boolean,
  scroll: number,
): void {
  const { getViewport, setViewport } = useReactFlow();

  // The editor's view before presenting comes back afterwards, as if nothing had moved.
  useEffect(() => {
    const before = getViewport();
    return () => void setViewport(before);
  }, [getViewport, setViewport]);

  const target = useMemo(
    () =>
      screen &&
      presentViewport(layout, stageIndex, screen, {
        insets,
        textScale: largeText ? LARGE_TEXT_SCALE : 1,
        scroll,
      }),
    [layout, stageIndex, screen, insets, largeText, scroll],
  );
  const x = target?.x;
  const y = target?.y;
  const zoom = target?.zoom;
  // Keyed on the numbers, so an edit that leaves the framing alone does not move the camera.
  useEffect(() => {
    if (x === undefined || y === undefined || zoom === undefined) return;
    void setViewport({ x, y, zoom }, { duration: glideMs(GLIDE_MS) });
  }, [x, y, zoom, setViewport]);
}
