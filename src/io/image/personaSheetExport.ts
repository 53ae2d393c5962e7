// Exports a rendered persona sheet as a PNG, or as a one-page PDF holding that PNG (jsPDF, lazy).
import { capturePng } from './exportImage';
import { fitOnPage } from '../pdf/pdfPlan';

export type PaperSize = 'a4' | 'letter';

/** Portrait page sizes in millimetres. */
export const PAPER_MM: Record<PaperSize, { width: number; height: number }> = {
  a4: { width: 210, height: 297 },
  letter: { width: 215.9, height: 279.4 },
};

/** Twice the CSS size: sharp when printed, still a small file. */
const PNG_SCALE = 2;

/** The sheet element as a PNG on a white background. */
export async function personaSheetPng(sheet: HTMLElement): Promise<Blob> {
  return capturePng(sheet, {
    width: sheet.offsetWidth,
    height: sheet.offsetHeight,
    scale: PNG_SCALE,
    background: 'white',
  });
}

/** A one-page portrait PDF in the chosen paper size, with the sheet's PNG fitted to the page. */
export async function personaSheetPdf(sheet: HTMLElement, paper: PaperSize): Promise<Blob> {
  const picture = { width: sheet.offsetWidth, height: sheet.offsetHeight };
  const png = new Uint8Array(await (await personaSheetPng(sheet)).arrayBuffer());
  const { jsPDF } = await import('jspdf');
  const page = PAPER_MM[paper];
  const doc = new jsPDF({ orientation: 'portrait', unit: 'mm', format: paper, compress: true });
  // The sheet is designed for this paper: it fills the page edge to edge, proportions kept.
  const box = fitOnPage(picture, page, 0);
  doc.addImage(png, 'PNG', box.x, box.y, box.width, box.height, undefined, 'FAST');
  return doc.output('blob');
}
