// One cell of the grid (stage × lane): the drop target and double-click target for new cards.
import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { fill } from '../../i18n/fill';
import { useCanvasText } from '../canvasText';
import type { CellNode } from '../flowTypes';

export const Cell = memo(function Cell({ data }: NodeProps<CellNode>) {
  const text = useCanvasText();
  const { stage, lane, empty, selected } = data;
  return (
    <div
      className={`cell${selected ? ' cell--selected' : ''}`}
      aria-selected={selected}
      data-stage-id={stage.id}
      data-lane-id={lane.id}
      role="gridcell"
      aria-label={fill(text.canvas.cell, { stage: stage.name, lane: lane.name })}
      style={{ ['--lane-color' as string]: lane.color }}
    >
      {empty && !lane.collapsed && <span className="cell__hint">{text.canvas.emptyCell}</span>}
    </div>
  );
});
