// Every declaration in the card-kind registry, walked kind by kind, for arbitrary cards of that
// kind: its CSV columns read back what they wrote, its face draws only badges both catalogues can
// label, its height is a real size, a template keeps its own fields, and its blank card is valid.
// The arbitraries are a table keyed by kind, so a new kind is named here by the compiler too.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cardToRow } from '../../src/io/csv/csvColumns';
import { cardFromRow, type CardContent } from '../../src/io/csv/csvCard';
import { badgeLabel } from '../../src/i18n/cardFace';
import { en } from '../../src/i18n/en';
import { fr } from '../../src/i18n/fr';
import {
  CARD_KINDS,
  CARD_KIND_SPECS,
  CHANNELS,
  CardSchema,
  LEVELS,
  MOMENT_TYPES,
  OBJECTIVES,
  cardHeight,
  cardKindOf,
  createJourney,
  momentName,
  journeyFromTemplate,
  templateFromJourney,
  type Card,
  type CardKind,
  type MomentOfTruthCard,
  type OwnFields,
} from '../../src/model';
import { LABELS } from './helpers';

const RUNS = { numRuns: 100 };

/** Personas by id and name; the CSV names a persona, the import looks the name up again. */
const PERSONAS = { p1: 'Claire', p2: 'Malik' } as const;
const personaName = (id: string) => PERSONAS[id as keyof typeof PERSONAS] ?? '';
const personaByName = (name: string) =>
  name.trim() === ''
    ? null
    : (Object.entries(PERSONAS).find(([, known]) => known === name)?.[0] ?? undefined);

/** Text with the characters that trouble CSV, one-line fields and trimming. */
const text = (maxLength: number) =>
  fc.oneof(
    fc.string({ maxLength }),
    fc.string({
      unit: fc.constantFrom('a', 'Z', ' ', ',', '"', '\n', '\t', '=', 'é', '★'),
      maxLength,
    }),
  );
const short = text(24);
const long = text(120);
/** A custom moment type reads back as itself when trimmed and not the name of a fixed type (the
 * CSV has one column for both); an empty one is written "custom". */
const customType = short.filter(
  (name) =>
    name.trim() === name && !MOMENT_TYPES.some((type) => type.toLowerCase() === name.toLowerCase()),
);

type FieldsOf<K extends CardKind> = OwnFields<Extract<Card, { kind: K }>>;

/** A card's own fields, for each kind. */
const FIELDS: { [K in CardKind]: fc.Arbitrary<FieldsOf<K>> } = {
  note: fc.record({ text: long }),
  touchpoint: fc.record({
    title: short,
    channel: fc.constantFrom(...CHANNELS),
    objective: fc.constantFrom(...OBJECTIVES),
    owner: short,
    kpi: fc.record({ name: short, value: short, target: short, unit: short }),
    rating: fc.option(fc.integer({ min: 1, max: 5 })),
  }),
  painPoint: fc.record({ text: long, severity: fc.constantFrom(...LEVELS) }),
  opportunity: fc.record({
    text: long,
    impact: fc.constantFrom(...LEVELS),
    effort: fc.constantFrom(...LEVELS),
  }),
  momentOfTruth: fc.oneof(
    fc.record({
      momentType: fc.constantFrom(...MOMENT_TYPES),
      customType: fc.constant(''),
      title: short,
      description: long,
    }),
    fc.record({
      momentType: fc.constant('custom' as const),
      customType,
      title: short,
      description: long,
    }),
  ),
  emotion: fc.record({
    score: fc.integer({ min: -2, max: 2 }),
    label: short,
    personaId: fc.option(fc.constantFrom(...(Object.keys(PERSONAS) as (keyof typeof PERSONAS)[]))),
  }),
};

/** A valid card of the kind: its fields cleaned as every door into the model cleans them. */
function cardOf(kind: CardKind): fc.Arbitrary<Card> {
  return fc
    .record({
      fields: FIELDS[kind] as fc.Arbitrary<object>,
      color: fc.option(fc.constantFrom('#112233', '#e03131')),
      order: fc.integer({ min: 0, max: 50 }),
    })
    .map(({ fields, color, order }) =>
      CardSchema.parse({ id: 'c1', stageId: 's1', laneId: 'l1', order, color, kind, ...fields }),
    );
}

/** A card without identity and placement, as the CSV import reads one back. */
function contentOf(card: Card): CardContent {
  const { id: _id, stageId: _stage, laneId: _lane, order: _order, ...content } = card;
  return content as CardContent;
}

/** The field holding the card's main text. */
function mainText(card: Card): string {
  return (card as unknown as Record<string, string>)[cardKindOf(card).textField] ?? '';
}

describe.each(CARD_KINDS)('the %s declaration', (kind) => {
  const spec = CARD_KIND_SPECS[kind];
  const cards = cardOf(kind);

  it('reads back from its CSV row the card it wrote (but its colour, which the CSV leaves out)', () => {
    fc.assert(
      fc.property(cards, (card) => {
        const row = cardToRow(card, 'Stage', 'Lane', personaName);
        expect(row.kind).toBe(kind);
        const reading = cardFromRow(kind, row, personaByName);
        if (!spec.textOptional && mainText(card).trim() === '') {
          // A row without its main text is rejected by name, never imported as a blank card.
          expect(reading).toEqual({ ok: false, problem: { code: 'missingText' } });
          return;
        }
        expect(reading).toEqual({ ok: true, content: { ...contentOf(card), color: null } });
      }),
      RUNS,
    );
  });

  it('draws only badges that both catalogues label with some text', () => {
    fc.assert(
      fc.property(cards, (card) => {
        const face = cardKindOf(card).face(card);
        for (const badge of [...face.header, ...face.footer]) {
          for (const catalogue of [en, fr]) {
            const label = badgeLabel(badge, catalogue);
            expect(typeof label, badge.type).toBe('string');
            expect(label.trim(), `${badge.type} in ${catalogue.cardKinds[kind]}`).not.toBe('');
          }
        }
        expect(typeof face.detail).toBe('string');
      }),
      RUNS,
    );
  });

  it('has a positive, finite height, on the map and for text of no height at all', () => {
    const flat = { line: 0, of: () => 0 };
    fc.assert(
      fc.property(cards, (card) => {
        for (const height of [cardHeight(card), cardKindOf(card).height(card, flat)]) {
          expect(Number.isFinite(height)).toBe(true);
          expect(height).toBeGreaterThan(0);
        }
      }),
      RUNS,
    );
  });

  it('keeps its own fields through a saved template (an emotion point loses its persona)', () => {
    const base = createJourney(LABELS);
    const stage = base.stages[1]!;
    const lane = base.lanes[2]!;
    fc.assert(
      fc.property(cards, (card) => {
        const placed = { ...card, stageId: stage.id, laneId: lane.id } as Card;
        const journey = {
          ...base,
          personaIds: Object.keys(PERSONAS),
          cards: { [placed.id]: placed },
        };
        const rebuilt = journeyFromTemplate(templateFromJourney(journey));
        const [back, ...more] = Object.values(rebuilt.cards);
        expect(more).toEqual([]);
        expect(back).toBeDefined();
        if (!back) return;
        expect(back.stageId).toBe(rebuilt.stages[1]!.id);
        expect(back.laneId).toBe(rebuilt.lanes[2]!.id);
        const expected = card.kind === 'emotion' ? { ...card, personaId: null } : card;
        expect(contentOf(back)).toEqual(contentOf(expected));
      }),
      RUNS,
    );
  });

  it("has a blank card that its kind's schema accepts as it is", () => {
    const schema = CardSchema.def.options.find(
      (option) => option.shape.kind.def.values[0] === kind,
    );
    expect(schema).toBeDefined();
    const blank = { id: 'c1', stageId: 's1', laneId: 'l1', order: 0, color: null, kind };
    const card = { ...blank, ...spec.blank() };
    expect(schema?.parse(card)).toEqual(card);
    expect(card).toHaveProperty(spec.textField, '');
  });
});

describe('a custom moment of truth in the CSV', () => {
  // Any name, however spaced or cased, shows the same type once read back; only a custom type
  // named "custom" (the cell of a custom type with no name) comes back as the plain "MOT".
  const anyName = short.filter((name) => name.trim().toLowerCase() !== 'custom');

  it('reads back showing the type it showed', () => {
    fc.assert(
      fc.property(anyName, (name) => {
        const card = CardSchema.parse({
          ...{ id: 'c1', stageId: 's1', laneId: 'l1', order: 0, color: null },
          ...{ kind: 'momentOfTruth', momentType: 'custom', customType: name },
          ...{ title: 'Arrival', description: '' },
        }) as MomentOfTruthCard;
        const reading = cardFromRow(
          'momentOfTruth',
          cardToRow(card, 'S', 'L', personaName),
          () => null,
        );
        if (!reading.ok || reading.content.kind !== 'momentOfTruth') throw new Error('rejected');
        expect(momentName(reading.content).toLowerCase()).toBe(momentName(card).toLowerCase());
        expect(momentName(card).trim()).not.toBe('');
      }),
      RUNS,
    );
  });
});
