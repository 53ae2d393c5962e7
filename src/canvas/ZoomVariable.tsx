// Publishes the map's zoom as the CSS variable `--map-zoom` on the map's element, so rings and
// strokes drawn in map units can keep their on-screen width when the map is zoomed out (a 3 px
// focus ring at zoom 0.3 would otherwise be under a pixel). Re-renders on zoom only, not on pan.
import { useStore, type ReactFlowState } from '@xyflow/react';
import { useLayoutEffect } from 'react';

const selectZoom = (state: ReactFlowState) => state.transform[2];
const selectDomNode = (state: ReactFlowState) => state.domNode;

export function ZoomVariable() {
  const zoom = useStore(selectZoom);
  const domNode = useStore(selectDomNode);
  useLayoutEffect(() => {
    domNode?.style.setProperty('--map-zoom', String(zoom));
  }, [domNode, zoom]);
  return null;
}
