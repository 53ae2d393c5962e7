// Properties of the CSV import: any set of cards the exporter writes reads back with the same
// content, and no input at all, however broken, makes the import throw.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS } from '../../src/io/csv/csvColumns';
import { journeyCsv, neutraliseFormula, restoreFormula } from '../../src/io/csv/csvFile';
import { planCsvFile, planCsvImport } from '../../src/io/csv/csvImport';
import {
  CHANNELS,
  CardSchema,
  cleanStrings,
  LEVELS,
  MOMENT_TYPES,
  OBJECTIVES,
  createCard,
  createJourney,
  createPersona,
  type Card,
  type Journey,
} from '../../src/model';
import { LABELS } from '../persistence/helpers';
import { describeCards, importInto } from './csvImportHelpers';

const PERSONAS = [createPersona('Claire', 0), createPersona('Malik', 1)];
const TEMPLATE = createJourney(LABELS);

/** Text with the characters that break naive CSV code: separators, quotes, breaks, formulas. */
const awkward = fc.string({
  unit: fc.constantFrom(
    'a',
    'Z',
    ' ',
    ',',
    ';',
    '"',
    "'",
    '\r',
    '\n',
    '\t',
    '=',
    '+',
    '-',
    '@',
    'é',
  ),
  maxLength: 20,
});
const anyText = fc.oneof(awkward, fc.string({ maxLength: 20 }));
const someText = anyText.filter((text) => text.trim() !== '');
/** A custom moment type reads back as itself only when trimmed and not a fixed type's name. */
const customType = anyText.filter(
  (name) =>
    name.trim() === name && !MOMENT_TYPES.some((type) => type.toLowerCase() === name.toLowerCase()),
);

const content = fc.oneof(
  fc.record({ kind: fc.constant('note' as const), text: someText }),
  fc.record({
    kind: fc.constant('touchpoint' as const),
    title: someText,
    channel: fc.constantFrom(...CHANNELS),
    objective: fc.constantFrom(...OBJECTIVES),
    owner: anyText,
    kpi: fc.record({ name: anyText, value: anyText, target: anyText, unit: anyText }),
    rating: fc.option(fc.integer({ min: 1, max: 5 })),
  }),
  fc.record({
    kind: fc.constant('painPoint' as const),
    text: someText,
    severity: fc.constantFrom(...LEVELS),
  }),
  fc.record({
    kind: fc.constant('opportunity' as const),
    text: someText,
    impact: fc.constantFrom(...LEVELS),
    effort: fc.constantFrom(...LEVELS),
  }),
  fc.oneof(
    fc.record({
      kind: fc.constant('momentOfTruth' as const),
      momentType: fc.constantFrom(...MOMENT_TYPES),
      customType: fc.constant(''),
      title: someText,
      description: anyText,
    }),
    fc.record({
      kind: fc.constant('momentOfTruth' as const),
      momentType: fc.constant('custom' as const),
      customType,
      title: someText,
      description: anyText,
    }),
  ),
  fc.record({
    kind: fc.constant('emotion' as const),
    score: fc.integer({ min: -2, max: 2 }),
    label: anyText,
    personaId: fc.option(fc.constantFrom(...PERSONAS.map((p) => p.id))),
  }),
);

const placedCards = fc.array(
  fc.record({
    stage: fc.nat({ max: TEMPLATE.stages.length - 1 }),
    lane: fc.nat({ max: TEMPLATE.lanes.length - 1 }),
    content,
  }),
  { minLength: 1, maxLength: 25 },
);

function journeyWith(cards: { stage: number; lane: number; content: object }[]): Journey {
  const placed = cards.map(({ stage, lane, content: fields }, order) => {
    const cell = { stageId: TEMPLATE.stages[stage]!.id, laneId: TEMPLATE.lanes[lane]!.id };
    const base = createCard((fields as Card).kind, cell, order);
    return { ...base, ...fields } as Card;
  });
  return {
    ...TEMPLATE,
    personaIds: PERSONAS.map((p) => p.id),
    cards: Object.fromEntries(placed.map((card) => [card.id, card])),
  };
}

describe('the CSV import, for any input', () => {
  it('reads back exactly the cards the exporter wrote', () => {
    fc.assert(
      fc.property(placedCards, (cards) => {
        // The model never holds control characters or \r: every door into it cleans text.
        const source = cleanStrings(journeyWith(cards));
        const target = { ...createJourney(LABELS), personaIds: PERSONAS.map((p) => p.id) };
        const { journey, plan } = importInto(target, journeyCsv(source, PERSONAS), PERSONAS);
        expect(plan.rejections).toEqual([]);
        expect(describeCards(journey)).toEqual(describeCards(source));
        for (const card of Object.values(journey.cards)) CardSchema.parse(card);
      }),
      { numRuns: 150 },
    );
  });

  it('never throws on random text, with or without a card header', () => {
    const header = fc.constantFrom('', `${CSV_COLUMNS.join(',')}\n`, 'stage;lane;text\r\n');
    fc.assert(
      fc.property(
        header,
        fc.oneof(awkward, fc.string({ unit: 'binary', maxLength: 400 })),
        (head, rest) => {
          const result = planCsvImport(head + rest, { journey: TEMPLATE, personas: PERSONAS });
          if (result.ok) {
            for (const { row } of [...result.plan.cards, ...result.plan.rejections]) {
              expect(row).toBeGreaterThanOrEqual(2);
            }
          } else {
            expect(typeof result.error.code).toBe('string');
          }
        },
      ),
      { numRuns: 400 },
    );
  });

  it('takes off exactly the formula guard the exporter added, for any text', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        expect(restoreFormula(neutraliseFormula(text))).toBe(text);
      }),
      { numRuns: 500 },
    );
  });

  it('never throws on random bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 600 }), (bytes) => {
        const result = planCsvFile(bytes, { journey: TEMPLATE, personas: PERSONAS });
        expect(typeof result.ok).toBe('boolean');
      }),
      { numRuns: 300 },
    );
  });
});
