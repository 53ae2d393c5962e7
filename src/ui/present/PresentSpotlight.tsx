// The spotlight on the stage being presented: its neighbours fade back, and the lane names are
// pinned in their own column just left of the stage, so the room always knows which row is which.
// The camera keeps that column free (presentInsets), so a name never covers a card; a long name
// wraps onto a second line rather than being cut.
import { useStore } from '@xyflow/react';
import { stageBounds, toScreen } from '../../canvas/presentViewport';
import type { Lane, MapLayout } from '../../model';

interface Props {
  layout: MapLayout;
  lanes: readonly Lane[];
  stageIndex: number;
  /** Screen pixels of the lane names' column, which ends at the stage's left edge. */
  labelsWidth: number;
}

/** Space between the names and the stage column. */
const LABEL_GAP = 8;
/** Rows drawn shorter than this on screen (a collapsed lane far zoomed out) get no label. */
const MIN_LABELLED_ROW = 14;

export function PresentSpotlight({ layout, lanes, stageIndex, labelsWidth }: Props) {
  const [x, y, zoom] = useStore((state) => state.transform);
  const bounds = stageBounds(layout, stageIndex);
  if (!bounds) return null;
  const viewport = { x, y, zoom };
  const stage = toScreen(bounds, viewport);
  const laneById = new Map(lanes.map((lane) => [lane.id, lane]));
  const railLeft = stage.x - labelsWidth;

  return (
    <div className="present-spotlight" aria-hidden="true">
      <div className="present-spotlight__shade" style={{ left: 0, width: Math.max(0, railLeft) }} />
      <div className="present-spotlight__shade" style={{ left: stage.x + stage.width, right: 0 }} />
      <ul className="present-rail" style={{ left: railLeft, width: labelsWidth }}>
        {layout.rows.map((row) => {
          const lane = laneById.get(row.laneId);
          const box = toScreen(row, viewport);
          if (!lane || box.height < MIN_LABELLED_ROW) return null;
          return (
            <li
              key={row.laneId}
              className="present-rail__lane"
              data-lane-id={row.laneId}
              style={{
                top: box.y,
                height: box.height,
                right: LABEL_GAP,
                left: LABEL_GAP,
                ['--lane-color' as string]: lane.color,
              }}
            >
              <span>{lane.name}</span>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
