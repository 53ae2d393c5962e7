// Far zoom: zoomed out past the point where cards can be read, the map is drawn as one picture from
// the model's scene instead of a node per card. The same cards are on the map on both sides of the
// threshold, none missing and none doubled; a click on the picture selects the card drawn there,
// and zooming back in brings back cards that can be selected and edited at once.
import { expect, test, type Page } from '@playwright/test';
import { showWholeMap, startFrom } from './support';

const cards = (page: Page) =>
  page.locator('.react-flow__node-card, .react-flow__node-emotionPoint');
const picture = (page: Page) => page.locator('.map-picture');
const zoom = (page: Page) =>
  page.evaluate(
    () =>
      new DOMMatrix(getComputedStyle(document.querySelector('.react-flow__viewport')!).transform).a,
  );

/** Presses the dock's zoom button until the zoom is past `limit`, then waits for it to settle. */
async function zoomPast(page: Page, button: 'Zoom in' | 'Zoom out', limit: number) {
  const past = async () =>
    button === 'Zoom out' ? (await zoom(page)) < limit : (await zoom(page)) > limit;
  for (let presses = 0; presses < 10 && !(await past()); presses += 1) {
    await page.getByRole('button', { name: button, exact: true }).click();
    await page.waitForTimeout(350);
  }
  expect(await past()).toBe(true);
}

test.use({ viewport: { width: 1440, height: 900 } });

test('the map zoomed far out is one picture of every card, and zooming in brings the cards back', async ({
  page,
}) => {
  await page.goto('/');
  await startFrom(page, 'Hotel stay');
  await expect(page.getByRole('status')).toHaveText('Saved');
  await showWholeMap(page);
  // The whole Hotel stay map on screen, readable enough: every card is a node.
  expect(await zoom(page)).toBeGreaterThan(0.3);
  const total = await cards(page).count();
  expect(total).toBeGreaterThan(30);
  await expect(picture(page)).toHaveCount(0);
  // Where a card sits on the map (map units), to click it on the picture later.
  const target = page.getByRole('group', { name: /^Touchpoint: / }).first();
  const targetName = await target.getAttribute('aria-label');
  const spot = await target.evaluate((el: HTMLElement) => {
    const matrix = new DOMMatrix(getComputedStyle(el).transform);
    return { x: matrix.e + el.offsetWidth / 2, y: matrix.f + el.offsetHeight / 2 };
  });

  await zoomPast(page, 'Zoom out', 0.3);
  await expect(picture(page)).toHaveCount(1);
  await expect(cards(page)).toHaveCount(0);
  await expect(picture(page)).toHaveAttribute('data-cards', String(total));
  // The picture is drawn: a good share of its pixels are painted.
  const painted = await picture(page).evaluate((canvas: HTMLCanvasElement) => {
    const { data } = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height);
    let opaque = 0;
    for (let i = 3; i < data.length; i += 4) if (data[i]! > 0) opaque += 1;
    return opaque / (canvas.width * canvas.height);
  });
  expect(painted).toBeGreaterThan(0.5);
  await page.screenshot({ path: test.info().outputPath('far.png') });

  // A click on the picture selects the card drawn there, which comes onto the map as a node.
  const viewport = await page.evaluate(() => {
    const m = new DOMMatrix(
      getComputedStyle(document.querySelector('.react-flow__viewport')!).transform,
    );
    const pane = document.querySelector('.react-flow')!.getBoundingClientRect();
    return { x: m.e + pane.left, y: m.f + pane.top, zoom: m.a };
  });
  await page.mouse.click(viewport.x + spot.x * viewport.zoom, viewport.y + spot.y * viewport.zoom);
  const selected = page.getByRole('group', { name: targetName!, exact: true });
  await expect(selected).toHaveCount(1);
  await expect(selected).toHaveClass(/selected/);
  await expect(cards(page)).toHaveCount(1);
  await expect(
    page.locator('.inspector').getByRole('heading', { name: 'Touchpoint' }),
  ).toBeVisible();

  // Back past the threshold: every card is a node again, and the picture is gone.
  await page.keyboard.press('Escape');
  await zoomPast(page, 'Zoom in', 0.3);
  await expect(picture(page)).toHaveCount(0);
  await expect(cards(page)).toHaveCount(total);
  await page.screenshot({ path: test.info().outputPath('near.png') });

  // Cards work at once: a double-click edits one, and the text is kept.
  const card = page.getByRole('group', { name: targetName!, exact: true });
  await card.dblclick();
  const editor = card.getByRole('textbox');
  await expect(editor).toBeFocused();
  await editor.press('End');
  await page.keyboard.type(' (mobile)');
  await page.keyboard.press('Escape');
  await expect(
    page.getByRole('group', { name: `${targetName} (mobile)`, exact: true }),
  ).toBeVisible();
});

test('a double-click on the far picture zooms in there, to a readable size', async ({ page }) => {
  await page.goto('/');
  await startFrom(page, 'Hotel stay');
  await showWholeMap(page);
  await zoomPast(page, 'Zoom out', 0.3);
  await expect(picture(page)).toHaveCount(1);
  const box = (await picture(page).boundingBox())!;
  await page.mouse.dblclick(box.x + box.width / 2, box.y + box.height / 2);
  await expect.poll(() => zoom(page)).toBeGreaterThan(0.7);
  await expect(picture(page)).toHaveCount(0);
  await expect(cards(page).first()).toBeVisible();
});
