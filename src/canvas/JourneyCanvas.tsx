// The journey map on React Flow: derives nodes from the document, turns gestures into actions.
import {
  Background,
  ReactFlow,
  useReactFlow,
  useStore,
  type ReactFlowState,
  type Connection,
  type EdgeMouseHandler,
  type NodeChange,
  type NodeMouseHandler,
  type OnNodeDrag,
  type Viewport,
  type XYPosition,
} from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { useCallback, useEffect, useMemo, useState, type DragEvent } from 'react';
import { useTranslation } from '../i18n';
import { catalogue } from '../i18n';
import { CanvasTextContext } from './canvasText';
import { layoutJourney, routingBounds, type Id, type MapLayout } from '../model';
import type { CardKind } from '../model';
import { actions, journeyStore, useJourney, useUiStore } from '../store';
import { useFocusStore } from '../store/focusStore';
import { useLibraryStore } from '../store/libraryStore';
import { usePresentStore } from '../store/presentStore';
import { addCardAndType } from '../commands/cardEdits';
import { CanvasDock } from './CanvasDock';
import { CARD_KIND_MIME } from './CardPalette';
import { createFlowDeriver, type EdgeGeometry } from './deriveFlow';
import { edgeTypes } from './edges/ConnectorEdgeView';
import { cellAt, dropTarget } from './dropTarget';
import type { ConnectorEdge, ParcoursNode } from './flowTypes';
import { ZoomVariable } from './ZoomVariable';
import { MAX_ZOOM, MIN_ZOOM, READABLE_ZOOM, initialViewport } from './initialViewport';
import { FAR_ZOOM, cardAt, farViewNodes, pictureNode, useFarPicture } from './farView';
import { nodeTypes } from './nodes';
import { PinnedHeaders } from './PinnedHeaders';
import { useMapFocus } from './useMapFocus';
import { scoreOfDrag, snapDraggedPoint } from './pointDrag';
import { shiftedRects, useCardDrag, type CardDragOffset } from './cardDrag';
import { whenIdle } from '../services/idle';
import { glideMs } from './motion';

const NO_DRAG: ReadonlyMap<string, XYPosition> = new Map();
const NO_EDGES: ConnectorEdge[] = [];
/** Re-renders the canvas only when the zoom crosses the far-zoom threshold, not on every zoom. */
const selectFar = (state: ReactFlowState) => state.transform[2] < FAR_ZOOM;

/** The cards' boxes for routing connectors: the layout's, with dragged cards where they are now. */
function edgeGeometry(
  layout: MapLayout,
  dragged: ReadonlyMap<string, XYPosition>,
  cardDrag: CardDragOffset | null,
): EdgeGeometry {
  const bounds = routingBounds(layout);
  const shifted = shiftedRects(layout.cards, cardDrag);
  if (dragged.size === 0) return { cards: shifted, bounds };
  const cards = new Map(shifted);
  for (const [id, position] of dragged) {
    const rect = cards.get(id);
    if (rect) cards.set(id, { ...rect, x: position.x, y: position.y });
  }
  return { cards, bounds };
}

/**
 * True once the browser is idle after the first paint. The map overview goes through every card to
 * draw its shapes, so it waits until the map itself is on screen.
 */
function useDeferredMount(): boolean {
  const [ready, setReady] = useState(false);
  useEffect(() => whenIdle(() => setReady(true), 1_000), []);
  return ready;
}

/** The element's size, kept up to date by a ResizeObserver; null until first measured. */
function useElementSize(): [
  (element: HTMLDivElement | null) => void,
  { width: number; height: number } | null,
] {
  const [size, setSize] = useState<{ width: number; height: number } | null>(null);
  const ref = useCallback((element: HTMLDivElement | null) => {
    if (!element) return;
    // Read at once, so the map mounts in this frame rather than after the observer's first call.
    const { width, height } = element.getBoundingClientRect();
    if (width > 0 && height > 0) setSize({ width, height });
    const observer = new ResizeObserver(([entry]) => {
      if (!entry) return;
      const { width, height } = entry.contentRect;
      // The observer's first call reports the size read above: drawing the map again for it
      // would cost a whole render of the canvas.
      setSize((size) =>
        size?.width === width && size.height === height ? size : { width, height },
      );
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return [ref, size];
}

function readOnlyNow(): boolean {
  return journeyStore.getState().readOnly;
}

function journeyStoreHas(connectorId: Id): boolean {
  return Boolean(journeyStore.getState().journey.connectors[connectorId]);
}

export function JourneyCanvas() {
  const { t, i18n } = useTranslation();
  const canvasText = catalogue(i18n.language);
  const journey = useJourney((s) => s.journey);
  const readOnly = useJourney((s) => s.readOnly);
  // Presenting hides the editing tools: palette, map overview and zoom controls.
  const presenting = usePresentStore((s) => s.active);
  const personas = useLibraryStore((s) => s.personas);
  // One subscription for the whole map: nodes learn their focus from the deriver, not the store.
  const focusTarget = useFocusStore((s) => s.target);
  const painPoints = useFocusStore((s) => s.painPoints);
  const momentsOfTruth = useFocusStore((s) => s.momentsOfTruth);
  const focus = useMemo(
    () => ({ target: focusTarget, painPoints, momentsOfTruth }),
    [focusTarget, painPoints, momentsOfTruth],
  );
  const { screenToFlowPosition, setCenter } = useReactFlow();
  const showMiniMap = useDeferredMount();
  const [container, screen] = useElementSize();
  // Computed once, when the canvas first has a size: later edits never move the view by themselves.
  const [openingViewport, setOpeningViewport] = useState<Viewport | null>(null);
  const personaColors = useMemo(
    () => new Map<Id, string>(personas.map((persona) => [persona.id, persona.color])),
    [personas],
  );
  const personaNames = useMemo(
    () => new Map<Id, string>(personas.map((persona) => [persona.id, persona.name])),
    [personas],
  );
  const selection = useUiStore((s) => s.selection);
  const select = useUiStore((s) => s.select);
  const layout = useMemo(() => layoutJourney(journey), [journey]);
  if (!openingViewport && screen) setOpeningViewport(initialViewport(layout, screen));
  // The deriver remembers the last nodes it made, to hand back the same objects for untouched cards.
  const [deriver] = useState(createFlowDeriver);
  // Cards dropped after a drag (cardDrag.ts) land together, as one undo step.
  const dropCards = useCallback(
    (drag: CardDragOffset) => {
      const dropped = shiftedRects(layout.cards, drag);
      const moves = [...drag.ids].flatMap((cardId) => {
        const rect = dropped.get(cardId);
        const target = rect && dropTarget(journey, layout, cardId, rect);
        return target ? [{ cardId, ...target }] : [];
      });
      if (moves.length > 0) actions.moveCardsTo(moves);
    },
    [journey, layout],
  );

  // Emotion points being dragged (React Flow's drag). The document changes only when a drag ends.
  const [dragged, setDragged] = useState<ReadonlyMap<string, XYPosition>>(NO_DRAG);
  const mapFocus = useMapFocus();

  const selectedCardIds = useMemo(
    () => new Set(selection?.kind === 'cards' ? selection.ids : []),
    [selection],
  );
  const selectedStageId = selection?.kind === 'stage' ? selection.id : null;
  const selectedLaneId = selection?.kind === 'lane' ? selection.id : null;
  const selectedConnectorId = selection?.kind === 'connector' ? selection.id : null;
  const selectedCellKey =
    selection?.kind === 'cell' ? `${selection.stageId}|${selection.laneId}` : null;
  const derivedNodes = useMemo(
    () =>
      deriver.nodes({
        journey,
        layout,
        selectedCardIds,
        selectedStageId,
        selectedLaneId,
        selectedCellKey,
        personaColors,
        personaNames,
        focus,
        pinnedHeaders: true,
        text: canvasText,
        ownCardDrag: true,
      }),
    [
      deriver,
      journey,
      layout,
      selectedCardIds,
      selectedStageId,
      selectedLaneId,
      selectedCellKey,
      personaColors,
      personaNames,
      focus,
      canvasText,
    ],
  );
  const nodes = useMemo(
    () =>
      dragged.size === 0
        ? derivedNodes
        : derivedNodes.flatMap((node): ParcoursNode[] => {
            // Emotion points are the only nodes React Flow drags here (cards: cardDrag.ts). One
            // moves in whole score steps, with its score shown beside it.
            const position = dragged.get(node.id);
            if (!position || node.type !== 'emotionPoint') return [node];
            return snapDraggedPoint(journey, layout, node, position) ?? [node];
          }),
    [derivedNodes, dragged, journey, layout],
  );

  // Zoomed far out, the map is one picture (farView.ts), with the cards someone works on over it.
  const far = useStore(selectFar);
  const farPicture = useFarPicture(far, journey, personas, canvasText);
  const editingId = useUiStore((s) => s.editingId);
  const mapCursor = useUiStore((s) => s.mapCursor);
  const picture = useMemo(() => (farPicture ? pictureNode(farPicture) : null), [farPicture]);
  const mountedNodes = useMemo(
    () =>
      picture
        ? farViewNodes(
            nodes,
            picture,
            (id) => selectedCardIds.has(id) || editingId === `card:${id}` || mapCursor === id,
          )
        : nodes,
    [nodes, picture, selectedCardIds, editingId, mapCursor],
  );
  // Cards move by the canvas's own drag (cardDrag.ts), not React Flow's.
  const cardDrag = useCardDrag(mountedNodes, dropCards);
  // Connectors follow dragged cards: routed among the cards where they are now (only the routes
  // whose cards or surroundings moved are searched again).
  const geometry = useMemo(
    () => edgeGeometry(layout, dragged, cardDrag.offset),
    [layout, dragged, cardDrag.offset],
  );
  const edges = useMemo(
    () => deriver.edges(journey, selectedConnectorId, focus, geometry),
    [deriver, journey, selectedConnectorId, focus, geometry],
  );
  const mountedEdges = picture ? NO_EDGES : edges;

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

  // Only emotion points use React Flow's drag; cards have their own (cardDrag.ts).
  const onNodeDragStop: OnNodeDrag<ParcoursNode> = useCallback(
    (_event, node) => {
      if (node.type === 'emotionPoint') {
        const score = scoreOfDrag(journey, layout, node, node.position);
        if (score !== null && score !== node.data.card.score) {
          actions.updateCard(node.id, { score });
        }
      }
      // Back to the laid-out position, at the new score's height if it changed.
      setDragged(NO_DRAG);
    },
    [journey, layout],
  );

  const onConnect = useCallback((connection: Connection) => {
    const id = actions.connectCards(connection.source, connection.target);
    if (journeyStoreHas(id)) useUiStore.getState().select({ kind: 'connector', id });
  }, []);

  const addCardAt = useCallback((stageId: Id, laneId: Id, kind?: CardKind) => {
    addCardAndType(stageId, laneId, kind);
  }, []);

  const onDragOver = useCallback((event: DragEvent) => {
    if (event.dataTransfer.types.includes(CARD_KIND_MIME)) {
      event.preventDefault();
      event.dataTransfer.dropEffect = 'copy';
    }
  }, []);

  const onDrop = useCallback(
    (event: DragEvent) => {
      const kind = event.dataTransfer.getData(CARD_KIND_MIME) as CardKind;
      if (!kind) return;
      event.preventDefault();
      const cell = cellAt(
        journey,
        layout,
        screenToFlowPosition({ x: event.clientX, y: event.clientY }),
      );
      if (cell) addCardAt(cell.stageId, cell.laneId, kind);
    },
    [journey, layout, screenToFlowPosition, addCardAt],
  );

  // Headers are not React Flow selections (cards are): a click selects the stage or lane itself.
  const onNodeClick: NodeMouseHandler<ParcoursNode> = useCallback(
    (event, node) => {
      if (node.type === 'stageHeader') select({ kind: 'stage', id: node.data.stage.id });
      else if (node.type === 'laneHeader') select({ kind: 'lane', id: node.data.lane.id });
      else if (node.type === 'cell') {
        // On the far picture, a click on a drawn card selects that card.
        const card =
          picture && cardAt(layout, screenToFlowPosition({ x: event.clientX, y: event.clientY }));
        if (card) select({ kind: 'cards', ids: [card] });
        else select({ kind: 'cell', stageId: node.data.stage.id, laneId: node.data.lane.id });
      }
    },
    [select, picture, layout, screenToFlowPosition],
  );

  const onEdgeClick: EdgeMouseHandler<ConnectorEdge> = useCallback(
    (_event, edge) => select({ kind: 'connector', id: edge.id }),
    [select],
  );

  const onNodeDoubleClick: NodeMouseHandler<ParcoursNode> = useCallback(
    (event, node) => {
      if (readOnlyNow()) return;
      const { setEditing } = useUiStore.getState();
      if (node.type === 'cell' && picture) {
        // Too far out to read or type: a double-click zooms in there, to a readable size.
        const point = screenToFlowPosition({ x: event.clientX, y: event.clientY });
        void setCenter(point.x, point.y, { zoom: READABLE_ZOOM, duration: glideMs(300) });
      } else if (node.type === 'cell') addCardAt(node.data.stage.id, node.data.lane.id);
      else if (node.type === 'card') setEditing(`card:${node.id}`);
      else if (node.type === 'stageHeader') setEditing(`stage:${node.data.stage.id}`);
      else if (node.type === 'laneHeader') setEditing(`lane:${node.data.lane.id}`);
    },
    [addCardAt, picture, screenToFlowPosition, setCenter],
  );

  return (
    <CanvasTextContext.Provider value={canvasText}>
      <div
        className="canvas"
        aria-label={t('canvas.label')}
        role="region"
        onDragOver={onDragOver}
        onDrop={onDrop}
      >
        {!presenting && (
          <CanvasDock
            minimapReady={showMiniMap}
            journey={journey}
            layout={layout}
            personaColors={personaColors}
          />
        )}
        <div className="canvas__map" ref={container}>
          {openingViewport && (
            <ReactFlow<ParcoursNode, ConnectorEdge>
              nodes={mountedNodes}
              edges={mountedEdges}
              nodeTypes={nodeTypes}
              edgeTypes={edgeTypes}
              onNodesChange={onNodesChange}
              onPointerDown={cardDrag.onPointerDown}
              onNodeDragStop={onNodeDragStop}
              onNodeClick={onNodeClick}
              onNodeDoubleClick={onNodeDoubleClick}
              onEdgeClick={onEdgeClick}
              onConnect={onConnect}
              nodesDraggable={!readOnly}
              nodesConnectable={!readOnly}
              onPaneClick={() => select(null)}
              zoomOnDoubleClick={false}
              deleteKeyCode={null}
              // Arrow keys move cards between cells (useShortcuts), not by a few pixels.
              disableKeyboardA11y
              selectionKeyCode="Shift"
              multiSelectionKeyCode="Shift"
              minZoom={MIN_ZOOM}
              maxZoom={MAX_ZOOM}
              defaultViewport={openingViewport}
              onlyRenderVisibleElements
              proOptions={{ hideAttribution: true }}
              aria-label={t('canvas.label')}
              {...mapFocus}
            >
              <Background gap={24} size={1} color="#e5e7eb" />
              <ZoomVariable />
              <PinnedHeaders
                nodes={derivedNodes}
                onNodeClick={onNodeClick}
                onNodeDoubleClick={onNodeDoubleClick}
              />
            </ReactFlow>
          )}
        </div>
      </div>
    </CanvasTextContext.Provider>
  );
}
