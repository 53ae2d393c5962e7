// The PowerPoint deck read back from the downloaded file: every stage slide has its lane rows at the
// same places, the emotion curves are shapes, "Untitled" appears nowhere, and the accent colour and
// logo chosen in the export dialog are remembered after a reload and end up on the slides.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import JSZip from 'jszip';
import { readFile } from 'node:fs/promises';
import { newJourney } from './support';

const exportDialog = (page: Page) => page.getByRole('dialog', { name: 'Export' });
const EXPORT_TIMEOUT = { timeout: 90_000 };
/** A 1 × 1 PNG. */
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);

test.describe.configure({ timeout: 240_000 });

async function openExport(page: Page) {
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  await expect(exportDialog(page)).toBeVisible();
}

async function downloadDeck(page: Page) {
  const [file] = await Promise.all([
    page.waitForEvent('download', EXPORT_TIMEOUT),
    exportDialog(page).getByRole('button', { name: 'PowerPoint (.pptx)' }).click(),
  ]);
  return JSZip.loadAsync(await readFile(await file.path()));
}

async function slidesOf(zip: JSZip): Promise<string[]> {
  const names = Object.keys(zip.files)
    .filter((path) => /^ppt\/slides\/slide\d+\.xml$/.test(path))
    .sort((a, b) => Number(/(\d+)\.xml$/.exec(a)![1]) - Number(/(\d+)\.xml$/.exec(b)![1]));
  return Promise.all(names.map((name) => zip.file(name)!.async('string')));
}

/** Each named shape's offset and size, as "name x y cx cy", for the shapes whose name starts so. */
function placesOf(xml: string, prefix: string): string[] {
  return [
    ...xml.matchAll(
      /<p:cNvPr id="\d+" name="([^"]*)"[\s\S]*?<a:off x="(\d+)" y="(\d+)"\/><a:ext cx="(\d+)" cy="(\d+)"/g,
    ),
  ]
    .filter((m) => m[1]!.startsWith(prefix))
    .map((m) => m.slice(1).join(' '));
}

test('a deck’s stage slides share their lane rows, draw the curve as shapes and never say Untitled', async ({
  page,
}) => {
  await newJourney(page);
  // An emotion point in the first stage's emotions lane.
  await page
    .getByRole('group', { name: 'Awareness, Emotions' })
    .dblclick({ position: { x: 20, y: 12 } });
  await expect(page.getByRole('status').first()).toHaveText('Saved');
  await openExport(page);
  const slides = await slidesOf(await downloadDeck(page));
  const stages = slides.slice(2, 6);
  const rows = stages.map((xml) => placesOf(xml, 'Lane: '));
  expect(rows[0]!.length).toBeGreaterThan(4);
  for (const row of rows) expect(row).toEqual(rows[0]);
  expect(stages[0]).toContain('<a:custGeom>');
  expect(placesOf(stages[0]!, 'Emotion point').length).toBeGreaterThan(0);
  for (const xml of slides) expect(xml).not.toContain('Untitled');
  // Every slide but the title shows its number.
  expect(slides[0]).not.toContain('type="slidenum"');
  for (const xml of slides.slice(1)) expect(xml).toContain('type="slidenum"');
});

test('the accent colour and logo are remembered after a reload and appear on the slides', async ({
  page,
}) => {
  await newJourney(page);
  await openExport(page);
  const dialog = exportDialog(page);
  const options = dialog.getByRole('group', { name: 'PowerPoint options' });
  await options.getByLabel('Accent colour').fill('#c2185b');
  await options.getByLabel('Choose a logo').setInputFiles({
    name: 'notes.txt',
    mimeType: 'text/plain',
    buffer: Buffer.from('hello'),
  });
  await expect(options.getByRole('alert')).toHaveText('notes.txt is not a PNG, JPEG or SVG image.');
  await options.getByLabel('Choose a logo').setInputFiles({
    name: 'logo.png',
    mimeType: 'image/png',
    buffer: PNG,
  });
  await expect(options.getByText('Logo: logo.png')).toBeVisible();
  await expect(options.getByRole('alert')).toHaveCount(0);
  const axe = await new AxeBuilder({ page }).include('dialog.export-dialog').analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);

  await page.reload();
  await openExport(page);
  const again = exportDialog(page).getByRole('group', { name: 'PowerPoint options' });
  await expect(again.getByLabel('Accent colour')).toHaveValue('#c2185b');
  await expect(again.getByText('Logo: logo.png')).toBeVisible();
  const zip = await downloadDeck(page);
  const slides = await slidesOf(zip);
  expect(slides[0]).toContain('C2185B');
  for (const xml of slides) expect(placesOf(xml, 'Logo')).toHaveLength(1);
});
