// Plans a PDF of a journey map: which pages (whole map, one per stage, one per persona), the paper
// sizes, and where each page's scene sits on it. Pure: no DOM, no jsPDF.
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

/** PDF points (1/72 inch) in a millimetre. */
export const PT_PER_MM = 72 / 25.4;

/**
 * Where a scene of `scene.width` × `scene.height` CSS pixels goes on a page measured in points: as
 * large as fits inside the margin, proportions kept, centred.
 */
export function placeOnPage(
  scene: { width: number; height: number },
  pagePt: { width: number; height: number },
  marginPt: number,
): { x: number; y: number; scale: number } {
  const box = fitOnPage(scene, pagePt, marginPt);
  return { x: box.x, y: box.y, scale: box.width / scene.width };
}

/** How much of the page's width and height a fitted picture covers, as shares of 1. */
export function pageFill(
  picture: { width: number; height: number },
  page: { width: number; height: number },
  margin: number = PAGE_MARGIN_MM,
): { width: number; height: number } {
  const box = fitOnPage(picture, page, margin);
  return { width: box.width / page.width, height: box.height / page.height };
}
