// Draws a planned deck (slidePlan.ts) with pptxgenjs, loaded only when a deck is made. Every text
// stays a native text box, so the deck can be edited in PowerPoint, Keynote or Google Slides.
import { cleanText } from '../../model';
import { BOX_MARGIN_PT, type PlannedSlide, type TextBox } from './slidePlan';

/** pptxgenjs wants colours without the leading #. */
const hex = (color: string) => color.replace(/^#/, '').toUpperCase();

function runsOf(box: TextBox) {
  return box.runs.map((run) => ({
    // Slide XML cannot hold control characters: one would make the whole deck unreadable.
    text: cleanText(run.text),
    options: {
      bold: run.bold,
      italic: run.italic,
      color: run.color ? hex(run.color) : undefined,
      fontSize: run.fontSize,
      bullet: run.bullet,
      breakLine: run.breakLine,
    },
  }));
}

export interface DeckFile {
  title: string;
  /** The overview picture as a PNG data URL, for the overview slide's image box. */
  overviewPng: string | null;
}

/** The deck as a .pptx blob. */
export async function writeDeck(slides: readonly PlannedSlide[], file: DeckFile): Promise<Blob> {
  const { default: PptxGenJS } = await import('pptxgenjs');
  const pptx = new PptxGenJS();
  pptx.layout = 'LAYOUT_WIDE';
  pptx.title = cleanText(file.title);
  pptx.company = 'Parcours';
  for (const planned of slides) {
    const slide = pptx.addSlide();
    slide.background = { color: 'FFFFFF' };
    for (const box of planned.boxes) {
      const place = { x: box.x, y: box.y, w: box.w, h: box.h };
      if (box.type === 'image') {
        if (file.overviewPng) slide.addImage({ ...place, data: file.overviewPng });
      } else if (box.runs.length === 0) {
        // A coloured bar: a plain shape, no text.
        slide.addShape(pptx.ShapeType.rect, {
          ...place,
          fill: { color: hex(box.fill ?? '#000000') },
          line: { color: hex(box.fill ?? '#000000'), width: 0 },
        });
      } else {
        slide.addText(runsOf(box), {
          ...place,
          fontSize: box.fontSize,
          color: hex(box.color),
          align: box.align ?? 'left',
          valign: box.valign ?? 'top',
          margin: BOX_MARGIN_PT,
          fill: box.fill ? { color: hex(box.fill) } : undefined,
          line: box.line ? { color: hex(box.line), width: 1.25 } : undefined,
          // A safety net: PowerPoint shrinks the text if an edit makes it overflow.
          fit: 'shrink',
        });
      }
    }
  }
  const blob = await pptx.write({ outputType: 'blob' });
  if (!(blob instanceof Blob)) throw new Error('The PowerPoint file could not be written.');
  return blob;
}
