// The brief highlight around a card quick-added while presenting, so the room sees where the idea
// it called out has landed. It follows the map (drawn in screen pixels from the camera) and goes
// after a couple of seconds; with reduced motion it is a still outline, without the pulse.
import { useStore } from '@xyflow/react';
import { useEffect } from 'react';
import { toScreen } from '../../canvas/presentViewport';
import type { Rect } from '../../model';

/** How long the highlight stays, in milliseconds. */
export const JUST_ADDED_MS = 2000;

export function JustAdded({ box, onDone }: { box: Rect; onDone: () => void }) {
  const [x, y, zoom] = useStore((state) => state.transform);
  useEffect(() => {
    const timer = setTimeout(onDone, JUST_ADDED_MS);
    return () => clearTimeout(timer);
  }, [onDone]);
  const shown = toScreen(box, { x, y, zoom });
  return (
    <div
      className="present-just-added"
      data-testid="just-added"
      aria-hidden="true"
      style={{ left: shown.x, top: shown.y, width: shown.width, height: shown.height }}
    />
  );
}
