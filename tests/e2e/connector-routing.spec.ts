// Connectors route round cards: a connector drawn across a lane, past a card in between, runs
// round that card on the map, and its label sits on a clear stretch of the line, covering no card.
import { expect, test, type Page } from '@playwright/test';
import { centreOf, drag, newJourney, type Box } from './support';

test.use({ viewport: { width: 1280, height: 720 } });

const inspector = (page: Page) => page.getByRole('complementary', { name: 'Inspector' });

async function addCard(page: Page, cell: string, title: string) {
  await page.getByRole('group', { name: cell }).dblclick({ position: { x: 20, y: 12 } });
  await inspector(page).getByRole('textbox').first().fill(title);
}

async function connect(page: Page, from: string, to: string, label: string) {
  const source = page.getByRole('group', { name: from }).locator('.react-flow__handle.source');
  const target = page.getByRole('group', { name: to }).locator('.react-flow__handle.target');
  await drag(page, await centreOf(source), await centreOf(target));
  await expect(inspector(page).getByRole('heading', { name: 'Connector' })).toBeVisible();
  await inspector(page).getByRole('textbox', { name: 'Label' }).fill(label);
}

/** Points along each connector's drawn path, on screen. */
function pathPoints(page: Page, label: string) {
  return page.evaluate((label) => {
    const edge = [...document.querySelectorAll('.react-flow__edge')].find(
      (element) => element.getAttribute('aria-label') === label,
    );
    const path = edge?.querySelector<SVGPathElement>('path.react-flow__edge-path');
    if (!path) return [];
    const matrix = path.getScreenCTM()!;
    const length = path.getTotalLength();
    const points: { x: number; y: number }[] = [];
    for (let at = 0; at <= length; at += 2) {
      const p = path.getPointAtLength(at);
      points.push({ x: matrix.a * p.x + matrix.e, y: matrix.d * p.y + matrix.f });
    }
    return points;
  }, label);
}

const inside = (p: { x: number; y: number }, box: Box, inset = 1) =>
  p.x > box.x + inset &&
  p.x < box.x + box.width - inset &&
  p.y > box.y + inset &&
  p.y < box.y + box.height - inset;

const overlap = (a: Box, b: Box, inset = 1) =>
  a.x + inset < b.x + b.width &&
  b.x + inset < a.x + a.width &&
  a.y + inset < b.y + b.height &&
  b.y + inset < a.y + a.height;

async function cardBoxes(page: Page): Promise<Box[]> {
  const boxes = await page.locator('.react-flow__node-card').evaluateAll((nodes) =>
    nodes.map((node) => {
      const r = node.getBoundingClientRect();
      return { x: r.x, y: r.y, width: r.width, height: r.height };
    }),
  );
  expect(boxes.length).toBeGreaterThan(0);
  return boxes;
}

test('a connector across a lane runs round the card in between, its label clear of every card', async ({
  page,
}) => {
  await newJourney(page);
  await addCard(page, 'Awareness, Touchpoints', 'Instagram ad');
  await addCard(page, 'Research & comparison, Touchpoints', 'Comparison site');
  await addCard(page, 'Purchase, Touchpoints', 'Online shop');
  await addCard(page, 'Research & comparison, Actions', 'Reads reviews');
  await connect(page, 'Touchpoint: Instagram ad', 'Touchpoint: Online shop', 'Buys later');
  await connect(page, 'Touchpoint: Instagram ad', 'Touchpoint: Comparison site', 'Compares');
  await expect(page.locator('.react-flow__edge')).toHaveCount(2);
  await expect(page.locator('.connector-label__text')).toHaveText(['Buys later', 'Compares']);
  await expect(page.getByRole('status').first()).toHaveText('Saved');

  // The long connector goes round the card in between, which the straight line would cross.
  const between = (await page
    .getByRole('group', { name: 'Touchpoint: Comparison site' })
    .boundingBox())!;
  const around = await pathPoints(page, 'Buys later');
  expect(around.length).toBeGreaterThan(20);
  expect(around.filter((p) => inside(p, between))).toEqual([]);
  // And through no other card either, nor the ends' own cards.
  const cards = await cardBoxes(page);
  for (const card of cards) expect(around.filter((p) => inside(p, card, 2))).toEqual([]);
  for (const card of cards) {
    expect((await pathPoints(page, 'Compares')).filter((p) => inside(p, card, 2))).toEqual([]);
  }

  // Each label's plate covers no card, the short connector's between two neighbours too.
  const plates = await page.locator('.connector-label__plate').evaluateAll((rects) =>
    rects.map((rect) => {
      const r = rect.getBoundingClientRect();
      return { x: r.x, y: r.y, width: r.width, height: r.height };
    }),
  );
  expect(plates).toHaveLength(2);
  // Nor each other, where the two lines share a stretch.
  expect(overlap(plates[0]!, plates[1]!)).toBe(false);
  for (const plate of plates) {
    expect(cards.filter((card) => overlap(plate, card))).toEqual([]);
  }

  // A click on the routed line selects the connector, as before: somewhere only it runs.
  await page.screenshot({ path: test.info().outputPath('routed.png') });
  await page.locator('.react-flow__pane').click({ position: { x: 5, y: 5 } });
  const other = await pathPoints(page, 'Compares');
  const alone = around.find(
    (p) =>
      other.every((q) => Math.hypot(p.x - q.x, p.y - q.y) > 12) &&
      plates.every((plate) => !inside(p, plate, -6)),
  );
  expect(alone).toBeDefined();
  await page.mouse.click(alone!.x, alone!.y);
  await expect(inspector(page).getByRole('textbox', { name: 'Label' })).toHaveValue('Buys later');
  await expect(page.locator('.connector--selected')).toHaveCount(1);
});
