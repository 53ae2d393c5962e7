// Column header for a stage: its number, name and any moment of truth flagged on it.
import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { fill, useCanvasText } from '../canvasText';
import { actions, useUiStore } from '../../store';
import type { StageHeaderNode } from '../flowTypes';
import { InPlaceEditor } from './InPlaceEditor';

export const StageHeader = memo(function StageHeader({ data }: NodeProps<StageHeaderNode>) {
  const text = useCanvasText();
  const { stage, index, selected } = data;
  const name = stage.name || text.canvas.untitled;
  const editing = useUiStore((s) => s.editingId === `stage:${stage.id}`);
  return (
    <div
      className={`stage-header${selected ? ' stage-header--selected' : ''}`}
      style={{ borderTopColor: stage.color }}
      aria-label={fill(text.canvas.stage, { index: index + 1, name })}
    >
      <span className="stage-header__number" style={{ background: stage.color }}>
        {index + 1}
      </span>
      {editing ? (
        <InPlaceEditor
          label={text.canvas.renameStage}
          value={stage.name}
          onChange={(value) => actions.renameStage(stage.id, value)}
        />
      ) : (
        <h2 className="stage-header__name">{name}</h2>
      )}
      {stage.momentOfTruth && (
        <span
          className="moment-badge"
          title={fill(text.canvas.stageMoment, { type: stage.momentOfTruth })}
        >
          {stage.momentOfTruth}
        </span>
      )}
    </div>
  );
});
