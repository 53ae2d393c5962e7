// Writes a vector PDF with jsPDF (loaded only when a PDF is made): one scene per page, fitted to the
// page as pdfPlan.ts says, its text real text in the embedded Inter faces.
import { cleanText } from '../../model';
import type { Scene, TextMeasurer } from '../../scene/types';
import { loadPdfFonts, pdfMeasurer, registerPdfFonts, type PdfFontFiles } from './pdfFonts';
import { PT_PER_MM, placeOnPage } from './pdfPlan';
import { drawScene } from './pdfScene';

export interface PdfWriter {
  /** Measures text as the PDF draws it, in scene pixels: scenes for this file are built with it. */
  measure: TextMeasurer;
  /** Adds a page of `sizeMm` holding the scene, fitted inside `marginMm`. */
  addPage: (sizeMm: { width: number; height: number }, scene: Scene, marginMm: number) => void;
  /** The finished file. */
  finish: () => Blob;
}

export interface PdfWriterOptions {
  /** The document's title (its metadata), usually the journey's or persona's name. */
  title: string;
  /** The language of its text, e.g. "fr". */
  language: string;
  /** The Inter files; fetched from the app's build when not given. */
  fonts?: PdfFontFiles;
}

/** Starts a PDF; pages come one at a time. */
export async function createPdfWriter(options: PdfWriterOptions): Promise<PdfWriter> {
  const [{ jsPDF }, fonts] = await Promise.all([
    import('jspdf'),
    options.fonts ? Promise.resolve(options.fonts) : loadPdfFonts(),
  ]);
  // jsPDF opens with a page; it is removed once the planned pages are in.
  const doc = new jsPDF({ unit: 'pt', format: 'a4', compress: true, putOnlyUsedFonts: true });
  registerPdfFonts(doc, fonts);
  doc.setProperties({ title: cleanText(options.title), creator: 'Parcours' });
  doc.setLanguage(options.language as Parameters<typeof doc.setLanguage>[0]);
  const measure = pdfMeasurer(doc);
  let pages = 0;
  return {
    measure,
    addPage(sizeMm, scene, marginMm) {
      const page = { width: sizeMm.width * PT_PER_MM, height: sizeMm.height * PT_PER_MM };
      doc.addPage([page.width, page.height], page.width > page.height ? 'landscape' : 'portrait');
      pages += 1;
      const at = placeOnPage(scene, page, marginMm * PT_PER_MM);
      drawScene(doc, scene, at, measure);
    },
    finish() {
      if (pages === 0) throw new Error('There is nothing to put in the PDF.');
      doc.deletePage(1);
      return doc.output('blob');
    },
  };
}
