// Exporting a map as documents: a PDF (one page or a page per stage, persona sheets appended) read
// back with poppler's tools: its pages, and every stage, lane and card as text a reader can select,
// French and typographic characters included, a stage filling its own page; and a PowerPoint deck
// unzipped here to read its slides' text.
import { expect, test, type Page } from '@playwright/test';
import JSZip from 'jszip';
import { readFile } from 'node:fs/promises';
import { decodeXml, inkBox, pdfPageTexts, pdfWords } from './pdfTools';
import { linkNewPersona, newJourney } from './support';

const inspector = (page: Page) => page.getByRole('complementary', { name: 'Inspector' });
const cell = (page: Page, name: string) => page.getByRole('group', { name });
const exportDialog = (page: Page) => page.getByRole('dialog', { name: 'Export' });
/** Drawing and encoding several pages takes a while on a slow, busy machine. */
const EXPORT_TIMEOUT = { timeout: 90_000 };
const STAGES = ['Awareness', 'Research & comparison', 'Purchase', 'After-sales & loyalty'];
/** One card per stage, in the stage's order. */
const CARDS = [
  'Instagram ad <b>&amp;</b>',
  'Reads reviews at lunch',
  'Frais « cachés » de 12 € à l’hôtel',
  'Reorders in one tap',
];
const LANES = ['Actions', 'Touchpoints', 'Thoughts & feelings', 'Pain points', 'Opportunities'];

test.describe.configure({ timeout: 240_000 });

async function addIn(page: Page, name: string, text: string) {
  await cell(page, name).dblclick({ position: { x: 20, y: 12 } });
  await inspector(page).getByRole('textbox').first().fill(text);
}

/** A standard journey with a linked persona and cards of several kinds in three stages. */
async function smallMap(page: Page) {
  await newJourney(page);
  await linkNewPersona(page, 'Camille');
  await addIn(page, 'Awareness, Touchpoints', CARDS[0]!);
  await addIn(page, 'Research & comparison, Actions', CARDS[1]!);
  await addIn(page, 'Purchase, Pain points', CARDS[2]!);
  await addIn(page, 'After-sales & loyalty, Opportunities', CARDS[3]!);
  await expect(page.getByRole('status').first()).toHaveText('Saved');
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  await expect(exportDialog(page)).toBeVisible();
}

async function download(page: Page, button: string) {
  const [file] = await Promise.all([
    page.waitForEvent('download', EXPORT_TIMEOUT),
    exportDialog(page).getByRole('button', { name: button }).click(),
  ]);
  return { name: file.suggestedFilename(), bytes: await readFile(await file.path()) };
}

/** Page objects in a PDF (`/Type /Page`, not the `/Pages` tree). */
function pdfPageCount(bytes: Buffer): number {
  return bytes.toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g)?.length ?? 0;
}

/** Each slide's text runs, in slide order. */
async function slideTexts(bytes: Buffer): Promise<string[]> {
  const zip = await JSZip.loadAsync(bytes);
  const slides = Object.keys(zip.files)
    .filter((path) => /^ppt\/slides\/slide\d+\.xml$/.test(path))
    .sort((a, b) => Number(/(\d+)\.xml$/.exec(a)![1]) - Number(/(\d+)\.xml$/.exec(b)![1]));
  return Promise.all(
    slides.map(async (path) => {
      const xml = await zip.file(path)!.async('string');
      return [...xml.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) => decodeXml(m[1]!)).join('\n');
    }),
  );
}

test('downloads the map as a PDF on one page or a page per stage, with the persona’s sheet', async ({
  page,
}) => {
  await smallMap(page);
  const dialog = exportDialog(page);
  await expect(dialog.getByRole('radio', { name: 'A4 landscape' })).toBeChecked();
  await expect(dialog.getByRole('radio', { name: 'Whole map on one page' })).toBeChecked();
  await expect(dialog.getByTestId('export-pages')).toHaveText('The PDF has 2 pages.');

  const onePage = await download(page, 'PDF document');
  expect(onePage.name).toMatch(/\.pdf$/);
  expect(onePage.bytes.subarray(0, 4).toString('latin1')).toBe('%PDF');
  expect(pdfPageCount(onePage.bytes)).toBe(2);
  await expect(dialog.getByRole('status')).toContainText('downloaded');

  await dialog.getByRole('radio', { name: 'A3 landscape' }).check();
  await dialog.getByRole('radio', { name: 'One page per stage' }).check();
  await expect(dialog.getByTestId('export-pages')).toHaveText('The PDF has 5 pages.');
  const perStage = await download(page, 'PDF document');
  expect(perStage.bytes.subarray(0, 4).toString('latin1')).toBe('%PDF');
  expect(pdfPageCount(perStage.bytes)).toBe(STAGES.length + 1);
  // A3 is 420 × 297 mm, 1190.55 × 841.89 pt: the stages lie landscape, the persona sheet stands.
  const boxes = [
    ...perStage.bytes.toString('latin1').matchAll(/\/MediaBox \[0 0 (\d+)\.?\d* (\d+)/g),
  ];
  expect(boxes.map(([, w, h]) => `${w}×${h}`)).toEqual([
    ...STAGES.map(() => '1190×841'),
    '841×1190',
  ]);

  // Two chosen stages: two stage pages and the persona's.
  await dialog.getByRole('radio', { name: 'Chosen stages' }).check();
  const stages = dialog.getByRole('list', { name: 'Stages to export' });
  await stages.getByRole('checkbox', { name: 'Purchase' }).uncheck();
  await stages.getByRole('checkbox', { name: 'After-sales & loyalty' }).uncheck();
  const chosen = await download(page, 'PDF document');
  expect(pdfPageCount(chosen.bytes)).toBe(3);
});

test('downloads an editable PowerPoint deck with every stage and card as text', async ({
  page,
}) => {
  await smallMap(page);
  const deck = await download(page, 'PowerPoint (.pptx)');
  expect(deck.name).toMatch(/\.pptx$/);
  expect(deck.bytes.subarray(0, 2).toString('latin1')).toBe('PK');
  const slides = await slideTexts(deck.bytes);
  // Title, overview, one slide per stage, one per persona.
  expect(slides).toHaveLength(2 + STAGES.length + 1);
  expect(slides[0]).toContain('Personas: Camille');
  expect(slides[1]).toContain('Overview');
  STAGES.forEach((stage, index) => expect(slides[2 + index]).toContain(stage));
  const all = slides.join('\n');
  for (const card of CARDS) expect(all).toContain(card);
  expect(slides[2]).toContain('Web · Inform');
  expect(slides[4]).toContain('Severity: Medium');
  expect(slides[4]).toContain('Pain points');
  expect(slides[6]).toContain('Camille');
  // The overview slide holds the map's picture.
  const zip = await JSZip.loadAsync(deck.bytes);
  const media = Object.keys(zip.files).filter((path) => path.startsWith('ppt/media/'));
  expect(media.some((path) => path.endsWith('.png'))).toBe(true);
  await expect(exportDialog(page).getByRole('status')).toContainText('.pptx downloaded');
});

test('cannot make a PDF or a deck of no stage at all', async ({ page }) => {
  await smallMap(page);
  const dialog = exportDialog(page);
  await dialog.getByRole('radio', { name: 'Chosen stages' }).check();
  const stages = dialog.getByRole('list', { name: 'Stages to export' });
  for (const stage of STAGES) await stages.getByRole('checkbox', { name: stage }).uncheck();
  await expect(dialog.getByRole('note')).toHaveText('Choose at least one stage.');
  await expect(dialog.getByRole('button', { name: 'PDF document' })).toBeDisabled();
  await expect(dialog.getByRole('button', { name: 'PowerPoint (.pptx)' })).toBeDisabled();
  await expect(dialog.getByTestId('export-pages')).toHaveCount(0);
  // The Parcours file and the table do not depend on the stages.
  await expect(dialog.getByRole('button', { name: 'CSV table' })).toBeEnabled();
  await stages.getByRole('checkbox', { name: 'Purchase' }).check();
  await expect(dialog.getByRole('button', { name: 'PDF document' })).toBeEnabled();
  await dialog.screenshot({ path: '/tmp/shots-docs/export-dialog.png' });
});

/** Words joined by single spaces: lines wrapped in a card read as one sentence again. */
const flat = (text: string) => text.replace(/\s+/g, ' ');

test('the map’s PDF holds every stage, lane and card as text, on one page and on a page per stage', async ({
  page,
}) => {
  await smallMap(page);
  const onePage = (await download(page, 'PDF document')).bytes;
  const [map, sheet, ...rest] = pdfPageTexts(onePage).map(flat);
  expect(rest).toEqual([]);
  for (const text of [...STAGES, ...LANES, ...CARDS, 'Camille']) expect(map).toContain(text);
  expect(sheet).toContain('Camille');
  expect(sheet).toContain('GOALS');
  // The persona's page is drawn from the sheet, not pictured: there is no image in the file.
  expect(onePage.toString('latin1')).not.toMatch(/\/Subtype\s*\/Image/);
  expect(onePage.toString('latin1')).toMatch(/\/FontName \/Inter-Regular/);

  await exportDialog(page).getByRole('radio', { name: 'One page per stage' }).check();
  const perStage = (await download(page, 'PDF document')).bytes;
  const texts = pdfPageTexts(perStage).map(flat);
  const words = pdfWords(perStage);
  expect(texts).toHaveLength(STAGES.length + 1);
  STAGES.forEach((stage, index) => {
    const text = texts[index]!;
    expect(text).toContain(stage);
    expect(text).toContain(CARDS[index]!);
    // The lane headers are repeated on every page; the other stages are not there.
    for (const lane of LANES) expect(text).toContain(lane);
    for (const other of CARDS.filter((_, i) => i !== index)) expect(text).not.toContain(other);
    // The stage's column runs (nearly) the page's full height.
    const { width, words: onPage } = words[index]!;
    const name = onPage.find((word) => word.text === stage.split(' ')[0])!;
    const column = inkBox(perStage, index + 1, name.xMin / width, (name.xMin + 40) / width);
    expect(column.bottom - column.top).toBeGreaterThanOrEqual(0.8);
  });
});

test('a persona’s own PDF is a designed sheet whose text can be selected', async ({ page }) => {
  await page.goto('/#/personas');
  await page.getByRole('textbox', { name: 'Persona name' }).fill('Élodie');
  await page.getByRole('button', { name: 'Add persona' }).click();
  await page.getByRole('link', { name: 'Edit Élodie' }).click();
  await page.getByRole('textbox', { name: 'Role or job' }).fill('Responsable d’achats');
  await page.getByRole('textbox', { name: 'Quote' }).fill('Je veux « le vrai prix », 120 € TTC.');
  await page.getByRole('textbox', { name: 'Goals' }).fill('Fewer invoices\nOne supplier');
  await page.getByRole('checkbox', { name: 'Mobile app' }).check();
  await page.getByRole('link', { name: 'Persona sheet' }).click();
  await expect(page.getByRole('article', { name: 'Preview of the persona sheet' })).toBeVisible();
  const [file] = await Promise.all([
    page.waitForEvent('download', EXPORT_TIMEOUT),
    page.getByRole('button', { name: 'Download PDF' }).click(),
  ]);
  const pdf = await readFile(await file.path());
  const [sheet, ...rest] = pdfPageTexts(pdf).map(flat);
  expect(rest).toEqual([]);
  for (const text of [
    'Élodie',
    'Responsable d’achats',
    'Je veux « le vrai prix », 120 € TTC.',
    'Fewer invoices',
    'One supplier',
    'Mobile app',
    'GOALS',
    'FRUSTRATIONS',
    'Not filled in yet',
  ]) {
    expect(sheet).toContain(text);
  }
  const { width, height } = pdfWords(pdf)[0]!;
  expect(Math.round(width)).toBe(595);
  expect(Math.round(height)).toBe(842);
  // The sheet fills its page: ink from the colour band at the top to the footer in the 9 mm
  // bottom margin.
  const ink = inkBox(pdf, 1);
  expect(ink.top).toBeLessThan(0.01);
  expect(ink.bottom).toBeGreaterThan(0.93);
});
