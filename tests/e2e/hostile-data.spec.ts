// Hostile data: control characters in every text break no export, duplicate ids and broken
// references are refused by name, a self-referencing stored record is set aside, and files nested
// absurdly deep are refused while harmless deep unknown fields are dropped. The library never changes
// after a refused import, and reads the same after a reload.
import { expect, test, type Locator, type Page } from '@playwright/test';
import JSZip from 'jszip';
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';

test.describe.configure({ timeout: 60_000 });

/** Drawing and encoding a map or a deck takes a few seconds on a slow, busy machine. */
const EXPORT_TIMEOUT = 30_000;

const range = (from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, i) => String.fromCharCode(from + i)).join('');
/**
 * Every C0 control, DEL, every C1 control, the Unicode line and paragraph separators, a lone high
 * and a lone low surrogate (kept apart by a hyphen, so they never pair up) and U+FFFE/U+FFFF.
 */
const HOSTILE = `${range(0x00, 0x1f)}${'\u007f'}${range(0x80, 0x9f)}\u2028\u2029\ud800-\udc00\ufffe\uffff`;
/** What no export may hold: the controls that survive nowhere (tab, LF and CR are allowed). */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]/;

interface Item {
  id: string;
  name: string;
  [key: string]: unknown;
}
interface JourneyDoc {
  id: string;
  title: string;
  stages: Item[];
  lanes: Item[];
  cards: Record<string, Record<string, unknown>>;
  connectors: Record<string, Record<string, unknown>>;
  personaIds: string[];
  [key: string]: unknown;
}
type PersonaDoc = Item;

const FIXTURE = readFileSync(new URL('../fixtures/journey-v1.json', import.meta.url), 'utf8');
const TITLE = 'City bike rental';

/** A fresh copy of the fixture journey (title "City bike rental", six card kinds, a connector). */
const journey = () => JSON.parse(FIXTURE) as JourneyDoc;

/** The persona the fixture's emotion points belong to. */
function persona(): PersonaDoc {
  return {
    id: 'per-commuter',
    name: 'Camille',
    avatarImageId: null,
    age: 34,
    role: 'Commuter',
    location: 'Lyon',
    quote: 'I want the real price, up front.',
    bio: 'Rides to work when the weather allows.',
    goals: ['Get to work on time'],
    frustrations: ['Hidden fees'],
    motivations: ['Save money'],
    behaviours: ['Checks the app before leaving'],
    preferredChannels: ['mobileApp'],
    techSavviness: 4,
    tags: ['urban'],
    color: '#3559e0',
    customFields: [{ id: 'cf-budget', label: 'Budget', value: '€30 a month' }],
    createdAt: '2024-03-01T09:00:00.000Z',
    updatedAt: '2024-03-01T09:00:00.000Z',
  };
}

function envelope(doc: JourneyDoc, personas: PersonaDoc[] = [persona()]) {
  return {
    format: 'parcours.journey',
    schemaVersion: 1,
    appVersion: 'e2e',
    exportedAt: '2024-03-07T10:00:00.000Z',
    journey: doc,
    personas,
  };
}

/** Keys whose string values (or string list items) are text a person typed. */
const TEXT_KEYS = new Set([
  'title',
  'description',
  'name',
  'text',
  'label',
  'owner',
  'value',
  'target',
  'unit',
  'customType',
  'role',
  'location',
  'quote',
  'bio',
  'goals',
  'frustrations',
  'motivations',
  'behaviours',
  'tags',
]);

/** Appends the hostile characters to every user text inside the data, ids and enums untouched. */
function poison(value: unknown, key = ''): unknown {
  if (typeof value === 'string') return TEXT_KEYS.has(key) ? `${value} ${HOSTILE} end` : value;
  if (Array.isArray(value)) return value.map((item) => poison(item, key));
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, poison(v, k)]));
}

function tileTitles(page: Page) {
  return page.getByRole('list', { name: 'Journeys' }).getByRole('heading', { level: 2 });
}

async function importText(page: Page, text: string) {
  await page.locator('input[type=file]').setInputFiles({
    name: 'journey.parcours.json',
    mimeType: 'application/json',
    buffer: Buffer.from(text),
  });
}

/** Imports a file that must be refused with the message, and leaves the library as it was. */
async function expectRefused(page: Page, text: string, message: string | RegExp) {
  const before = await tileTitles(page).allTextContents();
  await importText(page, text);
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('Nothing was imported.');
  await expect(alert).toContainText(message);
  await expect(tileTitles(page)).toHaveText(before);
  await alert.getByRole('button', { name: 'Dismiss' }).click();
  await expect(alert).toHaveCount(0);
}

/** A library holding the fixture journey and its persona, imported from a file. */
async function libraryWithOneJourney(page: Page) {
  await page.goto('/');
  await importText(page, JSON.stringify(envelope(journey())));
  await expect(page.getByRole('status', { name: 'Import' })).toHaveText(
    /^Imported 1 journey and 1 persona\./,
  );
  await expect(tileTitles(page)).toHaveText([TITLE]);
}

/**
 * Clicks an export button and returns the file; fails with the app's own message when the export
 * fails instead of downloading.
 */
async function downloadFrom(page: Page, scope: Locator, button: string) {
  const failure = scope.getByRole('alert').filter({ hasText: 'The export failed' });
  const download = page.waitForEvent('download', { timeout: EXPORT_TIMEOUT }).catch(() => null);
  const failed = failure
    .waitFor({ timeout: EXPORT_TIMEOUT })
    .then(() => true)
    .catch(() => false);
  await scope.getByRole('button', { name: button, exact: true }).click();
  const file = await Promise.race([download, failed.then(() => null)]);
  if (!file)
    throw new Error(`${button}: ${(await failure.allTextContents()).join(' ') || 'no download'}`);
  await expect(failure).toHaveCount(0);
  return { name: file.suggestedFilename(), bytes: await readFile(await file.path()) };
}

/** The names of the XML documents that do not parse, parsed by the browser's own XML parser. */
async function unparsableXml(page: Page, documents: { name: string; xml: string }[]) {
  return page.evaluate(
    (docs) =>
      docs
        .filter(({ xml }) => {
          const parsed = new DOMParser().parseFromString(xml, 'application/xml');
          return parsed.getElementsByTagName('parsererror').length > 0;
        })
        .map(({ name }) => name),
    documents,
  );
}

const PNG_SIGNATURE = [137, 80, 78, 71, 13, 10, 26, 10];

test('control characters in every text break no export, and a soft line break becomes a line break', async ({
  page,
}) => {
  test.setTimeout(90_000);
  const doc = poison(journey()) as JourneyDoc;
  const camille = poison(persona()) as PersonaDoc;
  const file = envelope(doc, [camille]);
  // Title, stage and lane names, cards, connector and persona hold every character; the file itself
  // is valid JSON, with the C0 controls and lone surrogates escaped.
  for (const text of [
    doc.title,
    doc.stages[0]!.name,
    doc.lanes[0]!.name,
    doc.cards['crd-note-2']!.text,
    doc.cards['crd-touch-app']!.title,
    doc.connectors['con-poster-app']!.label,
    camille.name,
  ]) {
    expect(text).toContain(HOSTILE);
  }
  expect(JSON.stringify(file)).toContain('\\u0000');

  await page.goto('/');
  await importText(page, JSON.stringify(file));
  await expect(page.getByRole('status', { name: 'Import' })).toHaveText(
    /^Imported 1 journey and 1 persona\./,
  );
  await expect(tileTitles(page)).toHaveCount(1);
  await expect(tileTitles(page)).toContainText(TITLE);
  await page.getByRole('link', { name: /^Open City bike rental/ }).click();
  await expect(page.getByRole('textbox', { name: 'Journey title' })).toHaveValue(
    /^City bike rental/,
  );
  // Stored cleaned: the title keeps its text and loses the controls.
  const storedTitle = await page.getByRole('textbox', { name: 'Journey title' }).inputValue();
  expect(storedTitle).not.toMatch(FORBIDDEN);
  expect(storedTitle).toMatch(/ end$/);

  // PowerPoint's Shift+Enter pastes a vertical tab: the card gets a line break instead.
  await page.getByRole('group', { name: /^Note: Sees a row of bikes/ }).click();
  const text = page.getByRole('complementary', { name: 'Inspector' }).getByRole('textbox', {
    name: 'Text',
  });
  await text.fill('');
  await text.focus();
  await page.keyboard.insertText('Line 1\u000BLine 2');
  await expect(text).toHaveValue('Line 1\nLine 2');
  await expect(page.getByRole('group', { name: /^Note: Line 1/ })).toBeVisible();
  await expect(page.getByRole('status').first()).toHaveText('Saved');

  await page.getByRole('button', { name: 'Export', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Export' });
  await expect(dialog).toBeVisible();

  const png = await downloadFrom(page, dialog, 'PNG image');
  expect([...png.bytes.subarray(0, 8)]).toEqual(PNG_SIGNATURE);

  const svg = await downloadFrom(page, dialog, 'SVG image');
  const svgText = svg.bytes.toString('utf8');
  expect(svgText).not.toMatch(FORBIDDEN);
  expect(await unparsableXml(page, [{ name: svg.name, xml: svgText }])).toEqual([]);
  expect(svgText).toContain('Line 1');
  expect(svgText).toContain('Line 2');

  const pdf = await downloadFrom(page, dialog, 'PDF document');
  expect(pdf.bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');

  const deck = await downloadFrom(page, dialog, 'PowerPoint (.pptx)');
  const zip = await JSZip.loadAsync(deck.bytes);
  const parts = await Promise.all(
    Object.keys(zip.files)
      .filter((name) => /\.(xml|rels)$/.test(name))
      .map(async (name) => ({ name, xml: await zip.file(name)!.async('string') })),
  );
  expect(parts.map(({ name }) => name)).toContain('ppt/slides/slide1.xml');
  expect(parts.filter(({ xml }) => FORBIDDEN.test(xml)).map(({ name }) => name)).toEqual([]);
  expect(await unparsableXml(page, parts)).toEqual([]);
  const slides = parts
    .filter(({ name }) => name.startsWith('ppt/slides/slide'))
    .map(({ xml }) => xml)
    .join('\n');
  expect(slides).toContain('Line 1');
  expect(slides).toContain('Line 2');
  expect(slides).toContain('Poster at the docking station');

  const csv = await downloadFrom(page, dialog, 'CSV table');
  const csvText = csv.bytes.toString('utf8');
  expect(csvText).not.toMatch(FORBIDDEN);
  expect(csvText).toContain('"Line 1\nLine 2"');
  expect(csvText).toContain('Poster at the docking station');
  await expect(dialog.getByRole('alert')).toHaveCount(0);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();

  // The linked persona's sheet, whose every field holds the characters too.
  await page.goto('/#/persona/per-commuter/sheet');
  const sheet = page.getByRole('article', { name: 'Preview of the persona sheet' });
  await expect(sheet.getByRole('heading', { name: /^Camille/ })).toBeVisible();
  const body = page.locator('body');
  const sheetPng = await downloadFrom(page, body, 'Download PNG');
  expect([...sheetPng.bytes.subarray(0, 8)]).toEqual(PNG_SIGNATURE);
  const sheetPdf = await downloadFrom(page, body, 'Download PDF');
  expect(sheetPdf.bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  await expect(page.getByRole('status').filter({ hasText: 'Downloaded' })).toBeVisible();
});

test('refuses duplicate stage and lane ids, a persona linked twice and broken references by name', async ({
  page,
}) => {
  await libraryWithOneJourney(page);

  const stages = journey();
  stages.id = 'jrn-duplicate-stages';
  stages.stages = [
    { ...stages.stages[0]!, id: 's1', name: 'Alpha' },
    { ...stages.stages[1]!, id: 's1', name: 'Beta' },
    { ...stages.stages[2]!, id: 's2', name: 'Gamma' },
  ];
  stages.cards = {};
  stages.connectors = {};
  await expectRefused(
    page,
    JSON.stringify(envelope(stages)),
    'This file has an invalid field, journey.stages.1.id: stage "Beta" repeats the id "s1" of stage 1 ("Alpha").',
  );

  const lanes = journey();
  lanes.lanes[2]!.id = lanes.lanes[0]!.id;
  await expectRefused(
    page,
    JSON.stringify(envelope(lanes)),
    'journey.lanes.2.id: lane "Emotions" repeats the id "lan-actions" of lane 1 ("Actions").',
  );

  const twice = journey();
  twice.personaIds = ['per-commuter', 'per-commuter'];
  await expectRefused(
    page,
    JSON.stringify(envelope(twice)),
    'journey.personaIds.1: links persona "per-commuter" twice.',
  );

  const lostCard = journey();
  lostCard.cards['crd-pain-1']!.stageId = 'stg-nowhere';
  await expectRefused(
    page,
    JSON.stringify(envelope(lostCard)),
    'journey.cards.crd-pain-1.stageId: names a stage "stg-nowhere" the map does not have.',
  );

  const lostLane = journey();
  lostLane.cards['crd-pain-1']!.laneId = 'lan-nowhere';
  await expectRefused(
    page,
    JSON.stringify(envelope(lostLane)),
    'journey.cards.crd-pain-1.laneId: names a lane "lan-nowhere" the map does not have.',
  );

  const lostLink = journey();
  lostLink.connectors['con-poster-app']!.targetCardId = 'crd-gone';
  await expectRefused(
    page,
    JSON.stringify(envelope(lostLink)),
    'journey.connectors.con-poster-app.targetCardId: names a card "crd-gone" the map does not have.',
  );

  const twoPersonas = envelope(journey(), [persona(), { ...persona(), name: 'Camille again' }]);
  await expectRefused(
    page,
    JSON.stringify(twoPersonas),
    'personas.1.id: persona "Camille again" repeats the id "per-commuter"',
  );

  await page.reload();
  await expect(tileTitles(page)).toHaveText([TITLE]);
  await page.getByRole('link', { name: 'Personas' }).click();
  await expect(page.getByRole('link', { name: /^Edit Camille/ })).toHaveCount(1);
});

/** Writes records straight into IndexedDB, as a bug or a bad disk might; they may refer to themselves. */
async function writeSelfReferencingJourney(page: Page, id: string) {
  await page.evaluate(
    (id) =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.open('parcours');
        request.onsuccess = () => {
          const record: Record<string, unknown> = {
            id,
            updatedAt: '2030-01-01T00:00:00.000Z',
            schemaVersion: 1,
            title: 'Loop',
          };
          record.self = record;
          record.cards = { a: record };
          record.stages = [record, [record]];
          const tx = request.result.transaction('journeys', 'readwrite');
          tx.objectStore('journeys').put(record);
          tx.oncomplete = () => {
            request.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
        request.onerror = () => reject(request.error);
      }),
    id,
  );
}

test('sets a self-referencing stored journey aside while the rest of the library loads', async ({
  page,
}) => {
  await libraryWithOneJourney(page);
  await writeSelfReferencingJourney(page, 'loop-1');
  await page.reload();
  await expect(page.getByRole('alert')).toContainText(
    'A stored item could not be read and was set aside, untouched: the record refers to itself (a cycle)',
  );
  await expect(tileTitles(page)).toHaveText([TITLE]);
  await expect(page.getByText('Maximum call stack size exceeded')).toHaveCount(0);
  await expect(page.getByText('Something went wrong')).toHaveCount(0);

  // Opened straight from its address, the editor reports it the same way.
  await writeSelfReferencingJourney(page, 'loop-2');
  await page.goto('/#/journey/loop-2');
  await expect(page.getByText('This journey could not be read and was set aside')).toBeVisible();
  await expect(page.getByText('refers to itself (a cycle)')).toBeVisible();
  await expect(page.getByText('Maximum call stack size exceeded')).toHaveCount(0);

  // Set aside means out of the way: the next visit lists the healthy journey without a notice.
  await page.goto('/');
  await page.reload();
  await expect(tileTitles(page)).toHaveText([TITLE]);
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('refuses a file nested 100,000 levels deep, and drops an unknown field nested 3,000 levels', async ({
  page,
}) => {
  await libraryWithOneJourney(page);
  const depth = 100_000;
  const deep = JSON.stringify(envelope(journey())).replace(
    '{',
    `{"padding":${'['.repeat(depth)}${']'.repeat(depth)},`,
  );
  await expectRefused(
    page,
    deep,
    'This file nests its data more than 10,000 levels deep. A Parcours file never does, so it is damaged or not a Parcours file.',
  );
  const deepObjects = JSON.stringify(envelope(journey())).replace(
    '"title":',
    `"extra":${'{"a":'.repeat(depth)}1${'}'.repeat(depth)},"title":`,
  );
  await expectRefused(page, deepObjects, /more than 10,000 levels deep/);
  await page.reload();
  await expect(tileTitles(page)).toHaveText([TITLE]);

  const harmless = journey();
  harmless.id = 'jrn-deep-unknown-field';
  harmless.title = 'Deep but harmless';
  harmless.updatedAt = '2024-03-08T10:00:00.000Z';
  const nested = 3_000;
  // Its persona is already in the library: the file links it without carrying it again.
  const text = JSON.stringify(envelope(harmless, []))
    .replace(
      '"title":',
      `"notes":${'{"a":['.repeat(nested / 2)}0${']}'.repeat(nested / 2)},"title":`,
    )
    .replace('{', `{"extra":${'['.repeat(nested)}${']'.repeat(nested)},`);
  await importText(page, text);
  await expect(page.getByRole('status', { name: 'Import' })).toHaveText(/^Imported 1 journey/);
  await expect(tileTitles(page)).toHaveText(['Deep but harmless', TITLE]);
  await page.reload();
  await expect(tileTitles(page)).toHaveText(['Deep but harmless', TITLE]);
  await page.getByRole('link', { name: 'Open Deep but harmless' }).click();
  await expect(page.getByRole('group', { name: 'Touchpoint: Mobile app sign-up' })).toBeVisible();
});
