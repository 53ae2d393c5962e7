// One cell of the grid (stage × lane): the drop target and double-click target for new cards.
// Its name and role sit on React Flow's node wrapper, which takes keyboard focus (deriveFlow.ts).
import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { useCanvasText } from '../canvasText';
import type { CellNode } from '../flowTypes';

export const Cell = memo(function Cell({ data }: NodeProps<CellNode>) {
  const text = useCanvasText();
  const { stage, lane, empty, selected } = data;
  return (
    <div
      className={`cell${selected ? ' cell--selected' : ''}`}
      data-stage-id={stage.id}
      data-lane-id={lane.id}
      style={{ ['--lane-color' as string]: lane.color }}
    >
      {empty && !lane.collapsed && <span className="cell__hint">{text.canvas.emptyCell}</span>}
    </div>
  );
});
