// Journey -> React Flow nodes and edges. Node objects are reused when nothing about them changed,
// so React Flow and the memoised node components skip untouched cards on large maps.
// Focus and highlights reach the map as a class on each node (React Flow puts it on the node's
// wrapper), so a focus change replaces only the nodes whose emphasis changed.
import type { Connector, Id, Journey, MapLayout, Rect } from '../model';
import {
  LAYOUT,
  laneCells,
  cardTitle,
  createConnectorRouter,
  layoutJourney,
  routingBounds,
  curveColor,
  emotionCurveGeometry,
  emotionNeutralY,
} from '../model';
import { createFocusView, type Emphasis, type FocusSetting, type FocusView } from '../model/focus';
import type { Messages } from '../i18n/en';
import type { ConnectorEdge, EmotionCurve, ParcoursNode } from './flowTypes';
import { withAccessibleName } from './nodeNames';
import { curveLegendNode } from './curveLegend';
import { box } from './nodeBox';

/** Cells are neither draggable nor selectable, so React Flow would let clicks fall through them. */
const CELL_STYLE = { pointerEvents: 'all' } as const;
/** Headers take clicks (they select their stage or lane), so give them pointer events too. */
const HEADER_STYLE = { pointerEvents: 'all', cursor: 'pointer' } as const;
/** The emotion curve lies over its lane's cells: it must never swallow their clicks. */
const CURVE_STYLE = { pointerEvents: 'none' } as const;
/** Connectors stay out of the Tab order too: the map is one Tab stop (useMapFocus.ts). */
const EDGE_ATTRIBUTES = { tabIndex: -1 } as const;

function sameData(a: Record<string, unknown>, b: Record<string, unknown>): boolean {
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  return keys.every((key) => Object.is(a[key], b[key]));
}

function sameNode(a: ParcoursNode, b: ParcoursNode): boolean {
  return (
    a.type === b.type &&
    a.position.x === b.position.x &&
    a.position.y === b.position.y &&
    a.width === b.width &&
    a.height === b.height &&
    a.selected === b.selected &&
    a.className === b.className &&
    a.hidden === b.hidden &&
    a.ariaLabel === b.ariaLabel &&
    a.domAttributes === b.domAttributes &&
    sameData(a.data, b.data)
  );
}

export interface FlowInput {
  journey: Journey;
  layout: MapLayout;
  selectedCardIds: ReadonlySet<Id>;
  /** The stage or lane whose header is selected (for the inspector), if any. */
  selectedStageId?: Id | null;
  selectedLaneId?: Id | null;
  /** The selected cell as "stageId|laneId", for keyboard card creation and paste. */
  selectedCellKey?: string | null;
  personaColors: ReadonlyMap<Id, string>;
  /** Persona names for the legend of each emotions lane; no legend without them. */
  personaNames?: ReadonlyMap<Id, string>;
  /** Focus and highlights (UI state); absent for exports, which always show the whole map. */
  focus?: FocusSetting;
  /** The canvas draws the headers pinned to its edges (PinnedHeaders.tsx): React Flow hides its own. */
  pinnedHeaders?: boolean;
  /** The catalogue that names each node for screen readers; absent for exports (pictures). */
  text?: Messages;
  /**
   * The canvas drags cards itself (cardDrag.ts): React Flow must neither drag them nor pan the
   * map when one is pressed (its `nopan` class).
   */
  ownCardDrag?: boolean;
}

/** The node class for an emphasis; undefined when plain, so unfocused nodes stay as they were. */
export function focusClass(emphasis: Emphasis | undefined): string | undefined {
  if (!emphasis || (!emphasis.dimmed && !emphasis.highlighted)) return undefined;
  if (emphasis.dimmed && emphasis.highlighted) return 'focus-dimmed focus-highlighted';
  return emphasis.dimmed ? 'focus-dimmed' : 'focus-highlighted';
}

/** A view only when focus or a highlight is on: the plain map pays next to nothing for it. */
function viewOf(journey: Journey, focus: FocusSetting | undefined): FocusView | null {
  if (!focus) return null;
  const view = createFocusView(journey, focus);
  return view.active ? view : null;
}

/** Where the cards are while the edges are routed: the layout's, or as they are being dragged. */
export interface EdgeGeometry {
  cards: ReadonlyMap<Id, Rect>;
  bounds: Rect;
}

/** Builds the node list; keeps a memory of the last one to preserve object identity. */
export function createFlowDeriver() {
  let previous = new Map<string, ParcoursNode>();
  let previousEdges = new Map<string, ConnectorEdge>();
  // Remembers each connector's route: only those whose cards or surroundings moved are routed again.
  const route = createConnectorRouter();

  function nodes(input: FlowInput): ParcoursNode[] {
    const { journey, layout, selectedCardIds } = input;
    const view = viewOf(journey, input.focus);
    const next = new Map<string, ParcoursNode>();
    const result: ParcoursNode[] = [];
    const keep = (made: ParcoursNode) => {
      const node = input.text ? withAccessibleName(made, input.text) : made;
      const old = previous.get(node.id);
      const chosen = old && sameNode(old, node) ? old : node;
      next.set(chosen.id, chosen);
      result.push(chosen);
    };
    const occupied = new Set(Object.values(journey.cards).map((c) => `${c.stageId}|${c.laneId}`));

    journey.lanes.forEach((lane, laneIndex) => {
      const row = layout.rows[laneIndex];
      if (!row) return;
      for (const { stage, rect } of laneCells(journey, layout, laneIndex)) {
        keep({
          id: `cell:${stage.id}:${lane.id}`,
          type: 'cell',
          ...box(rect),
          data: {
            stage,
            lane,
            empty: !occupied.has(`${stage.id}|${lane.id}`),
            selected: input.selectedCellKey === `${stage.id}|${lane.id}`,
          },
          style: CELL_STYLE,
          className: focusClass(view?.cell(stage.id, lane.id)),
          draggable: false,
          selectable: false,
          // Reached with the arrow keys: N or Enter adds a card to it (commands.ts).
          focusable: true,
          zIndex: 0,
        });
      }
      keep({
        id: `lane:${lane.id}`,
        type: 'laneHeader',
        ...box({ x: 0, y: row.y, width: LAYOUT.laneHeaderWidth, height: row.height }),
        data: { lane, selected: lane.id === input.selectedLaneId },
        style: HEADER_STYLE,
        className: focusClass(view?.lane(lane.id)),
        hidden: input.pinnedHeaders,
        draggable: false,
        selectable: false,
        // Reached with the arrow keys like cards; Enter selects it (commands.ts), as a click does.
        focusable: true,
        zIndex: 2,
      });
      if (lane.kind === 'emotions' && !row.collapsed) {
        const curves = emotionCurves(input, lane.id, view);
        keep({
          id: `curve:${lane.id}`,
          type: 'emotionCurve',
          ...box({
            x: LAYOUT.laneHeaderWidth,
            y: row.y,
            width: layout.width - LAYOUT.laneHeaderWidth,
            height: row.height,
          }),
          data: { curves, neutralY: emotionNeutralY(row) - row.y },
          style: CURVE_STYLE,
          // Wholly dimmed when every curve in it is; otherwise each curve carries its own state.
          className: curveNodeClass(view, lane.id, curves),
          draggable: false,
          selectable: false,
          focusable: false,
          zIndex: 1,
        });
        const legend =
          input.personaNames && curveLegendNode(lane.id, row, curves, input.personaNames);
        if (legend) keep(legend);
      }
    });

    journey.stages.forEach((stage, index) => {
      const column = layout.columns[index];
      if (!column) return;
      keep({
        id: `stage:${stage.id}`,
        type: 'stageHeader',
        ...box({ x: column.x, y: 0, width: column.width, height: LAYOUT.stageHeaderHeight }),
        data: { stage, index, selected: stage.id === input.selectedStageId },
        style: HEADER_STYLE,
        className: focusClass(view?.stage(stage.id)),
        hidden: input.pinnedHeaders,
        draggable: false,
        selectable: false,
        focusable: true,
        zIndex: 2,
      });
    });

    for (const card of Object.values(journey.cards)) {
      const rect = layout.cards.get(card.id);
      if (!rect) continue;
      const selected = selectedCardIds.has(card.id);
      const className = focusClass(view?.card(card));
      if (card.kind === 'emotion') {
        keep({
          id: card.id,
          type: 'emotionPoint',
          ...box(rect, true),
          data: { card, color: curveColor(card.personaId, input.personaColors) },
          selected,
          className,
          zIndex: 3,
        });
      } else {
        keep({
          id: card.id,
          type: 'card',
          ...box(rect, true),
          data: { card },
          selected,
          className: input.ownCardDrag ? (className ? `nopan ${className}` : 'nopan') : className,
          draggable: input.ownCardDrag ? false : undefined,
          zIndex: 3,
        });
      }
    }

    previous = next;
    return result;
  }

  function edges(
    journey: Journey,
    selectedConnectorId: Id | null = null,
    focus?: FocusSetting,
    geometry?: EdgeGeometry,
  ): ConnectorEdge[] {
    const view = viewOf(journey, focus);
    const connectors = Object.values(journey.connectors);
    const { cards, bounds } = geometry ?? layoutGeometry(journey);
    const routes = route(connectors, cards, bounds);
    const next = new Map<string, ConnectorEdge>();
    const result: ConnectorEdge[] = [];
    for (const connector of connectors) {
      const routed = routes.get(connector.id);
      if (!routed) continue;
      const old = previousEdges.get(connector.id);
      const selected = connector.id === selectedConnectorId;
      const dimmed = view?.connector(connector).dimmed ?? false;
      const ariaLabel = connector.label || connectorEnds(journey, connector);
      const className = `connector connector--${connector.style}${selected ? ' connector--selected' : ''}${dimmed ? ' connector--dimmed' : ''}`;
      const edge: ConnectorEdge =
        old &&
        old.data?.connector === connector &&
        old.data.route === routed &&
        Boolean(old.selected) === selected &&
        old.className === className &&
        old.ariaLabel === ariaLabel
          ? old
          : {
              id: connector.id,
              source: connector.sourceCardId,
              target: connector.targetCardId,
              type: 'connector',
              label: connector.label || undefined,
              // React Flow would otherwise name it by the two card ids.
              ariaLabel,
              domAttributes: EDGE_ATTRIBUTES,
              data: { connector, route: routed },
              zIndex: 4,
              selected,
              className,
            };
      next.set(edge.id, edge);
      result.push(edge);
    }
    previousEdges = next;
    return result;
  }

  return { nodes, edges };
}

function layoutGeometry(journey: Journey): EdgeGeometry {
  const layout = layoutJourney(journey);
  return { cards: layout.cards, bounds: routingBounds(layout) };
}

/** A connector without a label is named by the cards it links: "Sees an advert → Website". */
function connectorEnds(journey: Journey, connector: Connector): string {
  const end = (id: Id) => {
    const card = journey.cards[id];
    return card ? cardTitle(card) : '';
  };
  return `${end(connector.sourceCardId)} → ${end(connector.targetCardId)}`;
}

/** The curve node is dimmed as a whole when all its curves are (or, with none, when its lane is). */
function curveNodeClass(
  view: FocusView | null,
  laneId: Id,
  curves: EmotionCurve[],
): string | undefined {
  if (!view?.target) return undefined;
  const dimmed =
    curves.length > 0 ? curves.every((curve) => curve.dimmed) : view.lane(laneId).dimmed;
  return dimmed ? 'focus-dimmed' : undefined;
}

/** One curve per persona (plus the shared one), through its points in stage order. */
function emotionCurves(input: FlowInput, laneId: Id, view: FocusView | null): EmotionCurve[] {
  const { journey, layout } = input;
  const row = layout.rows[journey.lanes.findIndex((lane) => lane.id === laneId)];
  if (!row) return [];
  // The curve node spans the lane's cells: its points are relative to that box.
  return emotionCurveGeometry(journey, layout, laneId).map(({ personaId, points }) => ({
    key: personaId ?? 'shared',
    color: curveColor(personaId, input.personaColors),
    dimmed: view?.curve(laneId, personaId).dimmed ?? false,
    points: points.map(({ x, y }) => ({ x: x - LAYOUT.laneHeaderWidth, y: y - row.y })),
  }));
}
