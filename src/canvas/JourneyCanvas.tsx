// The journey map on React Flow: derives nodes from the document, turns gestures into actions.
import {
  Background,
  Controls,
  MiniMap,
  ReactFlow,
  type EdgeMouseHandler,
  type NodeChange,
  type NodeMouseHandler,
  type FitViewOptions,
  type OnNodeDrag,
  type XYPosition,
} from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { layoutJourney, type Id } from '../model';
import { actions, useJourney, useUiStore } from '../store';
import { createFlowDeriver } from './deriveFlow';
import { dropTarget, scoreAt } from './dropTarget';
import type { ConnectorEdge, ParcoursNode } from './flowTypes';
import { nodeTypes } from './nodes';

const EMPTY_COLORS = new Map<Id, string>();
/** Fitting leaves the minimap's corner free, so no cell ends up under it. */
const FIT_VIEW: FitViewOptions = {
  padding: { top: '24px', left: '24px', bottom: '24px', right: '232px' },
};
const NO_DRAG: ReadonlyMap<string, XYPosition> = new Map();

export function JourneyCanvas() {
  const { t } = useTranslation();
  const journey = useJourney((s) => s.journey);
  const selection = useUiStore((s) => s.selection);
  const select = useUiStore((s) => s.select);
  const layout = useMemo(() => layoutJourney(journey), [journey]);
  // The deriver remembers the last nodes it made, to hand back the same objects for untouched cards.
  const [deriver] = useState(createFlowDeriver);
  // Positions of nodes being dragged. The document changes only when a drag ends.
  const [dragged, setDragged] = useState<ReadonlyMap<string, XYPosition>>(NO_DRAG);

  const selectedCardIds = useMemo(
    () => new Set(selection?.kind === 'cards' ? selection.ids : []),
    [selection],
  );
  const selectedStageId = selection?.kind === 'stage' ? selection.id : null;
  const selectedLaneId = selection?.kind === 'lane' ? selection.id : null;
  const selectedConnectorId = selection?.kind === 'connector' ? selection.id : null;
  const derivedNodes = useMemo(
    () =>
      deriver.nodes({
        journey,
        layout,
        selectedCardIds,
        selectedStageId,
        selectedLaneId,
        personaColors: EMPTY_COLORS,
      }),
    [deriver, journey, layout, selectedCardIds, selectedStageId, selectedLaneId],
  );
  const edges = useMemo(
    () => deriver.edges(journey, selectedConnectorId),
    [deriver, journey, selectedConnectorId],
  );
  const nodes = useMemo(
    () =>
      dragged.size === 0
        ? derivedNodes
        : derivedNodes.map((node) => {
            const position = dragged.get(node.id);
            return position ? { ...node, position } : node;
          }),
    [derivedNodes, dragged],
  );

  const onNodesChange = useCallback(
    (changes: NodeChange<ParcoursNode>[]) => {
      const selectChanges = changes.filter((c) => c.type === 'select');
      if (selectChanges.length > 0) {
        const ids = new Set(selectedCardIds);
        for (const change of selectChanges) {
          if (change.selected) ids.add(change.id);
          else ids.delete(change.id);
        }
        select(ids.size > 0 ? { kind: 'cards', ids: [...ids] } : null);
      }
      const moves = changes.filter((c) => c.type === 'position' && c.position);
      if (moves.length > 0) {
        setDragged((current) => {
          const next = new Map(current);
          for (const move of moves)
            if (move.type === 'position' && move.position) next.set(move.id, move.position);
          return next;
        });
      }
    },
    [select, selectedCardIds],
  );

  const onNodeDragStop: OnNodeDrag<ParcoursNode> = useCallback(
    (_event, node) => {
      const rect = {
        x: node.position.x,
        y: node.position.y,
        width: node.width ?? 0,
        height: node.height ?? 0,
      };
      if (node.type === 'emotionPoint') {
        const card = journey.cards[node.id];
        const laneIndex = journey.lanes.findIndex((lane) => lane.id === card?.laneId);
        const score = scoreAt(layout, laneIndex, rect.y);
        if (score !== null) actions.updateCard(node.id, { score });
      } else if (node.type === 'card') {
        const target = dropTarget(journey, layout, node.id, rect);
        if (target) actions.moveCard(node.id, target.stageId, target.laneId, target.index);
      }
      // Back to the laid-out position, which is the new cell's if the card moved.
      setDragged(NO_DRAG);
    },
    [journey, layout],
  );

  // Headers are not React Flow selections (cards are): a click selects the stage or lane itself.
  const onNodeClick: NodeMouseHandler<ParcoursNode> = useCallback(
    (_event, node) => {
      if (node.type === 'stageHeader') select({ kind: 'stage', id: node.data.stage.id });
      else if (node.type === 'laneHeader') select({ kind: 'lane', id: node.data.lane.id });
    },
    [select],
  );

  const onEdgeClick: EdgeMouseHandler<ConnectorEdge> = useCallback(
    (_event, edge) => select({ kind: 'connector', id: edge.id }),
    [select],
  );

  const onNodeDoubleClick: NodeMouseHandler<ParcoursNode> = useCallback(
    (_event, node) => {
      if (node.type !== 'cell') return;
      const id = actions.addCard(node.data.stage.id, node.data.lane.id);
      if (id) select({ kind: 'cards', ids: [id] });
    },
    [select],
  );

  return (
    <div className="canvas" aria-label={t('canvas.label')} role="region">
      <ReactFlow<ParcoursNode, ConnectorEdge>
        nodes={nodes}
        edges={edges}
        nodeTypes={nodeTypes}
        onNodesChange={onNodesChange}
        onNodeDragStop={onNodeDragStop}
        onNodeClick={onNodeClick}
        onNodeDoubleClick={onNodeDoubleClick}
        onEdgeClick={onEdgeClick}
        onPaneClick={() => select(null)}
        zoomOnDoubleClick={false}
        deleteKeyCode={null}
        selectionKeyCode="Shift"
        multiSelectionKeyCode="Shift"
        minZoom={0.1}
        maxZoom={2.5}
        fitView
        fitViewOptions={FIT_VIEW}
        onlyRenderVisibleElements
        proOptions={{ hideAttribution: true }}
      >
        <Background gap={24} size={1} color="#e5e7eb" />
        <MiniMap pannable zoomable ariaLabel={t('canvas.label')} />
        <Controls />
      </ReactFlow>
    </div>
  );
}
