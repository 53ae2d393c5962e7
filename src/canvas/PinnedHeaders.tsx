// Stage headers pinned along the top of the map and lane headers along its left, at every zoom and
// pan, like a spreadsheet's frozen panes. React Flow keeps the header nodes (hidden) for the
// minimap's geometry and the keyboard's node ids; this layer draws them instead, each strip moved
// by the viewport along one axis and stopped at the pane's edge along the other. Only the strips'
// transforms change while panning: the headers inside them are made once per map change.
// Each header is a focusable, named `.react-flow__node` with its node id, as on the map, so the
// keyboard, the commands and the focus styles treat it like any node.
import { useStore, type ReactFlowState } from '@xyflow/react';
import { memo, useMemo, type CSSProperties, type MouseEvent as ReactMouseEvent } from 'react';
import { createPortal } from 'react-dom';
import { shallow } from 'zustand/shallow';
import './pinnedHeaders.css';
import { LAYOUT } from '../model';
import type { LaneHeaderNode, ParcoursNode, StageHeaderNode } from './flowTypes';
import { LaneHeader } from './nodes/LaneHeader';
import { StageHeader } from './nodes/StageHeader';

type HeaderNode = StageHeaderNode | LaneHeaderNode;
type NodeHandler = (event: ReactMouseEvent, node: ParcoursNode) => void;

interface Props {
  /** The map's nodes; the stage and lane headers among them are drawn here. */
  nodes: readonly ParcoursNode[];
  onNodeClick: NodeHandler;
  onNodeDoubleClick: NodeHandler;
}

const selectTransform = (state: ReactFlowState) => state.transform;
const selectDomNode = (state: ReactFlowState) => state.domNode;

function isHeader(node: ParcoursNode): node is HeaderNode {
  return node.type === 'stageHeader' || node.type === 'laneHeader';
}

function Header({
  node,
  onNodeClick,
  onNodeDoubleClick,
}: { node: HeaderNode } & Omit<Props, 'nodes'>) {
  const stage = node.type === 'stageHeader';
  const style: CSSProperties = {
    left: stage ? node.position.x : 0,
    top: stage ? 0 : node.position.y,
    width: node.width,
    height: node.height,
  };
  return (
    <div
      className={`react-flow__node react-flow__node-${node.type} pinned-header${node.className ? ` ${node.className}` : ''}`}
      data-id={node.id}
      role={node.ariaRole}
      aria-label={node.ariaLabel}
      {...node.domAttributes}
      style={style}
      onClick={(event) => onNodeClick(event, node)}
      onDoubleClick={(event) => onNodeDoubleClick(event, node)}
    >
      {node.type === 'stageHeader' ? (
        <StageHeader data={node.data} />
      ) : (
        <LaneHeader data={node.data} />
      )}
    </div>
  );
}

export const PinnedHeaders = memo(function PinnedHeaders({
  nodes,
  onNodeClick,
  onNodeDoubleClick,
}: Props) {
  const [x, y, zoom] = useStore(selectTransform, shallow);
  const [stages, lanes] = useMemo(() => {
    const headers = nodes.filter(isHeader);
    const draw = (node: HeaderNode) => (
      <Header
        key={node.id}
        node={node}
        onNodeClick={onNodeClick}
        onNodeDoubleClick={onNodeDoubleClick}
      />
    );
    return [
      headers.filter((node) => node.type === 'stageHeader').map(draw),
      headers.filter((node) => node.type === 'laneHeader').map(draw),
    ];
  }, [nodes, onNodeClick, onNodeDoubleClick]);

  // Drawn inside React Flow's renderer, so a wheel, a drag or two fingers over a header move the
  // map as they do over the map itself (headers are not draggable: React Flow pans through them).
  const domNode = useStore(selectDomNode);
  const host = useMemo(() => domNode?.querySelector('.react-flow__renderer') ?? null, [domNode]);

  const top = Math.max(y, 0);
  const left = Math.max(x, 0);
  if (!host) return null;
  return createPortal(
    <div className="pinned-headers">
      <div
        className="pinned-headers__lanes"
        style={{ transform: `translate(${left}px, ${y}px) scale(${zoom})` }}
      >
        {lanes}
      </div>
      <div
        className="pinned-headers__stages"
        style={{ transform: `translate(${x}px, ${top}px) scale(${zoom})` }}
      >
        {stages}
      </div>
      <div
        className="pinned-headers__corner"
        aria-hidden="true"
        style={{
          width: LAYOUT.laneHeaderWidth,
          height: LAYOUT.stageHeaderHeight,
          transform: `translate(${left}px, ${top}px) scale(${zoom})`,
        }}
      />
    </div>,
    host,
  );
});
