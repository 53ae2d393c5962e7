// The dock's map overview: drawn from the map itself, it follows edits, and dragging or wheeling
// in it moves the map, as a facilitator finds their way around a big map on a projector.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { newJourney } from './support';

test.use({ viewport: { width: 1440, height: 900 } });

const overview = (page: Page) => page.getByRole('img', { name: 'Map overview' });

function viewport(page: Page) {
  return page.evaluate(() => {
    const element = document.querySelector<HTMLElement>('.react-flow__viewport');
    const matrix = new DOMMatrix(getComputedStyle(element!).transform);
    return { x: matrix.e, y: matrix.f, zoom: matrix.a };
  });
}

/** How many cells the overview draws: each is one rectangle of a cell path. */
function cellsDrawn(page: Page) {
  return overview(page)
    .locator('.map-overview__cell')
    .evaluateAll((paths) =>
      paths.reduce((sum, path) => sum + (path.getAttribute('d')!.match(/M/g) ?? []).length, 0),
    );
}

test('the overview draws the map, follows its edits, and moves the map when dragged or wheeled', async ({
  page,
}) => {
  await newJourney(page);
  await expect(overview(page)).toBeVisible();
  const lanes = await page.locator('.pinned-headers .react-flow__node-laneHeader').count();
  const cellsBefore = await cellsDrawn(page);
  expect(cellsBefore).toBeGreaterThan(0);
  await expect(overview(page).locator('.map-overview__card')).toHaveCount(0);

  // A card added on the map shows in the overview, in its kind's colour.
  await page
    .locator('.react-flow__node-cell')
    .first()
    .dblclick({ position: { x: 20, y: 12 } });
  await page.keyboard.type('Sees an ad');
  await page.keyboard.press('Escape');
  await expect(overview(page).locator('.map-overview__card')).toHaveCount(1);

  // A new stage is a new column of cells in the overview.
  await page.getByRole('button', { name: 'Add stage' }).click();
  await expect.poll(() => cellsDrawn(page)).toBe(cellsBefore + lanes);

  // Dragging in the overview pans the map; the wheel there zooms it.
  const box = (await overview(page).boundingBox())!;
  const before = await viewport(page);
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2 + 20, box.y + box.height / 2 + 10, { steps: 5 });
  await page.mouse.up();
  await expect.poll(async () => (await viewport(page)).x).toBeLessThan(before.x - 50);
  const panned = await viewport(page);
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.wheel(0, -200);
  await expect.poll(async () => (await viewport(page)).zoom).toBeGreaterThan(panned.zoom);

  // Hidden and shown again from the dock.
  await page.getByRole('button', { name: 'Show the map overview' }).click();
  await expect(overview(page)).toHaveCount(0);
  await page.getByRole('button', { name: 'Show the map overview' }).click();
  await expect(overview(page)).toBeVisible();

  const results = await new AxeBuilder({ page }).include('.canvas-dock').analyze();
  expect(
    results.violations.filter((v) => v.impact === 'critical' || v.impact === 'serious'),
  ).toEqual([]);
});
