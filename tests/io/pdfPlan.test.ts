// The PDF page plan: one map page or a page per chosen stage, then a page per linked persona;
// scenes fitted to their pages with their proportions kept, a stage filling its page.
import { describe, expect, it } from 'vitest';
import {
  MAP_PAPER_MM,
  PAGE_MARGIN_MM,
  fitOnPage,
  pageFill,
  pageMargin,
  pageSize,
  PT_PER_MM,
  placeOnPage,
  planPdfPages,
  type PdfPage,
} from '../../src/io/pdf/pdfPlan';
import { en } from '../../src/i18n/en';
import { shippedJourneyTemplates } from '../../src/i18n/journeyTemplates';
import { createPersona, journeyFromTemplate } from '../../src/model';
import { buildMapPartScene } from '../../src/scene/stageScene';
import { charMeasurer } from '../scene/sceneHelpers';
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

  it('places a scene on a page in points, as large as fits inside the margin', () => {
    const page = { width: 297 * PT_PER_MM, height: 210 * PT_PER_MM };
    const at = placeOnPage({ width: 1000, height: 1000 }, page, 10);
    expect(at.scale * 1000).toBeCloseTo(page.height - 20);
    expect(at.y).toBeCloseTo(10);
    expect(at.x).toBeCloseTo((page.width - at.scale * 1000) / 2);
  });
});

describe('PDF pages of one stage', () => {
  const measure = charMeasurer();
  const templates = shippedJourneyTemplates('en').filter((t) => t.id !== 'empty');

  it.each(templates.map((t) => [t.id, t] as const))(
    'fill at least 80% of the page’s height or width in the %s template, on A4 and A3',
    (_, template) => {
      const journey = journeyFromTemplate(template.template);
      for (const paper of ['a4', 'a3'] as const) {
        for (const stage of journey.stages) {
          const page: PdfPage = { kind: 'map', stageIds: [stage.id] };
          const scene = buildMapPartScene({
            journey,
            personas: [],
            text: en,
            measure,
            stageIds: [stage.id],
          });
          const fill = pageFill(scene, pageSize(page, paper), pageMargin(page));
          expect(Math.max(fill.width, fill.height)).toBeGreaterThanOrEqual(0.8);
          // The page holds this stage only, with the lane headers beside it.
          const stageTexts = scene.items.flatMap((item) =>
            item.type === 'text' ? item.lines : [],
          );
          expect(stageTexts.join(' ')).toContain(journey.lanes[0]!.name);
        }
      }
    },
  );

  it('numbers a stage as in the whole map', () => {
    const journey = journeyFromTemplate(templates[0]!.template);
    const third = journey.stages[2]!;
    const scene = buildMapPartScene({
      journey,
      personas: [],
      text: en,
      measure,
      stageIds: [third.id],
    });
    const numbers = scene.items.flatMap((item) =>
      item.type === 'text' && item.weight === 700 && item.size === 14 ? item.lines : [],
    );
    expect(numbers).toEqual(['3']);
  });
});
