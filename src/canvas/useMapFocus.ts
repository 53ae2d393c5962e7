// Keyboard focus on the map, with a roving cursor: the map is one Tab stop. Tab onto it (or the
// "Skip to map" link) lands on the node the keyboard was last on, or on the first cell; the arrow
// keys move on from there (commands/mapNavigation.ts). A node out of view is panned into view
// first, since the map only draws the nodes on screen.
import { useReactFlow, useStoreApi } from '@xyflow/react';
import { useCallback, useEffect, useState, type FocusEvent } from 'react';
import { firstCell, placeOf } from '../commands/mapNavigation';
import { journeyStore, useUiStore } from '../store';

const nodeElement = (nodeId: string) =>
  document.querySelector<HTMLElement>(`.react-flow__node[data-id="${CSS.escape(nodeId)}"]`);

/** How many frames to wait for a node panned into view to be drawn. */
const FRAMES_TO_DRAW = 10;

export function useMapFocus() {
  const { getInternalNode, setCenter } = useReactFlow();
  const store = useStoreApi();
  const [inside, setInside] = useState(false);
  const request = useUiStore((s) => s.focusRequest);

  const focusNode = useCallback(
    (nodeId: string | null) => {
      const journey = journeyStore.getState().journey;
      const wanted = nodeId ?? useUiStore.getState().mapCursor;
      const target = wanted && placeOf(journey, wanted) ? wanted : firstCell(journey);
      if (!target) return;
      const node = getInternalNode(target);
      if (node) {
        const { width, height, transform } = store.getState();
        const [x, y, zoom] = transform;
        const { x: left, y: top } = node.internals.positionAbsolute;
        const w = node.measured.width ?? node.width ?? 0;
        const h = node.measured.height ?? node.height ?? 0;
        // Pinned headers are drawn at the pane's edge: a stage header only needs its column in
        // view, a lane header its row, so focusing one never scrolls the map back to its corner.
        const checkX = node.type !== 'laneHeader';
        const checkY = node.type !== 'stageHeader';
        const fitsX = left * zoom + x >= 0 && (left + w) * zoom + x <= width;
        const fitsY = top * zoom + y >= 0 && (top + h) * zoom + y <= height;
        if ((checkX && !fitsX) || (checkY && !fitsY)) {
          const centerX = checkX ? left + w / 2 : (width / 2 - x) / zoom;
          const centerY = checkY ? top + h / 2 : (height / 2 - y) / zoom;
          void setCenter(centerX, centerY, { zoom });
        }
      }
      let frames = 0;
      const attempt = () => {
        const element = nodeElement(target);
        if (element) element.focus({ preventScroll: true });
        else if ((frames += 1) < FRAMES_TO_DRAW) requestAnimationFrame(attempt);
      };
      attempt();
    },
    [getInternalNode, setCenter, store],
  );

  useEffect(() => {
    if (request.serial > 0) focusNode(request.nodeId);
  }, [request, focusNode]);

  const onFocus = useCallback(
    (event: FocusEvent<HTMLDivElement>) => {
      const node = event.target.closest('.react-flow__node');
      // The zoom buttons and the overview sit inside the map's element, but are not the map.
      setInside(event.target === event.currentTarget || node !== null);
      if (event.target === event.currentTarget) {
        // Tab reached the map itself: hand focus to its cursor. A click on the empty map does not.
        if (event.currentTarget.matches(':focus-visible')) focusNode(null);
        return;
      }
      const nodeId = node?.getAttribute('data-id') ?? null;
      if (placeOf(journeyStore.getState().journey, nodeId)) {
        useUiStore.getState().setMapCursor(nodeId);
      }
    },
    [focusNode],
  );

  const onBlur = useCallback((event: FocusEvent<HTMLDivElement>) => {
    const next = event.relatedTarget;
    if (!(next instanceof Node) || !event.currentTarget.contains(next)) setInside(false);
  }, []);

  // While the keyboard is inside the map, Shift+Tab leaves it instead of landing on it again.
  return { tabIndex: inside ? -1 : 0, onFocus, onBlur };
}
