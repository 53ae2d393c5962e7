// Column header for a stage: its number, name and any moment of truth flagged on it.
import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { actions, useUiStore } from '../../store';
import type { StageHeaderNode } from '../flowTypes';
import { InPlaceEditor } from './InPlaceEditor';

export const StageHeader = memo(function StageHeader({ data }: NodeProps<StageHeaderNode>) {
  const { t } = useTranslation();
  const { stage, index, selected } = data;
  const name = stage.name || t('canvas.untitled');
  const editing = useUiStore((s) => s.editingId === `stage:${stage.id}`);
  return (
    <div
      className={`stage-header${selected ? ' stage-header--selected' : ''}`}
      style={{ borderTopColor: stage.color }}
      aria-label={t('canvas.stage', { index: index + 1, name })}
    >
      <span className="stage-header__number" style={{ background: stage.color }}>
        {index + 1}
      </span>
      {editing ? (
        <InPlaceEditor
          label={t('canvas.renameStage')}
          value={stage.name}
          onChange={(value) => actions.renameStage(stage.id, value)}
        />
      ) : (
        <h2 className="stage-header__name">{name}</h2>
      )}
      {stage.momentOfTruth && (
        <span
          className="moment-badge"
          title={t('canvas.stageMoment', { type: stage.momentOfTruth })}
        >
          {stage.momentOfTruth}
        </span>
      )}
    </div>
  );
});
