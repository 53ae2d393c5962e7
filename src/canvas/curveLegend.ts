// The legend node of an emotions lane: one entry per curve drawn in the lane (each persona's, and
// the shared one), at the foot of the lane's header, so the room can tell whose curve is whose.
import { LAYOUT, type Id, type RowLayout } from '../model';
import type { CurveLegendNode, EmotionCurve } from './flowTypes';
import { box } from './nodeBox';

/** The height of one legend entry, and the legend's margin inside the header. */
const ENTRY_HEIGHT = 20;
const MARGIN = 12;
/** The header keeps its name and kind above the legend. */
const HEADER_TOP = 64;

/** Does not take clicks: the lane header under it still selects the lane. */
const LEGEND_STYLE = { pointerEvents: 'none' } as const;

/**
 * The legend of the lane drawn in `row`, or null when it would say nothing: no curve, or only the
 * shared curve with no persona beside it.
 */
export function curveLegendNode(
  laneId: Id,
  row: RowLayout,
  curves: readonly EmotionCurve[],
  personaNames: ReadonlyMap<Id, string>,
): CurveLegendNode | null {
  if (curves.length === 0 || curves.every((curve) => curve.key === 'shared')) return null;
  const room = Math.floor((row.height - HEADER_TOP - MARGIN) / ENTRY_HEIGHT);
  const entries = curves.slice(0, Math.max(1, room)).map((curve) => ({
    key: curve.key,
    color: curve.color,
    name: curve.key === 'shared' ? null : (personaNames.get(curve.key) ?? ''),
  }));
  const height = entries.length * ENTRY_HEIGHT;
  return {
    id: `legend:${laneId}`,
    type: 'curveLegend',
    ...box({
      x: MARGIN + 6,
      y: row.y + row.height - height - MARGIN,
      width: LAYOUT.laneHeaderWidth - 2 * MARGIN - 6,
      height,
    }),
    data: { entries },
    style: LEGEND_STYLE,
    draggable: false,
    selectable: false,
    focusable: false,
    zIndex: 3,
  };
}
