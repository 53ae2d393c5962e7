// The map scene, kind by kind and for any journey: every card's text and badges are drawn inside
// its box, emotion points sit on their curves, headers name every stage, lane and linked persona,
// and no card's box or text spills over another.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { badgeLabel } from '../../src/i18n/cardFace';
import { en } from '../../src/i18n/en';
import {
  CARD_KINDS,
  applyRecipe,
  cardKindOf,
  cardTitle,
  createCard,
  layoutJourney,
  type Card,
  type Journey,
  type Rect,
} from '../../src/model';
import {
  buildMapBodyScene,
  buildMapScene,
  SHEET_MARGIN,
  translate,
} from '../../src/scene/mapScene';
import type { Scene, SceneText } from '../../src/scene/types';
import { PERSONA_POOL, sessionArbitrary, toRecipe } from '../model/arbitraries';
import { overlaps } from '../model/geometry';
import { seededJourney } from '../model/helpers';
import {
  charMeasurer,
  circles,
  itemsByCard,
  onSheet,
  oneCardJourney,
  poolPersonas,
  textInside,
  texts,
} from './sceneHelpers';

const measure = charMeasurer();
const MAP_ORIGIN_X = SHEET_MARGIN;
const personas = poolPersonas(PERSONA_POOL);

function scene(journey: Journey, measurer = measure): Scene {
  return buildMapScene({ journey, personas, text: en, measure: measurer });
}

/** The words of a scene's texts, all lines joined. */
const allText = (items: readonly SceneText[]) => items.map((t) => t.lines.join(' ')).join('\n');

/** The card's inner box: right of its accent bar and padding, as the card's stylesheet lays it. */
const CARD_INSET_LEFT = 5 + 12;
const CARD_INNER_SHRINK = 5 + 2 * 12 + 1;

describe('the map scene draws a card of every kind', () => {
  for (const kind of CARD_KINDS) {
    it(`draws a ${kind} card's main text and face badges inside its box`, () => {
      const { journey, card } = oneCardJourney(kind);
      const result = scene(journey);
      const box = onSheet(layoutJourney(journey).cards.get(card.id)!);
      const face = cardKindOf(card).face(card);
      const labels = [...face.header, ...face.footer].map((badge) => badgeLabel(badge, en));
      expect(labels.length + (kind === 'note' ? 1 : 0)).toBeGreaterThan(0);

      if (kind === 'emotion') {
        // An emotion point: a dot on the curve at its score, its score in it, its label below.
        const centre = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
        const dot = circles(result).find((c) => c.cx === centre.x && c.cy === centre.y);
        expect(dot, 'a circle at the point').toBeDefined();
        const inDot = texts(result).filter(
          (t) => Math.abs(t.x - centre.x) < 0.01 && Math.abs(t.y - centre.y) < box.height / 2,
        );
        for (const label of labels) expect(inDot.map((t) => t.lines[0])).toContain(label);
        const below = texts(result).find((t) => t.lines[0] === cardTitle(card));
        expect(below, 'the label under the point').toBeDefined();
        expect(below!.y).toBeGreaterThan(box.y + box.height);
        return;
      }

      const frame = result.items.find(
        (item) =>
          item.type === 'rect' &&
          item.x === box.x &&
          item.y === box.y &&
          item.width === box.width &&
          item.height === box.height,
      );
      expect(frame, 'a rect that is the card').toBeDefined();
      const inside = texts(result).filter((t) => textInside(t, box));
      expect(allText(inside)).toContain(cardTitle(card));
      for (const label of labels) {
        expect(
          inside.some((t) => t.lines.length === 1 && t.lines[0] === label),
          `badge "${label}"`,
        ).toBe(true);
      }
      if (face.detail) expect(allText(inside)).toContain(face.detail);
    });
  }

  it('draws a curve through two points of one persona', () => {
    const { journey, card } = oneCardJourney('emotion');
    const [, second] = journey.stages;
    const other = {
      ...createCard('emotion', { stageId: second!.id, laneId: card.laneId }),
      id: 'other',
      score: -1,
    } as Card;
    const one = { ...journey, cards: { ...journey.cards, [other.id]: other } };
    const layout = layoutJourney(one);
    const centres = [card.id, other.id].map((id) => {
      const box = onSheet(layout.cards.get(id)!);
      return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
    });
    const curve = scene(one).items.find(
      (item) => item.type === 'path' && item.commands.some((c) => c.op === 'C'),
    );
    expect(curve, 'a curve').toBeDefined();
    if (curve?.type !== 'path') return;
    const first = curve.commands[0]!;
    const end = curve.commands[curve.commands.length - 1]!;
    expect(first).toMatchObject({ op: 'M', ...centres[0] });
    expect(end).toMatchObject({ op: 'C', ...centres[1] });
    // One point alone is a dot, not a curve.
    expect(
      scene(journey).items.some(
        (item) => item.type === 'path' && item.commands.some((c) => c.op === 'C'),
      ),
    ).toBe(false);
  });

  it('names every stage and lane, and the journey, in its headers', () => {
    const journey = seededJourney();
    const words = allText(texts(scene(journey)));
    expect(words).toContain(journey.title);
    for (const stage of journey.stages) expect(words).toContain(stage.name);
    for (const lane of journey.lanes) expect(words).toContain(lane.name);
  });

  it('names each linked persona in the legend, with a mark in its colour, and no other', () => {
    const journey = { ...seededJourney(), personaIds: ['p1', 'p3'] };
    const result = scene(journey);
    const header = texts(result).filter(
      (t) => t.y < onSheet({ x: 0, y: 0, width: 0, height: 0 }).y,
    );
    const words = allText(header);
    for (const id of ['p1', 'p3']) {
      const persona = personas.find((p) => p.id === id)!;
      expect(words).toContain(persona.name);
      expect(words).toContain(persona.role);
      expect(circles(result).some((c) => c.fill === persona.color)).toBe(true);
    }
    expect(words).not.toContain('Persona p2');
    // The seeded journey has a point with no persona: the shared curve is in the legend too.
    expect(words).toContain(en.export.sharedCurve);
  });
});

/** A journey after a random edit session from the seeded one. */
const journeyArbitrary = sessionArbitrary(25).map((ops) => {
  let journey = seededJourney();
  ops.forEach((op, step) => {
    journey = applyRecipe(journey, toRecipe(op, journey, step)).journey;
  });
  return journey;
});

describe('the map scene, for any journey', () => {
  const runs = { numRuns: 50 };

  it('gives no two cards overlapping boxes, points included', () => {
    fc.assert(
      fc.property(journeyArbitrary, (journey) => {
        const boxes = [...layoutJourney(journey).cards];
        for (let i = 0; i < boxes.length; i++) {
          for (let j = i + 1; j < boxes.length; j++) {
            const [a, boxA] = boxes[i]!;
            const [b, boxB] = boxes[j]!;
            expect(overlaps(boxA, boxB), `${a} and ${b} overlap`).toBe(false);
          }
        }
      }),
      runs,
    );
  });

  it('keeps a note in an emotions lane clear of a +2 point of its cell', () => {
    const { journey, card: point } = oneCardJourney('emotion');
    const note = {
      ...createCard('note', { stageId: point.stageId, laneId: point.laneId }, 1),
      id: 'note',
      text: 'Feels welcome',
    } as Card;
    const both = { ...journey, cards: { ...journey.cards, [note.id]: note } };
    const layout = layoutJourney(both);
    const pointBox = layout.cards.get(point.id);
    const noteBox = layout.cards.get(note.id);
    expect(pointBox && noteBox).toBeTruthy();
    expect(overlaps(pointBox!, noteBox!)).toBe(false);
  });

  it('draws every emotion card as a point on its box, as the canvas does', () => {
    fc.assert(
      fc.property(journeyArbitrary, (journey) => {
        const result = scene(journey);
        const layout = layoutJourney(journey);
        for (const card of Object.values(journey.cards)) {
          const box = layout.cards.get(card.id);
          if (card.kind !== 'emotion' || !box) continue;
          const sheet = onSheet(box);
          const centre = { cx: sheet.x + sheet.width / 2, cy: sheet.y + sheet.height / 2 };
          expect(
            circles(result).some((c) => c.cx === centre.cx && c.cy === centre.cy),
            `emotion card ${card.id} in lane ${card.laneId} is a point`,
          ).toBe(true);
        }
      }),
      runs,
    );
  });

  it("keeps every card's text inside its box, each line no wider than the box's inner width", () => {
    fc.assert(
      fc.property(journeyArbitrary, fc.constantFrom(0.45, 0.55, 0.7), (journey, factor) => {
        const measurer = charMeasurer(factor);
        const layout = layoutJourney(journey);
        const result = scene(journey, measurer);
        const cardBoxes = new Map<string, Rect>();
        for (const [id, box] of layout.cards) {
          if (journey.cards[id]?.kind !== 'emotion') cardBoxes.set(id, box);
        }
        const owned = itemsByCard(result, layout.cards);
        for (const [id, box] of cardBoxes) {
          const items = owned.get(id);
          expect(items, `card ${id} is drawn`).toBeDefined();
          const sheet = onSheet(box);
          const innerLeft = sheet.x + CARD_INSET_LEFT;
          const innerWidth = sheet.width - CARD_INNER_SHRINK;
          const cardTexts = (items ?? []).filter((i): i is SceneText => i.type === 'text');
          expect(cardTexts.length, `card ${id} has text`).toBeGreaterThan(0);
          for (const item of cardTexts) {
            expect(item.align).toBe('start');
            expect(textInside(item, sheet), `text ${JSON.stringify(item.lines)} of ${id}`).toBe(
              true,
            );
            for (const line of item.lines) {
              const width =
                measurer(line, item.size, item.weight) +
                item.letterSpacing * Array.from(line).length;
              expect(width, `line "${line}" of ${id}`).toBeLessThanOrEqual(innerWidth + 1e-9);
              expect(item.x).toBeGreaterThanOrEqual(innerLeft - 1e-9);
              expect(item.x + width).toBeLessThanOrEqual(innerLeft + innerWidth + 1e-9);
            }
          }
        }
      }),
      runs,
    );
  });
});

describe('the map body, which the canvas shows zoomed far out', () => {
  it('is the sheet’s map without its margin, title or personas, in the canvas’s coordinates', () => {
    const { journey } = oneCardJourney('touchpoint');
    const layout = layoutJourney(journey);
    const body = buildMapBodyScene({ journey, personas, text: en, measure });
    expect({ width: body.width, height: body.height }).toEqual({
      width: layout.width,
      height: layout.height,
    });
    // Moved to where the sheet puts the map, its items are the sheet's own map items.
    const sheet = scene(journey);
    const moved = translate(body.items, MAP_ORIGIN_X, sheet.height - SHEET_MARGIN - layout.height);
    expect(sheet.items.slice(-moved.length)).toEqual(moved);
    expect(allText(texts(body))).not.toContain(journey.title);
  });
});
