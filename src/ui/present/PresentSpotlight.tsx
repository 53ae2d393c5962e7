// The spotlight on the stage being presented: its neighbours fade back, and, away from the first
// stage, the lane names are pinned just left of the column so the room still knows which row is
// which (the real lane headers are then far to the left, faded or off screen).
import { useStore } from '@xyflow/react';
import { stageBounds, toScreen } from '../../canvas/presentViewport';
import { LAYOUT, type Lane, type MapLayout, type Rect } from '../../model';

interface Props {
  layout: MapLayout;
  lanes: readonly Lane[];
  stageIndex: number;
  /** On-screen boxes of the presenter's panels on the left: labels stop short of them. */
  panels: readonly Rect[];
}

/** Labels never grow wider than this; longer lane names end in an ellipsis. */
const MAX_LABEL_WIDTH = 280;
/** A label narrower than this would say nothing; it is left out. */
const MIN_LABEL_WIDTH = 64;

/** The room a row's label has between the panels on its left and the stage column. */
function roomFor(row: Rect, right: number, panels: readonly Rect[]): number {
  const left = panels
    .filter((panel) => panel.y < row.y + row.height && row.y < panel.y + panel.height)
    .reduce((edge, panel) => Math.max(edge, panel.x + panel.width + 8), 0);
  return right - left;
}

/** Rows drawn shorter than this on screen (a collapsed lane far zoomed out) get no label. */
const MIN_LABELLED_ROW = 18;

export function PresentSpotlight({ layout, lanes, stageIndex, panels }: Props) {
  const [x, y, zoom] = useStore((state) => state.transform);
  const bounds = stageBounds(layout, stageIndex);
  if (!bounds) return null;
  const viewport = { x, y, zoom };
  const stage = toScreen(bounds, viewport);
  // The first stage sits right of the lane headers: they stay bright and need no copy.
  const headers = toScreen({ x: 0, y: 0, width: LAYOUT.laneHeaderWidth, height: 0 }, viewport);
  const headersAdjacent = headers.x + headers.width >= stage.x - 1;
  const leftShadeEnd = headersAdjacent ? headers.x : stage.x;
  const laneById = new Map(lanes.map((lane) => [lane.id, lane]));

  return (
    <div className="present-spotlight" aria-hidden="true">
      <div
        className="present-spotlight__shade"
        style={{ left: 0, width: Math.max(0, leftShadeEnd) }}
      />
      <div className="present-spotlight__shade" style={{ left: stage.x + stage.width, right: 0 }} />
      {!headersAdjacent && (
        <ul className="present-rail">
          {layout.rows.map((row) => {
            const lane = laneById.get(row.laneId);
            const box = toScreen(row, viewport);
            if (!lane || box.height < MIN_LABELLED_ROW) return null;
            // The label is centred on its row, so only that band needs to be clear.
            const band = { ...box, y: box.y + box.height / 2 - 24, height: 48 };
            const room = roomFor(band, stage.x - 8, panels);
            if (room < MIN_LABEL_WIDTH) return null;
            return (
              <li
                key={row.laneId}
                className="present-rail__lane"
                style={{
                  top: box.y,
                  height: box.height,
                  left: stage.x - 8,
                  maxWidth: Math.min(room, MAX_LABEL_WIDTH),
                  ['--lane-color' as string]: lane.color,
                }}
              >
                <span>{lane.name}</span>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
