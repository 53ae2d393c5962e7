// Exports a persona's sheet: as a PNG of the rendered sheet, or as a one-page vector PDF drawn from
// the persona sheet scene (the same pages a map's PDF appends).
import type { Messages } from '../../i18n/en';
import { cleanStrings, type Persona } from '../../model';
import { capturePng } from './exportImage';

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

/** A one-page portrait PDF of the persona's sheet, drawn as vector shapes and real text. */
export async function personaSheetPdf(
  persona: Persona,
  options: { paper: PaperSize; text: Messages; avatar: string | null; language: string },
): Promise<Blob> {
  const clean = cleanStrings(persona);
  // The drawing code and fonts load only when a PDF is made.
  const [{ buildPersonaScene }, { createPdfWriter }] = await Promise.all([
    import('../../scene/personaScene'),
    import('../pdf/pdfWriter'),
  ]);
  const writer = await createPdfWriter({
    title: clean.name || options.text.canvas.untitled,
    language: options.language,
  });
  const scene = buildPersonaScene({
    persona: clean,
    avatar: options.avatar,
    paper: options.paper,
    text: options.text,
    measure: writer.measure,
  });
  // The sheet is designed for this paper: it fills the page edge to edge.
  writer.addPage(PAPER_MM[options.paper], scene, 0);
  return writer.finish();
}
