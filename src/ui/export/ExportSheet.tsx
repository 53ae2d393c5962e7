// The map as an export draws it: title, persona strip and every stage, lane, card, connector and
// emotion curve, at 100 % in its own React Flow instance, with nothing selected and no controls.
import './exportSheet.css';
import { ReactFlow, ReactFlowProvider } from '@xyflow/react';
import { useMemo } from 'react';
import { CanvasTextContext } from '../../canvas/canvasText';
import { createFlowDeriver } from '../../canvas/deriveFlow';
import type { ConnectorEdge, ParcoursNode } from '../../canvas/flowTypes';
import { nodeTypes } from '../../canvas/nodes';
import type { Messages } from '../../i18n/en';
import { layoutJourney, type Id, type Journey, type Persona } from '../../model';
import { SHEET_HEADER_HEIGHT, SHEET_MARGIN, sheetSize } from '../../io/image/exportSize';
import type { ExportBackground } from '../../io/image/exportImage';

const NO_SELECTION: ReadonlySet<Id> = new Set();
const VIEWPORT = { x: 0, y: 0, zoom: 1 };

export interface SheetContent {
  journey: Journey;
  personas: readonly Persona[];
  background: ExportBackground;
  text: Messages;
}

/** The nodes and edges of a journey as the export draws them (pure, from the document). */
export function sheetFlow(journey: Journey, personas: readonly Persona[]) {
  const layout = layoutJourney(journey);
  const deriver = createFlowDeriver();
  const nodes = deriver.nodes({
    journey,
    layout,
    selectedCardIds: NO_SELECTION,
    personaColors: new Map(personas.map((persona) => [persona.id, persona.color])),
  });
  const ids = new Set(nodes.map((node) => node.id));
  // React Flow draws an edge only when both of its cards are on the map (not in a collapsed lane).
  const edges = deriver.edges(journey).filter((e) => ids.has(e.source) && ids.has(e.target));
  return { layout, nodes, edges };
}

function initials(name: string): string {
  const parts = name.trim().split(/\s+/).filter(Boolean);
  return parts.length === 0
    ? '?'
    : parts
        .slice(0, 2)
        .map((part) => part[0]?.toUpperCase())
        .join('');
}

export function ExportSheet({ journey, personas, background, text }: SheetContent) {
  const { layout, nodes, edges } = useMemo(() => sheetFlow(journey, personas), [journey, personas]);
  const size = sheetSize(layout);
  const linked = journey.personaIds.flatMap((id) => personas.filter((p) => p.id === id));
  return (
    <div
      className={`export-sheet export-sheet--${background}`}
      style={{ width: size.width, height: size.height, padding: SHEET_MARGIN }}
      data-nodes={nodes.length}
      data-edges={edges.length}
    >
      <div className="export-sheet__header" style={{ height: SHEET_HEADER_HEIGHT }}>
        <div className="export-sheet__title">{journey.title}</div>
        <ul className="export-sheet__personas">
          {linked.map((persona) => (
            <li key={persona.id} className="export-sheet__persona">
              <span className="export-sheet__avatar" style={{ background: persona.color }}>
                {initials(persona.name)}
              </span>
              <span className="export-sheet__persona-text">
                <span className="export-sheet__persona-name">{persona.name}</span>
                {persona.role && <span className="export-sheet__persona-role">{persona.role}</span>}
              </span>
            </li>
          ))}
        </ul>
      </div>
      <div style={{ width: layout.width, height: layout.height }}>
        <CanvasTextContext.Provider value={text}>
          <ReactFlowProvider>
            <ReactFlow<ParcoursNode, ConnectorEdge>
              nodes={nodes}
              edges={edges}
              nodeTypes={nodeTypes}
              defaultViewport={VIEWPORT}
              minZoom={1}
              maxZoom={1}
              nodesDraggable={false}
              nodesConnectable={false}
              elementsSelectable={false}
              nodesFocusable={false}
              edgesFocusable={false}
              panOnDrag={false}
              zoomOnScroll={false}
              zoomOnPinch={false}
              zoomOnDoubleClick={false}
              preventScrolling={false}
              proOptions={{ hideAttribution: true }}
            />
          </ReactFlowProvider>
        </CanvasTextContext.Provider>
      </div>
    </div>
  );
}
