// Where a React Flow node sits, how big it is and where its handles are, all known from the map's
// layout: React Flow then neither draws a node off screen to measure it nor measures the nodes it
// draws.
import { Position } from '@xyflow/react';
import type { Rect } from '../model';
import type { ParcoursNode } from './flowTypes';

/** React Flow's handle dot (6 px), centred on the card's left and right edges. */
const HANDLE_SIZE = 6;
const NO_HANDLES: NonNullable<ParcoursNode['handles']> = [];

/**
 * Where a node's connector handles are, known from the layout. React Flow draws every node whose
 * handles it has not measured yet, on screen or not, so without these a 1,000-card map would mount
 * every card on opening; with them it mounts only what is on screen.
 */
function handlesOf(rect: Rect, connectable: boolean): NonNullable<ParcoursNode['handles']> {
  if (!connectable) return NO_HANDLES;
  const y = rect.height / 2 - HANDLE_SIZE / 2;
  const size = { width: HANDLE_SIZE, height: HANDLE_SIZE };
  return [
    { type: 'target', position: Position.Left, x: -HANDLE_SIZE / 2, y, ...size },
    { type: 'source', position: Position.Right, x: rect.width - HANDLE_SIZE / 2, y, ...size },
  ];
}

/**
 * A node's place and size from the layout, with its handles (only cards and points have some).
 * The node is drawn at exactly that size, so it is handed over as measured too: React Flow then
 * skips measuring each node and its handles in the page once it is on screen.
 */
export function box(rect: Rect, connectable = false) {
  return {
    position: { x: rect.x, y: rect.y },
    width: rect.width,
    height: rect.height,
    measured: { width: rect.width, height: rect.height },
    handles: handlesOf(rect, connectable),
  };
}
