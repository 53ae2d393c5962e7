// The CSV export: one row per card in fixed columns, RFC 4180 quoting, a BOM, and no formulas.
import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, cardToRow, journeyRows } from '../../src/io/csv/csvColumns';
import {
  UTF8_BOM,
  journeyCsv,
  journeyCsvBlob,
  neutraliseFormula,
  quoteField,
} from '../../src/io/csv/csvFile';
import { createCard, createJourney, type Card, type Journey } from '../../src/model';
import { LABELS } from '../persistence/helpers';
import { populatedJourney, samplePersonas } from './fixtures';

const cell = { stageId: 's', laneId: 'l' };
const name = () => 'Claire';

function journeyWith(cards: Card[]): Journey {
  const journey = createJourney(LABELS);
  return { ...journey, cards: Object.fromEntries(cards.map((card) => [card.id, card])) };
}

describe('quoting', () => {
  it('leaves plain fields as they are', () => {
    expect(quoteField('Front desk')).toBe('Front desk');
    expect(quoteField('')).toBe('');
  });
  it('quotes fields with commas, quotes or line breaks and doubles their quotes', () => {
    expect(quoteField('a,b')).toBe('"a,b"');
    expect(quoteField('say "hi"')).toBe('"say ""hi"""');
    expect(quoteField('one\ntwo')).toBe('"one\ntwo"');
    expect(quoteField('one\r\ntwo')).toBe('"one\r\ntwo"');
  });
  it('neutralises text a spreadsheet would run as a formula', () => {
    expect(neutraliseFormula('=HYPERLINK("x")')).toBe('\'=HYPERLINK("x")');
    expect(neutraliseFormula('+1+A1')).toBe("'+1+A1");
    // A plain number is data (an emotion score of -1), not a formula.
    expect(neutraliseFormula('-1')).toBe('-1');
    expect(neutraliseFormula('@cmd')).toBe("'@cmd");
    expect(neutraliseFormula('Plain')).toBe('Plain');
  });
});

describe('card rows', () => {
  it('maps every card kind to its columns', () => {
    const row = (card: Card) => cardToRow(card, 'Stage', 'Lane', name);
    const note = { ...createCard('note', cell), text: 'Books' } as Card;
    expect(row(note)).toMatchObject({ kind: 'note', text: 'Books', channel: '' });

    const base = createCard('touchpoint', cell);
    if (base.kind !== 'touchpoint') throw new Error('touchpoint');
    const touchpoint: Card = {
      ...base,
      title: 'App',
      channel: 'mobileApp',
      objective: 'drivePurchase',
      owner: 'Digital',
      kpi: { name: 'NPS', value: '42', target: '50', unit: 'pts' },
      rating: 4,
    };
    expect(row(touchpoint)).toMatchObject({
      kind: 'touchpoint',
      text: 'App',
      channel: 'mobileApp',
      objective: 'drivePurchase',
      owner: 'Digital',
      kpiName: 'NPS',
      kpiValue: '42',
      kpiTarget: '50',
      kpiUnit: 'pts',
      rating: '4',
    });
    expect(row({ ...touchpoint, rating: null } as Card).rating).toBe('');

    const pain = { ...createCard('painPoint', cell), text: 'Queue', severity: 'high' } as Card;
    expect(row(pain)).toMatchObject({ kind: 'painPoint', text: 'Queue', severity: 'high' });

    const opportunity = {
      ...createCard('opportunity', cell),
      text: 'Kiosk',
      impact: 'high',
      effort: 'low',
    } as Card;
    expect(row(opportunity)).toMatchObject({ impact: 'high', effort: 'low', text: 'Kiosk' });

    const moment = {
      ...createCard('momentOfTruth', cell),
      momentType: 'FMOT',
      title: 'Shelf',
      description: 'Sees the box',
    } as Card;
    expect(row(moment)).toMatchObject({
      momentType: 'FMOT',
      text: 'Shelf',
      description: 'Sees the box',
    });
    const custom = { ...moment, momentType: 'custom', customType: 'Unboxing' } as Card;
    expect(row(custom).momentType).toBe('Unboxing');

    const emotion = {
      ...createCard('emotion', cell),
      score: -2,
      label: 'Angry',
      personaId: 'p',
    } as Card;
    expect(row(emotion)).toMatchObject({ emotionScore: '-2', text: 'Angry', persona: 'Claire' });
    expect(row({ ...emotion, personaId: null } as Card).persona).toBe('');
  });

  it('orders rows by stage, lane and rank, naming stage and lane', () => {
    const journey = createJourney(LABELS);
    const [first, second] = journey.stages;
    const [actions, touchpoints] = journey.lanes;
    if (!first || !second || !actions || !touchpoints) throw new Error('defaults');
    const a = { ...createCard('note', { stageId: second.id, laneId: actions.id }), text: 'C' };
    const b = {
      ...createCard('note', { stageId: first.id, laneId: touchpoints.id }, 0),
      text: 'B',
    };
    const c = { ...createCard('note', { stageId: first.id, laneId: actions.id }, 1), text: 'A2' };
    const d = { ...createCard('note', { stageId: first.id, laneId: actions.id }, 0), text: 'A1' };
    const rows = journeyRows(
      { ...journey, cards: { [a.id]: a, [b.id]: b, [c.id]: c, [d.id]: d } },
      [],
    );
    expect(rows.map((r) => r.text)).toEqual(['A1', 'A2', 'B', 'C']);
    expect(rows[0]).toMatchObject({ stage: first.name, lane: actions.name });
  });
});

describe('the CSV file', () => {
  it('has the header row, then one CRLF-ended line per card with awkward text quoted', () => {
    const text = 'Says "wow", then\nleaves';
    const note = { ...createCard('note', cell), text } as Card;
    const journey = journeyWith([note]);
    const stage = journey.stages[0]!;
    const lane = journey.lanes[0]!;
    const placed = { ...note, stageId: stage.id, laneId: lane.id } as Card;
    const csv = journeyCsv({ ...journey, cards: { [placed.id]: placed } }, []);
    const [header, line] = csv.split('\r\n');
    expect(header).toBe(CSV_COLUMNS.join(','));
    expect(line).toBe(
      `${stage.name},${lane.name},note,"Says ""wow"", then\nleaves"${','.repeat(CSV_COLUMNS.length - 4)}`,
    );
    expect(csv.endsWith('\r\n')).toBe(true);
  });

  it('separates with semicolons when asked, for spreadsheets in French, and quotes either separator', () => {
    const note = { ...createCard('note', cell), text: 'Pays 12,50 €; leaves' } as Card;
    const journey = journeyWith([note]);
    const stage = journey.stages[0]!;
    const lane = journey.lanes[0]!;
    const placed = { ...note, stageId: stage.id, laneId: lane.id } as Card;
    const csv = journeyCsv({ ...journey, cards: { [placed.id]: placed } }, [], ';');
    const [header, line] = csv.split('\r\n');
    expect(header).toBe(CSV_COLUMNS.join(';'));
    expect(line).toBe(
      `${stage.name};${lane.name};note;"Pays 12,50 €; leaves"${';'.repeat(CSV_COLUMNS.length - 4)}`,
    );
    expect(quoteField('a;b')).toBe('"a;b"');
  });

  it('writes every card of a populated journey, the persona by name', () => {
    const personas = samplePersonas();
    const csv = journeyCsv(populatedJourney(personas[0]), personas);
    expect(csv.split('\r\n').filter(Boolean)).toHaveLength(4);
    const emotionRow = csv.split('\r\n').find((line) => line.includes(',emotion,'));
    const cells = emotionRow?.split(',') ?? [];
    expect(cells[CSV_COLUMNS.indexOf('emotionScore')]).toBe('2');
    expect(cells[CSV_COLUMNS.indexOf('persona')]).toBe('Claire');
  });

  it('starts with a UTF-8 byte-order mark so Excel keeps accents', async () => {
    const note = { ...createCard('note', cell), text: 'Déçu' } as Card;
    const blob = journeyCsvBlob(journeyWith([note]), []);
    const buffer = await new Promise<ArrayBuffer>((resolve) => {
      const reader = new FileReader();
      reader.onload = () => resolve(reader.result as ArrayBuffer);
      reader.readAsArrayBuffer(blob);
    });
    const bytes = new Uint8Array(buffer);
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(blob.type).toContain('charset=utf-8');
    expect(UTF8_BOM).toBe('\uFEFF');
  });
});
