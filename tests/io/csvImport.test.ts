// CSV import of cards: the export reads back card for card, spreadsheet variants are accepted,
// every bad row is left out with its reason, and files that are no card table are refused whole.
import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS } from '../../src/io/csv/csvColumns';
import { CSV_MAX_BYTES, decodeCsvBytes } from '../../src/io/csv/csvDecode';
import { UTF8_BOM, journeyCsv } from '../../src/io/csv/csvFile';
import { planCsvFile, planCsvImport, type CsvImportPlan } from '../../src/io/csv/csvImport';
import {
  describeCsvFileError,
  describeCsvRowProblem,
  type CsvFileError,
  type CsvRowProblem,
} from '../../src/io/csv/csvImportErrors';
import { CSV_MAX_ROWS } from '../../src/io/csv/csvTable';
import { i18n } from '../../src/i18n';
import {
  CardSchema,
  cleanStrings,
  JOURNEY_LIMITS,
  createJourney,
  createPersona,
  type Journey,
} from '../../src/model';
import { LABELS } from '../persistence/helpers';
import { describeCards, everyKindJourney, importInto } from './csvImportHelpers';

const claire = { ...createPersona('Claire', 0), role: 'Business traveller' };
const HEADER = CSV_COLUMNS.join(',');

function plan(csv: string, journey: Journey = createJourney(LABELS)): CsvImportPlan {
  const result = planCsvImport(csv, { journey, personas: [claire] });
  if (!result.ok) throw new Error(`file error: ${result.error.code}`);
  return result.plan;
}

/** The problems of a plan's rejected rows, by row number. */
function rejections(csv: string) {
  return Object.fromEntries(plan(csv).rejections.map((r) => [r.row, r.problem]));
}

function fileError(csv: string | Uint8Array) {
  const bytes = typeof csv === 'string' ? new TextEncoder().encode(csv) : csv;
  const result = planCsvFile(bytes, { journey: createJourney(LABELS), personas: [] });
  return result.ok ? null : result.error;
}

describe('reading back an exported CSV', () => {
  it('gives every card kind back with the same content, in the same stage and lane', () => {
    // As the model holds it: line breaks as \n (a Windows \r\n is normalised on the way in).
    const source = cleanStrings(everyKindJourney(claire));
    const csv = journeyCsv(source, [claire]);
    const { journey, plan: result } = importInto(createJourney(LABELS), csv, [claire]);
    expect(result.rejections).toEqual([]);
    expect(result.newStages).toEqual([]);
    expect(result.newLanes).toEqual([]);
    expect(describeCards(journey)).toEqual(describeCards(source));
    for (const card of Object.values(journey.cards)) expect(CardSchema.parse(card)).toEqual(card);
  });

  it('reads the file as the exporter writes it: BOM, CRLF and quoted line breaks', () => {
    const source = everyKindJourney(claire);
    const bytes = new TextEncoder().encode(UTF8_BOM + journeyCsv(source, [claire]));
    const target = createJourney(LABELS);
    const result = planCsvFile(bytes, { journey: target, personas: [claire] });
    if (!result.ok) throw new Error(result.error.code);
    expect(result.plan.cards).toHaveLength(Object.keys(source.cards).length);
    const note = result.plan.cards.find((c) => c.content.kind === 'note');
    expect(note?.content).toMatchObject({ text: 'Sees an ad, "wow", then\nleaves' });
  });

  it('gives fresh ids and links the persona of an emotion point to the journey', () => {
    const source = everyKindJourney(claire);
    const target = createJourney(LABELS);
    const { journey, addition } = importInto(target, journeyCsv(source, [claire]), [claire]);
    const sourceIds = new Set(Object.keys(source.cards));
    expect(Object.keys(journey.cards).some((id) => sourceIds.has(id))).toBe(false);
    expect(new Set(addition.cards.map((c) => c.id)).size).toBe(addition.cards.length);
    expect(journey.personaIds).toEqual([claire.id]);
  });

  it('appends imported cards after the cards already in a cell', () => {
    const source = everyKindJourney(claire);
    const csv = journeyCsv(source, [claire]);
    const { journey } = importInto(source, csv, [claire]);
    const cells = new Map<string, number[]>();
    for (const card of Object.values(journey.cards)) {
      const key = `${card.stageId}/${card.laneId}`;
      cells.set(key, [...(cells.get(key) ?? []), card.order]);
    }
    for (const orders of cells.values()) {
      expect([...orders].sort((a, b) => a - b)).toEqual(orders.map((_, i) => i));
    }
    expect(Object.keys(journey.cards)).toHaveLength(2 * Object.keys(source.cards).length);
  });
});

describe('spreadsheet variants', () => {
  it('reads semicolon-separated files, as French Excel saves them', () => {
    const csv =
      'stage;lane;kind;text;severity\r\nPurchase;Pain points;painPoint;Queue, long;high\r\n';
    const [card] = plan(csv).cards;
    expect(card?.content).toMatchObject({
      kind: 'painPoint',
      text: 'Queue, long',
      severity: 'high',
    });
  });

  it('reads back a semicolon file written by the exporter, card for card', () => {
    const source = cleanStrings(everyKindJourney(claire));
    const csv = journeyCsv(source, [claire], ';');
    expect(csv.split('\r\n')[0]).toBe(CSV_COLUMNS.join(';'));
    const { journey, plan: result } = importInto(createJourney(LABELS), csv, [claire]);
    expect(result.rejections).toEqual([]);
    expect(describeCards(journey)).toEqual(describeCards(source));
  });

  it('reads text holding commas and semicolons from either separator', () => {
    for (const separator of [',', ';'] as const) {
      const row = ['Purchase', 'Actions', 'note', '"Pays; then, leaves"'].join(separator);
      const csv = `${['stage', 'lane', 'kind', 'text'].join(separator)}\r\n${row}\r\n`;
      const [card] = plan(csv).cards;
      expect(card?.content).toMatchObject({ kind: 'note', text: 'Pays; then, leaves' });
    }
  });

  it('reads tab-separated files and LF or CR line endings', () => {
    expect(plan('stage\tlane\ttext\nAwareness\tActions\tBooks\n').cards).toHaveLength(1);
    expect(
      plan('stage,lane,text\rAwareness,Actions,Books\rPurchase,Actions,Pays\r').cards,
    ).toHaveLength(2);
  });

  it('accepts any column order, header case and spacing, and leaves out optional columns', () => {
    const csv = 'Text,KIND,Lane,Stage,KPI name\nApp,touchpoint,Touchpoints,Awareness,NPS\n';
    const [card] = plan(csv).cards;
    expect(card?.content).toMatchObject({ kind: 'touchpoint', title: 'App', channel: 'web' });
    expect(card?.content).toMatchObject({ kpi: { name: 'NPS', value: '' } });
  });

  it('takes the kind from the lane when the kind cell or column is empty', () => {
    const csv = 'stage,lane,text\nAwareness,Pain points,Slow site\nAwareness,Actions,Searches\n';
    expect(plan(csv).cards.map((c) => c.content.kind)).toEqual(['painPoint', 'note']);
  });

  it('matches stage and lane names without regard to case, accents or spacing', () => {
    const journey = createJourney(LABELS);
    const csv = 'stage,lane,text\n  booking ,ACTIONS,One\nBôoking,actions,Two\n';
    const result = plan(csv, journey);
    expect(result.newStages).toEqual([]);
    expect(result.cards.map((c) => c.stage)).toEqual([
      { existing: journey.stages[0]?.id },
      { existing: journey.stages[0]?.id },
    ]);
  });

  it('reads kinds and values as ids or as their English labels, in any case', () => {
    const csv = [
      'stage,lane,kind,text,channel,objective,severity,momentType',
      'Awareness,Touchpoints,Touchpoint,Ad,Mobile app,Brand image,,',
      'Awareness,Pain points,pain point,Slow,,,HIGH,',
      'Awareness,Moments of truth,moment_of_truth,Shelf,,,,fmot',
    ].join('\n');
    const cards = plan(csv).cards.map((c) => c.content);
    expect(cards[0]).toMatchObject({ channel: 'mobileApp', objective: 'brandImage' });
    expect(cards[1]).toMatchObject({ kind: 'painPoint', severity: 'high' });
    expect(cards[2]).toMatchObject({ momentType: 'FMOT', customType: '' });
  });

  it('takes off the apostrophe the exporter puts before a formula, and only that one', () => {
    const csv =
      "stage,lane,text\nAwareness,Actions,'=1+1\nAwareness,Actions,'quoted\nAwareness,Actions,''+x\n";
    expect(plan(csv).cards.map((c) => ('text' in c.content ? c.content.text : ''))).toEqual([
      '=1+1',
      "'quoted",
      "'+x",
    ]);
  });

  it('skips blank rows but numbers rows as the spreadsheet does', () => {
    const csv =
      'stage,lane,kind,text\n\nAwareness,Actions,sticky,Hi\n,,,\n"Purchase","Actions","note","Two\nlines"\nPurchase,Actions,wrong,x\n';
    const report = plan(csv).rejections.map((r) => r.row);
    expect(report).toEqual([3, 6]);
  });
});

describe('new stages and lanes', () => {
  it('plans a stage and a lane for names the journey does not have, once each, at the end', () => {
    const csv = [
      'stage,lane,kind,text',
      'Follow-up,Pain points,painPoint,No reply',
      'follow-up,Social listening,touchpoint,Tweet',
      'Follow-up,social listening,,Forum post',
      'Booking,Staff notes,note,Brief the desk',
    ].join('\n');
    const journey = createJourney(LABELS);
    const { plan: result, journey: next } = importInto(journey, csv);
    expect(result.newStages).toEqual(['Follow-up']);
    expect(result.newLanes).toEqual([
      { name: 'Social listening', kind: 'touchpoints' },
      { name: 'Staff notes', kind: 'custom' },
    ]);
    expect(next.stages.at(-1)?.name).toBe('Follow-up');
    expect(next.lanes.slice(-2).map((l) => l.name)).toEqual(['Social listening', 'Staff notes']);
    expect(describeCards(next).map((c) => [c.stage, c.lane, c.kind])).toEqual([
      ['Booking', 'Staff notes', 'note'],
      ['Follow-up', 'Pain points', 'painPoint'],
      ['Follow-up', 'Social listening', 'touchpoint'],
      ['Follow-up', 'Social listening', 'touchpoint'],
    ]);
  });

  it('never plans more stages than a journey may hold', () => {
    const rows = Array.from(
      { length: JOURNEY_LIMITS.stages },
      (_, i) => `Stage ${i},Actions,note,Card ${i}`,
    );
    const result = plan(['stage,lane,kind,text', ...rows].join('\n'));
    expect(result.newStages).toHaveLength(JOURNEY_LIMITS.stages - 4);
    expect(result.rejections).toHaveLength(4);
    expect(result.rejections[0]?.problem).toEqual({
      code: 'tooManyStages',
      limit: JOURNEY_LIMITS.stages,
    });
  });
});

describe('rows left out, each with its reason', () => {
  it('names the reason for every kind of bad row', () => {
    const rows = [
      'stage,lane,kind,text,channel,objective,rating,severity,impact,effort,emotionScore,persona',
      ',Actions,note,No stage,,,,,,,,', // 2
      'Awareness,,note,No lane,,,,,,,,', // 3
      'Awareness,Actions,sticky,Unknown kind,,,,,,,,', // 4
      'Awareness,Actions,note,   ,,,,,,,,', // 5
      'Awareness,Touchpoints,touchpoint,Fax,fax,,,,,,,', // 6
      'Awareness,Touchpoints,touchpoint,Ad,,sell,,,,,,', // 7
      'Awareness,Touchpoints,touchpoint,Ad,,,6,,,,,', // 8
      'Awareness,Touchpoints,touchpoint,Ad,,,4.5,,,,,', // 9
      'Awareness,Pain points,painPoint,Slow,,,,severe,,,,', // 10
      'Awareness,Opportunities,opportunity,Kiosk,,,,,huge,,,', // 11
      'Awareness,Opportunities,opportunity,Kiosk,,,,,,tiny,,', // 12
      'Awareness,Emotions,emotion,Happy,,,,,,,3,', // 13
      'Awareness,Emotions,emotion,Happy,,,,,,,1,Nobody', // 14
      'Awareness,Emotions,emotion,Happy,,,,,,,-1,claire', // 15: fine
    ];
    expect(rejections(rows.join('\n'))).toEqual({
      2: { code: 'missingStage' },
      3: { code: 'missingLane' },
      4: { code: 'unknownKind', value: 'sticky' },
      5: { code: 'missingText' },
      6: { code: 'unknownChannel', value: 'fax' },
      7: { code: 'unknownObjective', value: 'sell' },
      8: { code: 'badRating', value: '6' },
      9: { code: 'badRating', value: '4.5' },
      10: { code: 'badLevel', column: 'severity', value: 'severe' },
      11: { code: 'badLevel', column: 'impact', value: 'huge' },
      12: { code: 'badLevel', column: 'effort', value: 'tiny' },
      13: { code: 'badScore', value: '3' },
      14: { code: 'unknownPersona', value: 'Nobody' },
    });
  });

  it('leaves out text longer than a card can hold and broken quoting', () => {
    const long = 'x'.repeat(501);
    const csv = `stage,lane,kind,text\nAwareness,Touchpoints,touchpoint,${long}\nAwareness,Actions,note,${long}\n${long},Actions,note,A\nAwareness,Actions,note,"never closed\n`;
    expect(rejections(csv)).toEqual({
      2: { code: 'tooLong', column: 'text', limit: 500 },
      4: { code: 'tooLong', column: 'stage', limit: 500 },
      5: { code: 'malformed' },
    });
  });

  it('lets an emotion point have no label, and treats any other name as a custom moment', () => {
    const csv =
      'stage,lane,kind,text,emotionScore,momentType\nAwareness,Emotions,emotion,,+2,\nAwareness,Moments of truth,momentOfTruth,Box,,Unboxing\n';
    const cards = plan(csv).cards.map((c) => c.content);
    expect(cards[0]).toMatchObject({ kind: 'emotion', score: 2, label: '', personaId: null });
    expect(cards[1]).toMatchObject({ momentType: 'custom', customType: 'Unboxing' });
  });
});

describe('files that are refused whole', () => {
  it('refuses an empty file, or one of blank lines and a BOM', () => {
    expect(fileError('')).toEqual({ code: 'empty' });
    expect(fileError(`${UTF8_BOM}\r\n  \r\n`)).toEqual({ code: 'empty' });
  });

  it('refuses binary data', () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49]);
    expect(fileError(png)).toEqual({ code: 'binary' });
  });

  it('refuses a file without the card header and names the missing columns', () => {
    expect(fileError('name,age\nClaire,34\n')).toEqual({
      code: 'noHeader',
      missing: ['stage', 'lane', 'text'],
    });
    expect(fileError('stage,kind\nAwareness,note\n')).toEqual({
      code: 'noHeader',
      missing: ['lane', 'text'],
    });
  });

  it('refuses a header without rows, and more rows than one import takes', () => {
    expect(fileError(`${HEADER}\r\n`)).toEqual({ code: 'noRows' });
    const rows = Array.from({ length: CSV_MAX_ROWS + 1 }, () => 'Awareness,Actions,Hi').join('\n');
    expect(fileError(`stage,lane,text\n${rows}`)).toEqual({
      code: 'tooManyRows',
      count: CSV_MAX_ROWS + 1,
      limit: CSV_MAX_ROWS,
    });
  });

  it('refuses a file over the size cap before reading it', () => {
    const big = new Uint8Array(CSV_MAX_BYTES + 1).fill(0x41);
    expect(decodeCsvBytes(big)).toEqual({
      ok: false,
      error: { code: 'tooLarge', size: CSV_MAX_BYTES + 1, limit: CSV_MAX_BYTES },
    });
  });

  it('reads Windows-1252 and UTF-16 files that spreadsheets save', () => {
    const latin = new Uint8Array([
      ...new TextEncoder().encode('stage,lane,text\nAwareness,Actions,D'),
      0xe9,
      0xe7,
      0x75,
    ]);
    expect(decodeCsvBytes(latin)).toEqual({
      ok: true,
      text: 'stage,lane,text\nAwareness,Actions,Déçu',
    });
    const text = 'stage\tlane\ttext\nAwareness\tActions\tDéçu';
    const utf16 = new Uint8Array(2 + text.length * 2);
    utf16.set([0xff, 0xfe]);
    [...text].forEach((char, i) =>
      new DataView(utf16.buffer).setUint16(2 + i * 2, char.charCodeAt(0), true),
    );
    expect(decodeCsvBytes(utf16)).toEqual({ ok: true, text });
  });
});

describe('messages', () => {
  const fileErrors: CsvFileError[] = [
    { code: 'tooLarge', size: 6 * 1024 * 1024, limit: CSV_MAX_BYTES },
    { code: 'unreadable', message: 'NotReadableError' },
    { code: 'empty' },
    { code: 'binary' },
    { code: 'noHeader', missing: ['lane', 'text'] },
    { code: 'noRows' },
    { code: 'tooManyRows', count: 6000, limit: CSV_MAX_ROWS },
  ];
  const problems: CsvRowProblem[] = [
    { code: 'malformed' },
    { code: 'missingStage' },
    { code: 'missingLane' },
    { code: 'missingText' },
    { code: 'unknownKind', value: 'sticky' },
    { code: 'unknownChannel', value: 'fax' },
    { code: 'unknownObjective', value: 'sell' },
    { code: 'badLevel', column: 'impact', value: 'huge' },
    { code: 'badRating', value: '9' },
    { code: 'badScore', value: '3' },
    { code: 'unknownPersona', value: 'Nobody' },
    { code: 'tooLong', column: 'owner', limit: 500 },
    { code: 'tooManyStages', limit: 200 },
    { code: 'tooManyLanes', limit: 100 },
  ];

  it('gives every file error and row problem a sentence in English and French', () => {
    for (const locale of ['en', 'fr']) {
      const t = i18n.getFixedT(locale);
      const texts = [
        ...fileErrors.map((error) => describeCsvFileError(error, t, locale)),
        ...problems.map((problem) => describeCsvRowProblem(problem, t)),
      ];
      for (const text of texts) {
        expect(text).not.toMatch(/csvImport\.|\{\{/);
        expect(text.length).toBeGreaterThan(5);
      }
      expect(new Set(texts).size).toBe(texts.length);
    }
    const t = i18n.getFixedT('en');
    expect(
      describeCsvFileError({ code: 'noHeader', missing: ['lane', 'text'] }, t, 'en'),
    ).toContain('missing: lane, text');
    expect(describeCsvRowProblem({ code: 'unknownKind', value: 'sticky' }, t)).toContain(
      '“sticky”',
    );
  });
});
