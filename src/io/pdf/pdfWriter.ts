// Writes the PDF of a journey map with jsPDF (loaded only when a PDF is made): one picture per page,
// each fitted to its page as planned in pdfPlan.ts.
import { cleanText } from '../../model';
import { fitOnPage, pageMargin, pageSize, type MapPaper, type PdfPage } from './pdfPlan';

export interface PdfPicture {
  /** The picture's bytes: JPEG is stored as it is, so it is far quicker to add than PNG. */
  data: Uint8Array;
  format: 'JPEG' | 'PNG';
  /** The picture's proportions: its size in CSS pixels. */
  width: number;
  height: number;
}

export interface PdfWriter {
  /** Adds one page of the plan holding its picture. */
  addPage: (page: PdfPage, picture: PdfPicture) => void;
  /** The finished file. */
  finish: () => Blob;
}

/** Starts a PDF on the chosen paper; pages come one at a time so only one picture is held. */
export async function createPdfWriter(paper: MapPaper, title: string): Promise<PdfWriter> {
  const { jsPDF } = await import('jspdf');
  let doc: InstanceType<typeof jsPDF> | null = null;
  return {
    addPage(page, picture) {
      const size = pageSize(page, paper);
      const orientation = size.width > size.height ? 'landscape' : 'portrait';
      if (doc === null) {
        doc = new jsPDF({ orientation, unit: 'mm', format: paper, compress: true });
        doc.setProperties({ title: cleanText(title), creator: 'Parcours' });
      } else {
        doc.addPage(paper, orientation);
      }
      const box = fitOnPage(picture, size, pageMargin(page));
      doc.addImage(
        picture.data,
        picture.format,
        box.x,
        box.y,
        box.width,
        box.height,
        undefined,
        'FAST',
      );
    },
    finish() {
      if (doc === null) throw new Error('There is nothing to put in the PDF.');
      return doc.output('blob');
    },
  };
}
