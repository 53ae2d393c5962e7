// Exporting a map: the dialog, a PNG whose size and pixels prove the whole map is in it (connector
// and emotion curve included), SVG and CSV files, copying the image, and closing with Escape.
import { expect, test, type Page } from '@playwright/test';
import { readFile, writeFile } from 'node:fs/promises';
import { centreOf, drag, linkNewPersona, newJourney } from './support';

const inspector = (page: Page) => page.getByRole('complementary', { name: 'Inspector' });
const cell = (page: Page, name: string) => page.getByRole('gridcell', { name });
const exportDialog = (page: Page) => page.getByRole('dialog', { name: 'Export' });
/** Drawing and encoding the map takes a few seconds on a slow, busy machine. */
const EXPORT_TIMEOUT = { timeout: 20_000 };

test.describe.configure({ timeout: 60_000 });

async function addIn(page: Page, name: string, text?: string) {
  await cell(page, name).dblclick({ position: { x: 20, y: 12 } });
  if (text !== undefined) await inspector(page).getByRole('textbox').first().fill(text);
}

async function connect(page: Page, from: string, to: string) {
  const handle = (name: string, kind: 'source' | 'target') =>
    page.getByRole('group', { name }).locator('..').locator(`.react-flow__handle.${kind}`);
  await drag(page, await centreOf(handle(from, 'source')), await centreOf(handle(to, 'target')));
}

/** A standard journey with a persona and its curve, two connected touchpoints and a tricky note. */
async function smallMap(page: Page) {
  await newJourney(page);
  await linkNewPersona(page, 'Camille');
  await addIn(page, 'Awareness, Touchpoints', 'Instagram ad');
  await addIn(page, 'Research & comparison, Touchpoints', 'Comparison site');
  await addIn(page, 'Awareness, Actions', 'Says "wow", then\nleaves');
  await addIn(page, 'Awareness, Emotions');
  await addIn(page, 'Research & comparison, Emotions');
  await addIn(page, 'Purchase, Emotions');
  await connect(page, 'Touchpoint: Instagram ad', 'Touchpoint: Comparison site');
  await expect(page.locator('.react-flow__edge')).toHaveCount(1);
  await expect(page.locator('.emotion-curve__line')).toHaveCount(1);
  await expect(page.getByRole('status').first()).toHaveText('Saved');
  // Nothing selected, as in the export: the connector in its ordinary colour.
  await page.locator('.react-flow__pane').click({ position: { x: 5, y: 5 } });
  await expect(page.locator('.connector--selected')).toHaveCount(0);
  const curveColour = await page.locator('.emotion-curve__line').getAttribute('stroke');
  // The connector's colour as the canvas draws it, as #rrggbb.
  const edgeColour = await page
    .locator('.react-flow__edge-path')
    .evaluate((path) => getComputedStyle(path).stroke);
  const hex = (rgb: string) =>
    '#' +
    (rgb.match(/\d+/g) ?? [])
      .slice(0, 3)
      .map((n) => Number(n).toString(16).padStart(2, '0'))
      .join('');
  return { curveColour: curveColour ?? '', edgeColour: hex(edgeColour) };
}

async function downloadFrom(page: Page, button: string) {
  const started = Date.now();
  const [file] = await Promise.all([
    page.waitForEvent('download', EXPORT_TIMEOUT),
    exportDialog(page).getByRole('button', { name: button, exact: true }).click(),
  ]);
  console.log(`${button}: ${Date.now() - started} ms`);
  return { name: file.suggestedFilename(), bytes: await readFile(await file.path()) };
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(bytes: Buffer) {
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/**
 * Counts pixels close to each colour inside a strip of the image (x from x0 to x1, whole height),
 * decoding the PNG in the page.
 */
async function countColours(page: Page, png: Buffer, x0: number, x1: number, colours: string[]) {
  return page.evaluate(
    async ({ base64, x0, x1, colours }) => {
      const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
      const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
      const context = canvas.getContext('2d')!;
      context.drawImage(bitmap, 0, 0);
      const { data } = context.getImageData(x0, 0, x1 - x0, bitmap.height);
      const targets = colours.map((hex) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)));
      const counts = targets.map(() => 0);
      for (let i = 0; i < data.length; i += 4) {
        targets.forEach(([r, g, b], t) => {
          const near =
            Math.abs(data[i]! - r!) + Math.abs(data[i + 1]! - g!) + Math.abs(data[i + 2]! - b!);
          if (data[i + 3]! > 200 && near < 24) counts[t]! += 1;
        });
      }
      return counts;
    },
    { base64: png.toString('base64'), x0, x1, colours },
  );
}

test('exports the whole map as a PNG at 2×, with the connector and the emotion curve in it', async ({
  page,
}) => {
  const { curveColour, edgeColour } = await smallMap(page);
  expect(curveColour).toMatch(/^#[0-9a-f]{6}$/i);
  expect(edgeColour).toMatch(/^#[0-9a-f]{6}$/);
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  const dialog = exportDialog(page);
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('radio', { name: '2×' })).toBeChecked();
  const sizeText = await dialog.getByTestId('export-size').textContent();
  const [, shownWidth, shownHeight] = /(\d+) × (\d+)/.exec(sizeText ?? '') ?? [];

  const png = await downloadFrom(page, 'PNG image');
  expect(png.name).toMatch(/\.png$/);
  await expect(dialog.getByRole('status')).toContainText('downloaded');
  await writeFile(test.info().outputPath('map.png'), png.bytes);
  const size = pngSize(png.bytes);
  // Four stages: lane headers 200 + 4 × 280 map pixels, a 24 px margin each side, at 2×.
  expect(size.width).toBe(2 * (200 + 4 * 280 + 2 * 24));
  expect(size).toEqual({ width: Number(shownWidth), height: Number(shownHeight) });

  // Between the Awareness and Research columns (map x 466…494): only the connector's line and
  // the curve cross there; cards, headers and emotion points do not.
  const [edgePixels, curvePixels] = await countColours(
    page,
    png.bytes,
    2 * (24 + 466),
    2 * (24 + 494),
    [edgeColour, curveColour],
  );
  expect(edgePixels, 'connector stroke in the PNG').toBeGreaterThan(20);
  expect(curvePixels, 'emotion curve in the PNG').toBeGreaterThan(20);
});

test('exports chosen stages only, at 1× on a transparent background', async ({ page }) => {
  await smallMap(page);
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  const dialog = exportDialog(page);
  await dialog.getByRole('radio', { name: '1×' }).check();
  await dialog.getByRole('radio', { name: 'Transparent' }).check();
  await dialog.getByRole('radio', { name: 'Chosen stages' }).check();
  const stages = dialog.getByRole('list', { name: 'Stages to export' });
  await stages.getByRole('checkbox', { name: 'Purchase' }).uncheck();
  await stages.getByRole('checkbox', { name: 'After-sales & loyalty' }).uncheck();
  const png = await downloadFrom(page, 'PNG image');
  expect(pngSize(png.bytes).width).toBe(200 + 2 * 280 + 2 * 24);
  // A transparent corner: the margin is not painted.
  const alpha = await page.evaluate(async (base64) => {
    const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
    const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const context = canvas.getContext('2d')!;
    context.drawImage(bitmap, 0, 0);
    return context.getImageData(2, 2, 1, 1).data[3];
  }, png.bytes.toString('base64'));
  expect(alpha).toBe(0);

  await stages.getByRole('checkbox', { name: 'Awareness' }).uncheck();
  await stages.getByRole('checkbox', { name: 'Research & comparison' }).uncheck();
  await expect(dialog).toContainText('Choose at least one stage.');
  await expect(dialog.getByRole('button', { name: 'PNG image' })).toBeDisabled();
});

test('exports SVG with the map’s texts, and CSV with every card properly quoted', async ({
  page,
}) => {
  await smallMap(page);
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  const svg = await downloadFrom(page, 'SVG image');
  expect(svg.name).toMatch(/\.svg$/);
  const svgText = svg.bytes.toString('utf8');
  expect(svgText).toContain('<svg');
  expect(svgText).toContain('Awareness');
  expect(svgText).toContain('Instagram ad');

  const csv = await downloadFrom(page, 'CSV table');
  expect(csv.name).toMatch(/\.csv$/);
  expect([...csv.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const csvText = csv.bytes.toString('utf8').slice(1);
  expect(csvText.split('\r\n')[0]).toBe(
    'stage,lane,kind,text,description,channel,objective,owner,kpiName,kpiValue,kpiTarget,kpiUnit,rating,severity,impact,effort,momentType,emotionScore,persona',
  );
  expect(csvText).toContain('Awareness,Actions,note,"Says ""wow"", then\nleaves"');
  expect(csvText).toContain('Awareness,Touchpoints,touchpoint,Instagram ad,');
  expect(csvText).toMatch(/Awareness,Emotions,emotion,.*,0,Camille\r\n/);

  const json = await downloadFrom(page, 'Parcours file (.json)');
  expect(JSON.parse(json.bytes.toString('utf8'))).toMatchObject({ format: 'parcours.journey' });
});

test.describe('with clipboard access', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('copies the map image to the clipboard, and Escape closes the dialog', async ({ page }) => {
    await smallMap(page);
    await page.getByRole('button', { name: 'Export', exact: true }).click();
    const dialog = exportDialog(page);
    await dialog.getByRole('button', { name: 'Copy image' }).click();
    await expect(dialog.getByRole('progressbar', { name: 'Exporting…' })).toBeVisible();
    await expect(dialog.getByRole('status')).toHaveText(
      'Image copied to the clipboard.',
      EXPORT_TIMEOUT,
    );
    const types = await page.evaluate(async () =>
      (await navigator.clipboard.read()).flatMap((item) => item.types),
    );
    expect(types).toContain('image/png');
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
  });
});

test('says so when the browser refuses to copy the image', async ({ page }) => {
  await smallMap(page);
  await page.evaluate(() => {
    Clipboard.prototype.write = () =>
      Promise.reject(new DOMException('Write permission denied.', 'NotAllowedError'));
  });
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  const dialog = exportDialog(page);
  await dialog.getByRole('button', { name: 'Copy image' }).click();
  await expect(dialog.getByRole('alert')).toContainText(
    'The browser refused to copy the image',
    EXPORT_TIMEOUT,
  );
});
