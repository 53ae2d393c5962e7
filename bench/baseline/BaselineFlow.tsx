// The baseline's map: bare React Flow with plain default nodes, no custom node types and no app
// store. bench/run.mjs injects the same card geometry as the Parcours map it compares against
// (window.__PARCOURS_BENCH__); opened by hand, the page draws a grid of ?n= nodes instead. The
// baseline page (main.tsx) renders it at once; the floor page (bench/floor) after opening a map.
import { ReactFlow, useEdgesState, useNodesState, type Edge, type Node } from '@xyflow/react';
import '@xyflow/react/dist/style.css';

interface BenchNode {
  id: string;
  x: number;
  y: number;
  width: number;
  height: number;
  label: string;
}

interface BenchInput {
  nodes: BenchNode[];
  edges: { id: string; source: string; target: string }[];
}

declare global {
  interface Window {
    __PARCOURS_BENCH__?: BenchInput;
  }
}

function gridInput(count: number): BenchInput {
  const nodes = Array.from({ length: count }, (_, index) => ({
    id: `n${index}`,
    x: (index % 20) * 280,
    y: Math.floor(index / 20) * 100,
    width: 248,
    height: 80,
    label: `Node ${index + 1}`,
  }));
  return { nodes, edges: [] };
}

const input =
  window.__PARCOURS_BENCH__ ??
  gridInput(Number(new URLSearchParams(window.location.search).get('n') ?? 100));

const initialNodes: Node[] = input.nodes.map((node) => ({
  id: node.id,
  position: { x: node.x, y: node.y },
  width: node.width,
  height: node.height,
  data: { label: node.label },
}));
const initialEdges: Edge[] = input.edges.map((edge) => ({ ...edge }));

export function BaselineFlow() {
  const [nodes, , onNodesChange] = useNodesState(initialNodes);
  const [edges, , onEdgesChange] = useEdgesState(initialEdges);
  return (
    <ReactFlow
      nodes={nodes}
      edges={edges}
      onNodesChange={onNodesChange}
      onEdgesChange={onEdgesChange}
      minZoom={0.1}
      maxZoom={2.5}
      fitView
      onlyRenderVisibleElements
      proOptions={{ hideAttribution: true }}
    />
  );
}
