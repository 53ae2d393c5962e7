// The PDF page plan: one map page or a page per chosen stage, then a page per linked persona, and
// pictures fitted to their pages with their proportions kept.
import { describe, expect, it } from 'vitest';
import {
  MAP_PAPER_MM,
  PAGE_MARGIN_MM,
  fitOnPage,
  pageMargin,
  pageSize,
  pdfCaptureScale,
  planPdfPages,
} from '../../src/io/pdf/pdfPlan';
import { createPersona } from '../../src/model';
import { populatedJourney, samplePersonas } from './fixtures';

describe('PDF page plan', () => {
  const [claire, malik] = samplePersonas();
  const journey = { ...populatedJourney(claire), personaIds: [claire.id, malik.id] };
  const library = new Set([claire.id, malik.id]);

  it('puts the whole map on one page, then one page per linked persona', () => {
    const pages = planPdfPages({ journey, layout: 'onePage', stageIds: null, personaIds: library });
    expect(pages).toEqual([
      { kind: 'map', stageIds: null },
      { kind: 'persona', personaId: claire.id },
      { kind: 'persona', personaId: malik.id },
    ]);
  });

  it('gives each stage its own page, in the journey’s order', () => {
    const pages = planPdfPages({
      journey,
      layout: 'perStage',
      stageIds: null,
      personaIds: library,
    });
    expect(pages).toHaveLength(journey.stages.length + 2);
    expect(pages.slice(0, journey.stages.length)).toEqual(
      journey.stages.map((stage) => ({ kind: 'map', stageIds: [stage.id] })),
    );
  });

  it('uses only the chosen stages, and skips personas no longer in the library', () => {
    const [, second, third] = journey.stages;
    const chosen = [third!.id, second!.id];
    const perStage = planPdfPages({
      journey,
      layout: 'perStage',
      stageIds: chosen,
      personaIds: new Set([malik.id]),
    });
    expect(perStage).toEqual([
      { kind: 'map', stageIds: [second!.id] },
      { kind: 'map', stageIds: [third!.id] },
      { kind: 'persona', personaId: malik.id },
    ]);
    const onePage = planPdfPages({
      journey,
      layout: 'onePage',
      stageIds: chosen,
      personaIds: new Set(),
    });
    expect(onePage).toEqual([{ kind: 'map', stageIds: [second!.id, third!.id] }]);
  });

  it('makes no map page when no stage is chosen, and no persona page without personas', () => {
    const alone = { ...journey, personaIds: [createPersona('Gone', 2).id] };
    expect(
      planPdfPages({ journey: alone, layout: 'perStage', stageIds: [], personaIds: library }),
    ).toEqual([]);
  });

  it('lays maps on landscape pages and persona sheets on portrait ones', () => {
    expect(pageSize({ kind: 'map', stageIds: null }, 'a4')).toEqual({ width: 297, height: 210 });
    expect(pageSize({ kind: 'persona', personaId: 'p' }, 'a3')).toEqual({
      width: 297,
      height: 420,
    });
  });

  it('keeps a margin around maps, while persona sheets fill their page as designed', () => {
    expect(pageMargin({ kind: 'map', stageIds: null })).toBe(PAGE_MARGIN_MM);
    const sheet = fitOnPage({ width: 794, height: 1123 }, { width: 210, height: 297 }, 0);
    expect(sheet.width).toBeCloseTo(210, 0);
    expect(sheet.height).toBeCloseTo(297, 0);
    expect(pageMargin({ kind: 'persona', personaId: 'p' })).toBe(0);
  });

  it('fits a picture inside the margins, centred, with its proportions kept', () => {
    const page = MAP_PAPER_MM.a4;
    const wide = fitOnPage({ width: 3000, height: 1000 }, page);
    expect(wide.width).toBeCloseTo(page.width - 2 * PAGE_MARGIN_MM);
    expect(wide.width / wide.height).toBeCloseTo(3);
    expect(wide.y).toBeCloseTo((page.height - wide.height) / 2);
    const tall = fitOnPage({ width: 500, height: 2000 }, page);
    expect(tall.height).toBeCloseTo(page.height - 2 * PAGE_MARGIN_MM);
    expect(tall.x).toBeCloseTo((page.width - tall.width) / 2);
    expect(tall.width / tall.height).toBeCloseTo(0.25);
  });

  it('captures small maps sharper than large ones, between 1× and 3×', () => {
    const page = MAP_PAPER_MM.a3;
    const small = pdfCaptureScale({ width: 800, height: 500 }, page);
    const large = pdfCaptureScale({ width: 6000, height: 3000 }, page);
    expect(small).toBe(3);
    expect(large).toBe(1);
    expect(pdfCaptureScale({ width: 1800, height: 900 }, page)).toBeGreaterThan(1);
  });
});
