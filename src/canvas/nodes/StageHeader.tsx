// Column header for a stage: its number, name and any moment of truth flagged on it.
import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { fill } from '../../i18n/fill';
import { useCanvasText } from '../canvasText';
import { actions, useUiStore } from '../../store';
import type { StageHeaderNode } from '../flowTypes';
import { InPlaceEditor, endEditingAt } from './InPlaceEditor';
import { formatClock } from '../../store/workshopTimer';
import { useStageClock } from '../../store/useStageClock';

/** The stage's workshop countdown, shown on its header once started, so the room sees it. */
function StageTimerBadge({ stageId }: { stageId: string }) {
  const { left, running, done, touched } = useStageClock(stageId);
  if (!touched) return null;
  const state = running
    ? ' stage-header__timer--running'
    : done
      ? ' stage-header__timer--done'
      : '';
  return (
    <span className={`stage-header__timer${state}`} data-testid="stage-timer">
      {formatClock(left)}
    </span>
  );
}

export const StageHeader = memo(function StageHeader({
  data,
}: Pick<NodeProps<StageHeaderNode>, 'data'>) {
  const text = useCanvasText();
  const { stage, index, selected } = data;
  const name = stage.name || text.canvas.untitled;
  const editing = useUiStore((s) => s.editingId === `stage:${stage.id}`);
  return (
    <div
      className={`stage-header${selected ? ' stage-header--selected' : ''}`}
      style={{ borderTopColor: stage.color }}
    >
      <span className="stage-header__number" style={{ background: stage.color }}>
        {index + 1}
      </span>
      {editing ? (
        <InPlaceEditor
          label={text.canvas.renameStage}
          value={stage.name}
          onChange={(value) => actions.renameStage(stage.id, value)}
          onDone={() => endEditingAt(`stage:${stage.id}`)}
        />
      ) : (
        <h2 className="stage-header__name">{name}</h2>
      )}
      <StageTimerBadge stageId={stage.id} />
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
