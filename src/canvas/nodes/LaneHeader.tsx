// Row header for a lane: its name in the lane's colour, renamed in place, with a collapse toggle.
import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { fill } from '../../i18n/fill';
import { useCanvasText } from '../canvasText';
import { actions, useJourney, useUiStore } from '../../store';
import type { LaneHeaderNode } from '../flowTypes';
import { InPlaceEditor, endEditingAt } from './InPlaceEditor';

export const LaneHeader = memo(function LaneHeader({
  data,
}: Pick<NodeProps<LaneHeaderNode>, 'data'>) {
  const text = useCanvasText();
  const { lane, selected } = data;
  const name = lane.name || text.canvas.untitled;
  const kindName = text.laneKinds[lane.kind];
  const editing = useUiStore((s) => s.editingId === `lane:${lane.id}`);
  const readOnly = useJourney((s) => s.readOnly);
  return (
    <div
      className={`lane-header${selected ? ' lane-header--selected' : ''}${lane.collapsed ? ' lane-header--collapsed' : ''}`}
      style={{ borderLeftColor: lane.color }}
    >
      <div className="lane-header__title">
        {editing ? (
          <InPlaceEditor
            label={text.canvas.renameLane}
            value={lane.name}
            onChange={(value) => actions.renameLane(lane.id, value)}
            onDone={() => endEditingAt(`lane:${lane.id}`)}
          />
        ) : (
          <h3 className="lane-header__name">{name}</h3>
        )}
        <button
          type="button"
          className="lane-header__toggle nodrag"
          // The map is one Tab stop (arrows move inside it); the lane inspector collapses too.
          tabIndex={-1}
          aria-expanded={!lane.collapsed}
          aria-label={fill(lane.collapsed ? text.canvas.expandLane : text.canvas.collapseLane, {
            name,
          })}
          disabled={readOnly}
          onClick={(event) => {
            event.stopPropagation();
            actions.collapseLane(lane.id, !lane.collapsed);
          }}
        >
          {lane.collapsed ? '▸' : '▾'}
        </button>
      </div>
      {kindName !== name && !lane.collapsed && (
        <span className="lane-header__kind">{kindName}</span>
      )}
    </div>
  );
});
