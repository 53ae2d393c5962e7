// One cell of the grid (stage × lane): the drop target and double-click target for new cards.
import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { CellNode } from '../flowTypes';

export const Cell = memo(function Cell({ data }: NodeProps<CellNode>) {
  const { t } = useTranslation();
  const { stage, lane, empty, selected } = data;
  return (
    <div
      className={`cell${selected ? ' cell--selected' : ''}`}
      aria-selected={selected}
      data-stage-id={stage.id}
      data-lane-id={lane.id}
      role="gridcell"
      aria-label={t('canvas.cell', { stage: stage.name, lane: lane.name })}
      style={{ ['--lane-color' as string]: lane.color }}
    >
      {empty && !lane.collapsed && <span className="cell__hint">{t('canvas.emptyCell')}</span>}
    </div>
  );
});
