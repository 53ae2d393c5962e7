// Draws an export sheet off-screen in its own React root, waits until React Flow has measured every
// node and drawn every edge, and hands back the element. The editor's canvas and store are untouched.
import { createRoot } from 'react-dom/client';
import { ExportSheet, type SheetContent } from './ExportSheet';

const READY_TIMEOUT_MS = 15_000;

function nextFrame(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => resolve()));
}

function isDrawn(sheet: HTMLElement): boolean {
  const nodes = Number(sheet.dataset.nodes);
  const edges = Number(sheet.dataset.edges);
  const drawnNodes = sheet.querySelectorAll('.react-flow__node');
  if (drawnNodes.length !== nodes) return false;
  // React Flow hides a node until it has measured it; edges need those measurements.
  for (const node of drawnNodes) {
    if ((node as HTMLElement).style.visibility === 'hidden') return false;
  }
  return sheet.querySelectorAll('.react-flow__edge path.react-flow__edge-path').length === edges;
}

export interface RenderedSheet {
  element: HTMLElement;
  dispose: () => void;
}

export async function renderSheet(content: SheetContent): Promise<RenderedSheet> {
  const host = document.createElement('div');
  host.className = 'export-host';
  host.setAttribute('aria-hidden', 'true');
  host.inert = true;
  document.body.append(host);
  const root = createRoot(host);
  const dispose = () => {
    root.unmount();
    host.remove();
  };
  try {
    root.render(<ExportSheet {...content} />);
    const started = performance.now();
    for (;;) {
      await nextFrame();
      const sheet = host.querySelector<HTMLElement>('.export-sheet');
      if (sheet && isDrawn(sheet)) break;
      if (performance.now() - started > READY_TIMEOUT_MS) {
        throw new Error('The map took too long to draw for the export.');
      }
    }
    await document.fonts.ready;
    // One more frame so the edges' paths have their final geometry painted.
    await nextFrame();
    await nextFrame();
    const element = host.querySelector<HTMLElement>('.export-sheet');
    if (!element) throw new Error('The map could not be drawn for the export.');
    return { element, dispose };
  } catch (error) {
    dispose();
    throw error;
  }
}
