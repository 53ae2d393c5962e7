// Exporting a map: the dialog (and its accessibility), a PNG drawn from the model whose size and
// pixels prove the whole map is in it (every card's colour strip, the connector and the emotion
// curve where the layout puts them), an SVG of real text elements with every name and card text,
// the picture of the current view, CSV files, copying the image, and closing with Escape.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { readFile, writeFile } from 'node:fs/promises';
import {
  cardKindColors,
  cardTitle,
  layoutJourney,
  type Journey,
  type MapLayout,
  type Rect,
} from '../../src/model';
import { SHEET_HEADER_HEIGHT, SHEET_MARGIN } from '../../src/scene/mapScene';
import { centreOf, drag, linkNewPersona, newJourney, startFrom } from './support';

const inspector = (page: Page) => page.getByRole('complementary', { name: 'Inspector' });
const cell = (page: Page, name: string) => page.getByRole('group', { name });
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
    page.getByRole('group', { name }).locator(`.react-flow__handle.${kind}`);
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
  // Nothing selected: the current-view picture shows no selection unless a test makes one.
  await page.locator('.react-flow__pane').click({ position: { x: 5, y: 5 } });
  await expect(page.locator('.connector--selected')).toHaveCount(0);
  // The persona's curve colour as the canvas draws it: the picture draws it in the same colour.
  const curveColour = await page.locator('.emotion-curve__line').getAttribute('stroke');
  return { curveColour: curveColour ?? '' };
}

/** Opens the Export dialog from the toolbar. */
async function openExport(page: Page) {
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  const dialog = exportDialog(page);
  await expect(dialog).toBeVisible();
  return dialog;
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

/** A rectangle of the picture, in image pixels. */
interface Area {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Where a box of the map's layout lands in the exported picture at `scale`. */
function onSheet(box: Rect, scale: number): Area {
  return {
    x: Math.round((SHEET_MARGIN + box.x) * scale),
    y: Math.round((SHEET_MARGIN + SHEET_HEADER_HEIGHT + box.y) * scale),
    width: Math.round(box.width * scale),
    height: Math.round(box.height * scale),
  };
}

/**
 * For each area, counts the pixels close to its colour (opaque, within 24 in the sum of the
 * channels' differences), decoding the PNG in the page.
 */
async function countColours(page: Page, png: Buffer, areas: { area: Area; colour: string }[]) {
  return page.evaluate(
    async ({ base64, areas }) => {
      const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
      const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
      const context = canvas.getContext('2d')!;
      context.drawImage(bitmap, 0, 0);
      return areas.map(({ area, colour }) => {
        const [r, g, b] = [1, 3, 5].map((i) => parseInt(colour.slice(i, i + 2), 16));
        const { data } = context.getImageData(area.x, area.y, area.width, area.height);
        let count = 0;
        for (let i = 0; i < data.length; i += 4) {
          const near =
            Math.abs(data[i]! - r!) + Math.abs(data[i + 1]! - g!) + Math.abs(data[i + 2]! - b!);
          if (data[i + 3]! > 200 && near < 24) count += 1;
        }
        return count;
      });
    },
    { base64: png.toString('base64'), areas },
  );
}

/** The journey as the Parcours file of the open dialog holds it. */
async function journeyOf(page: Page): Promise<Journey> {
  const file = await downloadFrom(page, 'Parcours file (.json)');
  return (JSON.parse(file.bytes.toString('utf8')) as { journey: Journey }).journey;
}

/** Each card's colour strip (its left 5 px), but for emotion points, which have none. */
function stripAreas(journey: Journey, layout: MapLayout, scale: number) {
  return Object.values(journey.cards).flatMap((card) => {
    const box = layout.cards.get(card.id);
    if (!box || card.kind === 'emotion') return [];
    const strip = { x: box.x + 1, y: box.y + 4, width: 3, height: box.height - 8 };
    return [
      { card, area: onSheet(strip, scale), colour: card.color ?? cardKindColors(card.kind).line },
    ];
  });
}

test('draws the whole map as a 2× PNG from the model: every card’s colour strip, the connector and the emotion curve where the layout puts them', async ({
  page,
}) => {
  const { curveColour } = await smallMap(page);
  expect(curveColour).toMatch(/^#[0-9a-f]{6}$/i);
  const dialog = await openExport(page);
  await expect(dialog.getByRole('radio', { name: '2×' })).toBeChecked();
  const sizeText = await dialog.getByTestId('export-size').textContent();
  const [, shownWidth, shownHeight] = /(\d+) × (\d+)/.exec(sizeText ?? '') ?? [];
  const journey = await journeyOf(page);
  const layout = layoutJourney(journey);

  const png = await downloadFrom(page, 'PNG image');
  expect(png.name).toMatch(/\.png$/);
  await expect(dialog.getByRole('status')).toContainText('downloaded');
  await writeFile(test.info().outputPath('map.png'), png.bytes);
  const size = pngSize(png.bytes);
  // Four stages: lane headers 200 + 4 × 280 map pixels, a 24 px margin each side, at 2×.
  expect(size.width).toBe(2 * (200 + 4 * 280 + 2 * 24));
  expect(size.width).toBe(2 * (layout.width + 2 * SHEET_MARGIN));
  expect(size.height).toBe(2 * (layout.height + SHEET_HEADER_HEIGHT + 2 * SHEET_MARGIN));
  expect(size).toEqual({ width: Number(shownWidth), height: Number(shownHeight) });

  // Every card's strip is its colour, all along.
  const strips = stripAreas(journey, layout, 2);
  expect(strips.length).toBe(3);
  const stripCounts = await countColours(page, png.bytes, strips);
  strips.forEach(({ card, area }, index) => {
    expect(stripCounts[index], `colour strip of ${card.kind} card`).toBeGreaterThan(
      0.9 * area.width * area.height,
    );
  });

  // The connector runs from its source's right edge to its target's left edge: between the two
  // cards only it is drawn (a 4 px band around its middle height at 2×).
  const [connector] = Object.values(journey.connectors);
  const from = layout.cards.get(connector!.sourceCardId)!;
  const to = layout.cards.get(connector!.targetCardId)!;
  const gap = {
    x: from.x + from.width + 2,
    y: Math.min(from.y, to.y),
    width: to.x - from.x - from.width - 4,
    height: Math.max(from.y + from.height, to.y + to.height) - Math.min(from.y, to.y),
  };
  // The curve between its first two points, leaving the points' circles out.
  const points = Object.values(journey.cards)
    .filter((card) => card.kind === 'emotion')
    .map((card) => layout.cards.get(card.id)!)
    .sort((a, b) => a.x - b.x);
  const [first, second] = points;
  const emotionRow = layout.rows.find((row) => first!.y >= row.y && first!.y < row.y + row.height)!;
  const curve = {
    x: first!.x + first!.width + 4,
    y: emotionRow.y,
    width: second!.x - first!.x - first!.width - 8,
    height: emotionRow.height,
  };
  // The connector's ink, read from the SVG of the same map: the path that starts on the source's
  // right edge.
  const svg = (await downloadFrom(page, 'SVG image')).bytes.toString('utf8');
  const start = `M${SHEET_MARGIN + from.x + from.width} ${SHEET_MARGIN + SHEET_HEADER_HEIGHT + from.y + from.height / 2}`;
  const edgeColour = new RegExp(`<path d="${start}[^"]*"[^>]* stroke="(#[0-9a-f]{6})"`, 'i').exec(
    svg,
  )?.[1];
  expect(edgeColour, `a connector path starting at ${start}`).toBeDefined();
  const [edgePixels, curvePixels] = await countColours(page, png.bytes, [
    { area: onSheet(gap, 2), colour: edgeColour! },
    { area: onSheet(curve, 2), colour: curveColour },
  ]);
  expect(edgePixels, 'connector stroke in the PNG').toBeGreaterThan(2 * gap.width);
  expect(curvePixels, 'emotion curve in the PNG').toBeGreaterThan(2 * curve.width);
});

test('exports chosen stages only, at 1× on a transparent background', async ({ page }) => {
  await smallMap(page);
  const dialog = await openExport(page);
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

/** An SVG file parsed as strict XML in the page: what failed, and each <text>'s lines joined. */
async function readSvg(page: Page, svg: string) {
  return page.evaluate((source) => {
    const doc = new DOMParser().parseFromString(source, 'image/svg+xml');
    return {
      root: doc.documentElement.localName,
      errors: doc.getElementsByTagName('parsererror').length,
      foreignObjects: doc.getElementsByTagName('foreignObject').length,
      fontFaces:
        (doc.querySelector('defs style')?.textContent ?? '').split('@font-face').length - 1,
      texts: [...doc.getElementsByTagName('text')].map((text) =>
        [...text.getElementsByTagName('tspan')].map((line) => line.textContent).join(' '),
      ),
    };
  }, svg);
}

/** Text with no whitespace at all: a wrapped text reads the same whatever its line breaks. */
const squash = (text: string) => text.replace(/\s+/g, '');

test('exports an SVG of real text elements: strict XML with the fonts inside, every stage, lane and card text, and only the chosen stages', async ({
  page,
}) => {
  await page.goto('/');
  await startFrom(page, 'Hotel stay');
  await expect(page.getByRole('group', { name: 'Touchpoint: Reception desk' })).toBeVisible();
  await openExport(page);
  const journey = await journeyOf(page);
  const file = await downloadFrom(page, 'SVG image');
  expect(file.name).toMatch(/\.svg$/);
  const text = file.bytes.toString('utf8');
  await writeFile(test.info().outputPath('map.svg'), text);
  const svg = await readSvg(page, text);
  expect(svg).toMatchObject({ root: 'svg', errors: 0, foreignObjects: 0 });
  expect(svg.fontFaces, 'the bundled Inter faces inside the file').toBeGreaterThanOrEqual(3);

  const shown = new Set(svg.texts.map(squash));
  const cards = Object.values(journey.cards).map((card) =>
    card.kind === 'emotion' ? card.label : cardTitle(card),
  );
  const expected = [
    journey.title,
    ...journey.stages.map((stage) => stage.name),
    ...journey.lanes.map((lane) => lane.name),
    ...cards.filter(Boolean),
  ];
  expect(cards.length).toBeGreaterThan(30);
  for (const name of expected) expect(shown, name).toContain(squash(name));

  // Two stages only: their names are in the file, the others' are not.
  const dialog = exportDialog(page);
  await dialog.getByRole('radio', { name: 'Chosen stages' }).check();
  const stages = dialog.getByRole('list', { name: 'Stages to export' });
  for (const name of ['Stay & restaurant', 'Check-out', 'Follow-up']) {
    await stages.getByRole('checkbox', { name }).uncheck();
  }
  const part = await readSvg(page, (await downloadFrom(page, 'SVG image')).bytes.toString('utf8'));
  expect(part.errors).toBe(0);
  expect(part.texts).toContain('Booking');
  expect(part.texts).toContain('Check-in');
  expect(part.texts).toContain('Reception desk');
  expect(part.texts).not.toContain('Check-out');
  expect(part.texts).not.toContain('Follow-up');
});

test('exports CSV with every card properly quoted', async ({ page }) => {
  await smallMap(page);
  await openExport(page);

  const csv = await downloadFrom(page, 'CSV table');
  expect(csv.name).toMatch(/\.csv$/);
  expect([...csv.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const csvText = csv.bytes.toString('utf8').slice(1);
  expect(csvText.split('\r\n')[0]).toBe(
    'stage,lane,kind,text,channel,objective,owner,kpiName,kpiValue,kpiTarget,kpiUnit,rating,severity,impact,effort,description,momentType,emotionScore,persona',
  );
  expect(csvText).toContain('Awareness,Actions,note,"Says ""wow"", then\nleaves"');
  expect(csvText).toContain('Awareness,Touchpoints,touchpoint,Instagram ad,');
  expect(csvText).toMatch(/Awareness,Emotions,emotion,.*,0,Camille\r\n/);

  const json = await downloadFrom(page, 'Parcours file (.json)');
  expect(JSON.parse(json.bytes.toString('utf8'))).toMatchObject({ format: 'parcours.journey' });
});

test('still pictures the current view as the screen shows it, as a PNG of the canvas’s size', async ({
  page,
}) => {
  await smallMap(page);
  // Zoomed in, with a card selected: the picture shows that, not the whole map.
  await page.getByRole('button', { name: 'Zoom in', exact: true }).click();
  await page.getByRole('group', { name: 'Touchpoint: Instagram ad' }).click();
  const canvas = await page.locator('.canvas .react-flow').boundingBox();
  const dialog = await openExport(page);
  await dialog.getByRole('radio', { name: '1×' }).check();
  const png = await downloadFrom(page, 'Current view (PNG)');
  expect(png.name).toMatch(/\.png$/);
  await expect(dialog.getByRole('status')).toContainText('downloaded');
  const size = pngSize(png.bytes);
  expect(size.width).toBe(Math.round(canvas!.width));
  expect(size.height).toBe(Math.round(canvas!.height));
});

test('the export dialog passes axe with no violation', async ({ page }) => {
  await smallMap(page);
  const dialog = await openExport(page);
  await dialog.getByRole('radio', { name: 'Chosen stages' }).check();
  await expect(dialog.getByRole('list', { name: 'Stages to export' })).toBeVisible();
  const results = await new AxeBuilder({ page }).include('dialog.export-dialog').analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
});

test.describe('with clipboard access', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('copies the map image to the clipboard, and Escape closes the dialog', async ({ page }) => {
    await smallMap(page);
    const dialog = await openExport(page);
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
  const dialog = await openExport(page);
  await dialog.getByRole('button', { name: 'Copy image' }).click();
  await expect(dialog.getByRole('alert')).toContainText(
    'The browser refused to copy the image',
    EXPORT_TIMEOUT,
  );
});
