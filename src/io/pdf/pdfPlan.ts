// Plans a PDF of a journey map: which pages (whole map, one per stage, one per persona), the paper
// sizes, and where each picture sits on its page. Pure: no DOM, no jsPDF.
import type { Id, Journey } from '../../model';

export type MapPaper = 'a4' | 'a3';
export type PdfLayout = 'onePage' | 'perStage';

/** Landscape page sizes in millimetres (portrait pages swap them). */
export const MAP_PAPER_MM: Record<MapPaper, { width: number; height: number }> = {
  a4: { width: 297, height: 210 },
  a3: { width: 420, height: 297 },
};

/** Blank space kept around a map on its page, in millimetres. */
export const PAGE_MARGIN_MM = 8;

/** The margin of a page: persona sheets are designed for the paper and bring their own. */
export function pageMargin(page: PdfPage): number {
  return page.kind === 'map' ? PAGE_MARGIN_MM : 0;
}

export type PdfPage =
  /** The map, or the part of it holding `stageIds` (null: every stage), on a landscape page. */
  | { kind: 'map'; stageIds: Id[] | null }
  /** A persona sheet on a portrait page. */
  | { kind: 'persona'; personaId: Id };

export interface PdfPlanInput {
  journey: Journey;
  layout: PdfLayout;
  /** The stages chosen in the export dialog; null: every stage. */
  stageIds: readonly Id[] | null;
  /** Ids of the personas that exist in the library (links to deleted personas are skipped). */
  personaIds: ReadonlySet<Id>;
}

/** The pages of the PDF, in order: the map page(s), then one page per linked persona. */
export function planPdfPages({ journey, layout, stageIds, personaIds }: PdfPlanInput): PdfPage[] {
  const chosen = stageIds === null ? null : new Set(stageIds);
  const stages = journey.stages.filter((stage) => chosen === null || chosen.has(stage.id));
  const pages: PdfPage[] = [];
  if (layout === 'perStage') {
    for (const stage of stages) pages.push({ kind: 'map', stageIds: [stage.id] });
  } else if (stages.length > 0) {
    pages.push({ kind: 'map', stageIds: chosen === null ? null : stages.map((s) => s.id) });
  }
  const linked = journey.personaIds.filter(
    (id, index) => personaIds.has(id) && journey.personaIds.indexOf(id) === index,
  );
  for (const personaId of linked) pages.push({ kind: 'persona', personaId });
  return pages;
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The page size in millimetres for a page of the plan. */
export function pageSize(page: PdfPage, paper: MapPaper): { width: number; height: number } {
  const landscape = MAP_PAPER_MM[paper];
  return page.kind === 'map' ? landscape : { width: landscape.height, height: landscape.width };
}

/**
 * Where a picture of `width` × `height` (any unit) goes on a page: as large as fits inside the
 * margins, proportions kept, centred.
 */
export function fitOnPage(
  picture: { width: number; height: number },
  page: { width: number; height: number },
  margin: number = PAGE_MARGIN_MM,
): Box {
  const room = { width: page.width - 2 * margin, height: page.height - 2 * margin };
  const factor = Math.min(room.width / picture.width, room.height / picture.height);
  const width = picture.width * factor;
  const height = picture.height * factor;
  return { x: (page.width - width) / 2, y: (page.height - height) / 2, width, height };
}

/** Pixels per millimetre that print sharply (about 200 dpi) without making huge files. */
const TARGET_PX_PER_MM = 200 / 25.4;

/**
 * The capture scale for a sheet of `sheetWidth` × `sheetHeight` CSS pixels on a page: enough pixels
 * for about 200 dpi where it lands on the paper, between 1× and 3×.
 */
export function pdfCaptureScale(
  sheet: { width: number; height: number },
  page: { width: number; height: number },
): number {
  const box = fitOnPage(sheet, page);
  const wanted = (box.width * TARGET_PX_PER_MM) / sheet.width;
  return Math.min(3, Math.max(1, Math.round(wanted * 100) / 100));
}
