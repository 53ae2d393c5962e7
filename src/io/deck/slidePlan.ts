// Plans the PowerPoint deck of a journey: a title slide, an overview picture, one slide per stage
// (stageSlides.ts: the same lane rows on each, cards as editable text boxes, the emotion curves as
// shapes), and one slide per persona. Pure: every box is placed here, in inches on a 13.33 × 7.5 in
// 16:9 slide, and deckWriter.ts only draws the plan.
import { fill } from '../../i18n/fill';
import type { Messages } from '../../i18n/en';
import type { Journey, Persona } from '../../model';
import { charsPerLine, fitText, linesHeight } from './deckText';
import { planRows } from './laneRows';
import {
  BOX_PAD,
  CONTENT,
  MARGIN,
  SLIDE,
  SOFT,
  fitPicture,
  heading,
  shapeBox,
  textBox,
  type PlannedSlide,
  type SlideBox,
  type TextRun,
} from './slideBoxes';
import { stageSlides } from './stageSlides';

export { BOX_MARGIN_PT, SLIDE } from './slideBoxes';
export type {
  ImageBox,
  LineBox,
  PlannedSlide,
  ShapeBox,
  SlideBox,
  TextBox,
  TextRun,
} from './slideBoxes';

/** The user's own touch on the deck, remembered on the device. */
export interface DeckBrand {
  /** #rrggbb, or null for Parcours' blue. */
  accent: string | null;
  /** The logo's size in pixels (only its proportions matter), or null for no logo. */
  logo: { width: number; height: number } | null;
}

export const DEFAULT_ACCENT = '#3559e0';

export interface DeckInput {
  journey: Journey;
  /** The persona library: the journey's linked personas are looked up in it. */
  personas: readonly Persona[];
  text: Messages;
  /** The export date, already written out in the user's language. */
  date: string;
  /** The overview picture's size in pixels, or null for no overview picture. */
  overview: { width: number; height: number } | null;
  brand?: DeckBrand;
}

const GAP = 0.16;

/** The journey's title, or "Journey map" when it has none. */
const journeyTitle = (input: DeckInput) =>
  input.journey.title.trim() || input.text.export.deckJourney;

/** A persona's name, or "Persona 2" when it has none. */
const personaName = (persona: Persona, index: number, text: Messages) =>
  persona.name.trim() || fill(text.export.deckPersona, { number: index + 1 });

/** The title slide: a band in the accent colour, the logo, the title, personas and date. */
function titleSlide(input: DeckInput, linked: Persona[]): PlannedSlide {
  const { text } = input;
  const accent = input.brand?.accent ?? DEFAULT_ACCENT;
  const logo = input.brand?.logo;
  const title = journeyTitle(input);
  const fitted = fitText(title, charsPerLine(CONTENT.width - BOX_PAD, 40), 2);
  const boxes: SlideBox[] = [
    shapeBox('rect', 0, 0, SLIDE.width, 0.35, accent, { name: 'Accent band' }),
  ];
  if (logo && logo.width > 0 && logo.height > 0) {
    const room = { x: MARGIN, y: 0.75, w: CONTENT.width, h: 1.1 };
    boxes.push({ type: 'image', source: 'logo', name: 'Logo', ...fitPicture(logo, room) });
  }
  boxes.push(
    textBox(MARGIN, 2.0, CONTENT.width, 1.9, [{ text: fitted.text, bold: true }], 40, {
      align: 'center',
      valign: 'middle',
      name: 'Title',
    }),
    shapeBox('rect', SLIDE.width / 2 - 1, 4.05, 2, 0.06, accent, { name: 'Accent rule' }),
  );
  if (linked.length > 0) {
    const names = linked.map((p, index) => personaName(p, index, text)).join(', ');
    const line = fitText(
      fill(text.export.deckPersonas, { names }),
      charsPerLine(CONTENT.width, 20),
      2,
    );
    boxes.push(
      textBox(MARGIN, 4.3, CONTENT.width, 0.9, [{ text: line.text }], 20, {
        align: 'center',
        color: SOFT,
      }),
    );
  }
  boxes.push(
    textBox(
      MARGIN,
      5.35,
      CONTENT.width,
      0.5,
      [{ text: fill(text.export.deckDate, { date: input.date }) }],
      16,
      { align: 'center', color: SOFT },
    ),
  );
  return { kind: 'title', title, boxes, numbered: false };
}

/** The map's picture, as wide as the slide (or as tall as it allows, for a tall map). */
function overviewSlide(input: DeckInput): PlannedSlide {
  const title = input.text.export.deckOverview;
  const boxes = heading(title, input.brand?.accent ?? DEFAULT_ACCENT, input.brand?.logo ?? null);
  const picture = input.overview;
  if (picture && picture.width > 0 && picture.height > 0) {
    const edge = 0.2;
    const room = {
      x: edge,
      y: CONTENT.y,
      w: SLIDE.width - 2 * edge,
      h: CONTENT.bottom - CONTENT.y,
    };
    boxes.push({ type: 'image', source: 'overview', name: 'Map', ...fitPicture(picture, room) });
  }
  return { kind: 'overview', title, boxes, numbered: true };
}

const MAX_LIST_ITEMS = 8;

function personaSlide(
  persona: Persona,
  index: number,
  text: Messages,
  logo: DeckBrand['logo'],
): PlannedSlide {
  const name = personaName(persona, index, text);
  const boxes = heading(name, persona.color, logo);
  let y = CONTENT.y;
  if (persona.role.trim()) {
    const role = fitText(persona.role.trim(), charsPerLine(CONTENT.width, 18), 1);
    boxes.push(textBox(MARGIN, y, CONTENT.width, 0.45, [{ text: role.text }], 18, { color: SOFT }));
    y += 0.55;
  }
  if (persona.quote.trim()) {
    const quote = fitText(`“${persona.quote.trim()}”`, charsPerLine(CONTENT.width - 0.3, 16), 3);
    const h = linesHeight(quote.lines, 16) + BOX_PAD + 0.05;
    boxes.push(
      textBox(MARGIN, y, CONTENT.width, h, [{ text: quote.text, italic: true }], 16, {
        line: persona.color,
        fill: '#f8f9fa',
      }),
    );
    y += h + 0.25;
  }
  const half = (CONTENT.width - GAP * 2) / 2;
  const lists: [string, string[]][] = [
    [text.personaSheet.goals, persona.goals],
    [text.personaSheet.frustrations, persona.frustrations],
  ];
  const size = 14;
  const room = CONTENT.bottom - y;
  const maxLines = Math.max(2, Math.floor((room - BOX_PAD) / linesHeight(1, size)) - 1);
  lists.forEach(([label, items], index) => {
    const runs: TextRun[] = [{ text: label, bold: true, breakLine: true }];
    const entries = items.map((item) => item.trim()).filter(Boolean);
    let used = 0;
    const perLine = charsPerLine(half - BOX_PAD - 0.35, size);
    const shown = entries.slice(0, MAX_LIST_ITEMS);
    for (const entry of shown) {
      const fitted = fitText(entry, perLine, 2);
      if (used + fitted.lines > maxLines) break;
      used += fitted.lines;
      runs.push({ text: fitted.text, bullet: true, breakLine: true });
    }
    const hidden = entries.length - (runs.length - 1);
    if (hidden > 0 && used < maxLines) {
      runs.push({ text: fill(text.personaSheet.more, { count: hidden }), color: SOFT });
    }
    if (entries.length === 0) runs.push({ text: text.personaSheet.none, color: SOFT });
    const last = runs[runs.length - 1]!;
    last.breakLine = false;
    boxes.push(textBox(MARGIN + index * (half + GAP * 2), y, half, room, runs, size));
  });
  return { kind: 'persona', title: name, boxes, numbered: true };
}

/** The deck as slides of placed boxes, in order. */
export function planDeck(input: DeckInput): PlannedSlide[] {
  const byId = new Map(input.personas.map((p) => [p.id, p]));
  const linked = [...new Set(input.journey.personaIds)].flatMap((id) => {
    const persona = byId.get(id);
    return persona ? [persona] : [];
  });
  const context = { journey: input.journey, personas: byId, text: input.text };
  const rows = planRows(context);
  const logo = input.brand?.logo ?? null;
  return [
    titleSlide(input, linked),
    overviewSlide(input),
    ...input.journey.stages.flatMap((stage, index) =>
      stageSlides(context, rows, stage, index, logo),
    ),
    ...linked.map((persona, index) => personaSlide(persona, index, input.text, logo)),
  ];
}
