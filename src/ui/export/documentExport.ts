// Makes the PowerPoint file of a journey: draws the overview picture from the model's scene and
// hands it and the slide plan to the deck writer. The PDF is drawn from scenes too (pdfExport.ts).
import type { Messages } from '../../i18n/en';
import { mapPng } from '../../io/image/mapImage';
import { writeDeck } from '../../io/deck/deckWriter';
import { planDeck } from '../../io/deck/slidePlan';
import { brandOfChoice, loadDeckBrand } from '../../services/deckBrand';
import { journeyWithStages } from '../../model/stageFilter';
import { layoutJourney, type Id, type Journey, type Persona } from '../../model';
import { sheetSize } from '../../io/image/exportSize';
import type { mapPdf as writePdf } from './pdfExport';

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
  // The overview picture, about as wide as a full screen: 1× to 2× the map.
  const { width } = sheetSize(layoutJourney(part));
  const scale = Math.min(2, Math.max(1, OVERVIEW_WIDTH_PX / width));
  const picture = await mapPng(
    { journey: part, personas: source.personas, text: source.text, background: 'white' },
    scale,
  );
  const date = new Intl.DateTimeFormat(locale, { dateStyle: 'long' }).format(new Date());
  const brand = loadDeckBrand();
  const slides = planDeck({
    journey: part,
    personas: source.personas,
    text: source.text,
    date,
    overview: { width: picture.size.width, height: picture.size.height },
    brand: brandOfChoice(brand),
  });
  return writeDeck(slides, {
    title: source.journey.title,
    overviewPng: await dataUrl(picture.blob),
    logo: brand.logo?.dataUrl ?? null,
  });
}
