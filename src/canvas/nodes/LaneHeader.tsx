// Row header for a lane: its name, in the lane's colour.
import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { LaneHeaderNode } from '../flowTypes';

export const LaneHeader = memo(function LaneHeader({ data }: NodeProps<LaneHeaderNode>) {
  const { t } = useTranslation();
  const { lane, selected } = data;
  const name = lane.name || t('canvas.untitled');
  const kindName = t(`laneKinds.${lane.kind}`);
  return (
    <div
      className={`lane-header${selected ? ' lane-header--selected' : ''}`}
      style={{ borderLeftColor: lane.color }}
      aria-label={t('canvas.lane', { name })}
    >
      <h3 className="lane-header__name">{name}</h3>
      {kindName !== name && <span className="lane-header__kind">{kindName}</span>}
    </div>
  );
});
