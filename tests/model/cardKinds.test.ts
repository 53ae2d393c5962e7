// The card-kind registry: every kind has an entry, a blank card of every kind is valid, its main
// text field exists, its colours match its lane, and a template can hold it. A new kind that misses
// one of the places in the README's recipe fails here or at compile time.
import { describe, expect, it } from 'vitest';
import {
  CARD_KINDS,
  CARD_KIND_SPECS,
  CardSchema,
  JourneyTemplateSchema,
  LANE_COLORS,
  cardKindColors,
  cardTextField,
  createCard,
  templateFromJourney,
  type Journey,
} from '../../src/model';
import { seededJourney } from './helpers';

describe('the card-kind registry', () => {
  it('has one entry per kind, and nothing else', () => {
    expect(Object.keys(CARD_KIND_SPECS).sort()).toEqual([...CARD_KINDS].sort());
  });

  it.each(CARD_KINDS)('makes a valid blank %s whose main text field exists', (kind) => {
    const card = createCard(kind, { stageId: 's', laneId: 'l' });
    expect(CardSchema.safeParse(card).success).toBe(true);
    expect(card).toHaveProperty(cardTextField(card), '');
  });

  it.each(CARD_KINDS)('draws a %s in the colour of its lane', (kind) => {
    const { line, fill } = cardKindColors(kind);
    expect(line).toBe(LANE_COLORS[CARD_KIND_SPECS[kind].lane]);
    expect(fill).toMatch(/^#[0-9a-f]{6}$/);
  });

  it('lets a saved template hold a card of every kind', () => {
    const journey = seededJourney();
    const [stage] = journey.stages;
    const [lane] = journey.lanes;
    const cards = CARD_KINDS.map((kind, order) =>
      createCard(kind, { stageId: stage!.id, laneId: lane!.id }, order),
    );
    const withAll: Journey = {
      ...journey,
      cards: Object.fromEntries(cards.map((card) => [card.id, card])),
    };
    const template = templateFromJourney(withAll);
    expect(
      JourneyTemplateSchema.parse(template)
        .cards.map((card) => card.kind)
        .sort(),
    ).toEqual([...CARD_KINDS].sort());
  });
});
