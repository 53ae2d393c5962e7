// Makes the PDF of a journey: each page of the plan drawn as a scene (the map, a stage, a persona's
// sheet) and written as vector shapes and real text. Nothing is captured from the page.
import { currentLocale } from '../../i18n';
import {
  pageMargin,
  pageSize,
  planPdfPages,
  type MapPaper,
  type PdfLayout,
} from '../../io/pdf/pdfPlan';
import { createPdfWriter } from '../../io/pdf/pdfWriter';
import { cleanStrings } from '../../model';
import { buildPersonaScene } from '../../scene/personaScene';
import { buildMapPartScene } from '../../scene/stageScene';
import { avatarDataUrl } from './avatarDataUrl';
import type { DocumentSource } from './documentExport';

/** Lets the browser paint (the dialog's progress line) between two pages. */
const nextFrame = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** The PDF: the map on one page or a page per stage, then one portrait page per linked persona. */
export async function mapPdf(
  source: DocumentSource,
  options: { paper: MapPaper; layout: PdfLayout },
): Promise<Blob> {
  const journey = cleanStrings(source.journey);
  const personas = cleanStrings(source.personas);
  const { text } = source;
  const byId = new Map(personas.map((p) => [p.id, p]));
  const pages = planPdfPages({
    journey,
    layout: options.layout,
    stageIds: source.stageIds,
    personaIds: new Set(byId.keys()),
  });
  const writer = await createPdfWriter({ title: journey.title, language: currentLocale() });
  const { measure } = writer;
  for (const page of pages) {
    await nextFrame();
    const size = pageSize(page, options.paper);
    if (page.kind === 'map') {
      const scene = buildMapPartScene({
        journey,
        personas,
        text,
        measure,
        stageIds: page.stageIds,
      });
      writer.addPage(size, scene, pageMargin(page));
    } else {
      const persona = byId.get(page.personaId);
      if (!persona) continue;
      const avatar = await avatarDataUrl(persona);
      const scene = buildPersonaScene({ persona, avatar, paper: 'a4', text, measure });
      writer.addPage(size, scene, pageMargin(page));
    }
  }
  return writer.finish();
}
