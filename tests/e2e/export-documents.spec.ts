// Exporting a map as documents: a PDF (one page or a page per stage, persona sheets appended) whose
// page count is read from the file, and a PowerPoint deck unzipped here to read its slides' text.
import { expect, test, type Page } from '@playwright/test';
import JSZip from 'jszip';
import { readFile } from 'node:fs/promises';
import { linkNewPersona, newJourney } from './support';

const inspector = (page: Page) => page.getByRole('complementary', { name: 'Inspector' });
const cell = (page: Page, name: string) => page.getByRole('gridcell', { name });
const exportDialog = (page: Page) => page.getByRole('dialog', { name: 'Export' });
/** Drawing and encoding several pages takes a while on a slow, busy machine. */
const EXPORT_TIMEOUT = { timeout: 90_000 };
const STAGES = ['Awareness', 'Research & comparison', 'Purchase', 'After-sales & loyalty'];
const CARDS = [
  'Instagram ad',
  'Reads reviews at lunch',
  'Hidden delivery fees',
  'Reorders in one tap',
];

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

const unescapeXml = (text: string) =>
  text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

/** Each slide's text runs, in slide order. */
async function slideTexts(bytes: Buffer): Promise<string[]> {
  const zip = await JSZip.loadAsync(bytes);
  const slides = Object.keys(zip.files)
    .filter((path) => /^ppt\/slides\/slide\d+\.xml$/.test(path))
    .sort((a, b) => Number(/(\d+)\.xml$/.exec(a)![1]) - Number(/(\d+)\.xml$/.exec(b)![1]));
  return Promise.all(
    slides.map(async (path) => {
      const xml = await zip.file(path)!.async('string');
      return [...xml.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) => unescapeXml(m[1]!)).join('\n');
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
