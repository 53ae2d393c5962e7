// Draws an export sheet off-screen in its own React root, waits until React Flow has measured every
// node and drawn every edge, and hands back the element. The editor's canvas and store are untouched.
import { cleanStrings, layoutJourney } from '../../model';
import type { CaptureOptions } from '../../io/image/exportImage';
import { clampScale, sheetSize, type Size } from '../../io/image/exportSize';
import { ExportSheet, type SheetContent } from './ExportSheet';
import { renderOffscreen, type Offscreen } from './renderOffscreen';

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

export type RenderedSheet = Offscreen;

export function renderSheet(content: SheetContent): Promise<RenderedSheet> {
  // Picture exports serialise the sheet as XML: a control character in any text would break them.
  const clean = {
    ...content,
    journey: cleanStrings(content.journey),
    personas: cleanStrings(content.personas),
  };
  return renderOffscreen(<ExportSheet {...clean} />, {
    selector: '.export-sheet',
    isReady: isDrawn,
    timeoutMessage: 'The map took too long to draw for the export.',
  });
}

/**
 * Draws the sheet, hands `capture` the capture options for it at the wanted scale (clamped to what
 * browsers can draw), and always removes the sheet afterwards.
 */
export async function withMapSheet<T>(
  content: SheetContent,
  wantedScale: (size: Size) => number,
  capture: (element: HTMLElement, options: CaptureOptions) => Promise<T>,
): Promise<T> {
  const size = sheetSize(layoutJourney(content.journey));
  const { scale } = clampScale(size, wantedScale(size));
  const sheet = await renderSheet(content);
  try {
    const { element } = sheet;
    const options = {
      width: element.offsetWidth,
      height: element.offsetHeight,
      scale,
      background: content.background,
    };
    return await capture(element, options);
  } finally {
    sheet.dispose();
  }
}
