// Makes the PDF and PowerPoint files of a journey: draws each picture off-screen (map sheets and
// persona sheets), captures it, and hands the pictures and the slide plan to the file writers.
import type { Messages } from '../../i18n/en';
import { capturePng } from '../../io/image/exportImage';
import { createPdfWriter } from '../../io/pdf/pdfWriter';
import { writeDeck } from '../../io/deck/deckWriter';
import {
  pageSize,
  pdfCaptureScale,
  planPdfPages,
  type MapPaper,
  type PdfLayout,
} from '../../io/pdf/pdfPlan';
import { personaSheetPng } from '../../io/image/personaSheetExport';
import { planDeck } from '../../io/deck/slidePlan';
import { brandOfChoice, loadDeckBrand } from '../../services/deckBrand';
import { journeyWithStages } from '../../model/stageFilter';
import type { Id, Journey, Persona } from '../../model';
import { renderPersonaSheet } from './renderPersonaSheet';
import { withMapSheet } from './renderSheet';

export interface DocumentSource {
  journey: Journey;
  personas: readonly Persona[];
  text: Messages;
  /** The stages chosen in the dialog; null: every stage. */
  stageIds: Id[] | null;
}

/** The map (or part of it) drawn off-screen and captured as a PNG on white. */
async function mapPicture(
  source: DocumentSource,
  part: Journey,
  scaleFor: (w: number, h: number) => number,
) {
  const content = {
    journey: part,
    personas: source.personas,
    background: 'white',
    text: source.text,
  } as const;
  return withMapSheet(
    content,
    (size) => scaleFor(size.width, size.height),
    async (element, options) => ({
      blob: await capturePng(element, options),
      width: options.width,
      height: options.height,
    }),
  );
}

const bytesOf = async (blob: Blob) => new Uint8Array(await blob.arrayBuffer());

/**
 * The picture re-encoded as a JPEG on white, by the browser. jsPDF stores a JPEG as it is, whereas
 * it decodes and recompresses a PNG in JavaScript, which takes many seconds for a large map.
 */
async function jpegOf(png: Blob): Promise<Uint8Array> {
  const bitmap = await createImageBitmap(png);
  try {
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('The browser could not draw the PDF page.');
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, bitmap.width, bitmap.height);
    context.drawImage(bitmap, 0, 0);
    return bytesOf(await canvas.convertToBlob({ type: 'image/jpeg', quality: JPEG_QUALITY }));
  } finally {
    bitmap.close();
  }
}

/** High enough that small card texts stay crisp in print. */
const JPEG_QUALITY = 0.92;

/** The PDF: the map on one page or a page per stage, then one portrait page per linked persona. */
export async function mapPdf(
  source: DocumentSource,
  options: { paper: MapPaper; layout: PdfLayout },
): Promise<Blob> {
  const { journey, personas } = source;
  const byId = new Map(personas.map((p) => [p.id, p]));
  const pages = planPdfPages({
    journey,
    layout: options.layout,
    stageIds: source.stageIds,
    personaIds: new Set(byId.keys()),
  });
  const writer = await createPdfWriter(options.paper, journey.title);
  // One page at a time: only one picture is ever held in memory.
  for (const page of pages) {
    const paper = pageSize(page, options.paper);
    if (page.kind === 'map') {
      const part = journeyWithStages(journey, page.stageIds);
      const picture = await mapPicture(source, part, (width, height) =>
        pdfCaptureScale({ width, height }, paper),
      );
      const data = await jpegOf(picture.blob);
      writer.addPage(page, { data, format: 'JPEG', width: picture.width, height: picture.height });
    } else {
      const persona = byId.get(page.personaId);
      if (!persona) continue;
      const sheet = await renderPersonaSheet(persona);
      try {
        const { offsetWidth: width, offsetHeight: height } = sheet.element;
        const data = await jpegOf(await personaSheetPng(sheet.element));
        writer.addPage(page, { data, format: 'JPEG', width, height });
      } finally {
        sheet.dispose();
      }
    }
  }
  return writer.finish();
}

/** About as many pixels as a wide slide shown full screen on a large display. */
const OVERVIEW_WIDTH_PX = 2_600;

function dataUrl(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error('The picture could not be read.'));
    reader.readAsDataURL(blob);
  });
}

/** The PowerPoint deck: title, overview picture, a slide per chosen stage, a slide per persona. */
export async function mapPptx(source: DocumentSource, locale: string): Promise<Blob> {
  const part = journeyWithStages(source.journey, source.stageIds);
  // The overview picture: the map drawn off-screen and captured, about as wide as a full screen.
  const picture = await mapPicture(source, part, (width) =>
    Math.min(2, Math.max(1, OVERVIEW_WIDTH_PX / width)),
  );
  const date = new Intl.DateTimeFormat(locale, { dateStyle: 'long' }).format(new Date());
  const brand = loadDeckBrand();
  const slides = planDeck({
    journey: part,
    personas: source.personas,
    text: source.text,
    date,
    overview: { width: picture.width, height: picture.height },
    brand: brandOfChoice(brand),
  });
  return writeDeck(slides, {
    title: source.journey.title,
    overviewPng: await dataUrl(picture.blob),
    logo: brand.logo?.dataUrl ?? null,
  });
}
