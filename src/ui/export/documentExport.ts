// Makes the PowerPoint file of a journey: draws the overview picture off-screen, captures it, and
// hands it and the slide plan to the deck writer. The PDF is drawn from scenes (pdfExport.ts).
import type { Messages } from '../../i18n/en';
import { capturePng } from '../../io/image/exportImage';
import { writeDeck } from '../../io/deck/deckWriter';
import { planDeck } from '../../io/deck/slidePlan';
import { brandOfChoice, loadDeckBrand } from '../../services/deckBrand';
import { journeyWithStages } from '../../model/stageFilter';
import type { Id, Journey, Persona } from '../../model';
import type { mapPdf as writePdf } from './pdfExport';
import { withMapSheet } from './renderSheet';

/** The PDF (pdfExport.ts), loaded with its fonts and drawing code only when a PDF is made. */
export async function mapPdf(...args: Parameters<typeof writePdf>) {
  const { mapPdf: write } = await import('./pdfExport');
  return write(...args);
}

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
