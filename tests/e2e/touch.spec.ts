// A tablet in a workshop: a finger or pen adds, moves and edits cards; two fingers pinch and pan.
// Touches go through Chromium's own input pipeline (DevTools protocol), as a touchscreen sends them.
import { expect, test, type CDPSession, type Page } from '@playwright/test';
import { centreOf, isInside, newJourney, showWholeMap } from './support';

test.use({ hasTouch: true, viewport: { width: 1180, height: 820 } });

type Point = { x: number; y: number };

async function touchSession(page: Page): Promise<CDPSession> {
  return page.context().newCDPSession(page);
}

async function touch(
  cdp: CDPSession,
  type: 'touchStart' | 'touchMove' | 'touchEnd',
  points: Point[],
) {
  await cdp.send('Input.dispatchTouchEvent', {
    type,
    touchPoints: points.map((p, id) => ({ x: Math.round(p.x), y: Math.round(p.y), id })),
  });
}

/** One finger pressed, moved in small steps and lifted, pausing so the app sees a drag. */
async function fingerDrag(cdp: CDPSession, page: Page, from: Point, to: Point) {
  await touch(cdp, 'touchStart', [from]);
  const steps = 16;
  for (let i = 1; i <= steps; i += 1) {
    const f = i / steps;
    await touch(cdp, 'touchMove', [
      { x: from.x + (to.x - from.x) * f, y: from.y + (to.y - from.y) * f },
    ]);
    await page.waitForTimeout(16);
  }
  await touch(cdp, 'touchEnd', []);
}

/** Two fingers moving from one pair of points to another: a pinch when they spread, a pan when not. */
async function twoFingers(cdp: CDPSession, page: Page, from: [Point, Point], to: [Point, Point]) {
  await touch(cdp, 'touchStart', from);
  const steps = 12;
  for (let i = 1; i <= steps; i += 1) {
    const f = i / steps;
    const at = (k: 0 | 1) => ({
      x: from[k].x + (to[k].x - from[k].x) * f,
      y: from[k].y + (to[k].y - from[k].y) * f,
    });
    await touch(cdp, 'touchMove', [at(0), at(1)]);
    await page.waitForTimeout(16);
  }
  await touch(cdp, 'touchEnd', []);
}

async function viewportTransform(page: Page) {
  return page.locator('.canvas .react-flow__viewport').evaluate((el) => {
    const matrix = new DOMMatrixReadOnly(getComputedStyle(el).transform);
    return { x: matrix.e, y: matrix.f, zoom: matrix.a };
  });
}

test('adds a card by tapping a cell then a palette kind, and moves it with a finger', async ({
  page,
}) => {
  await newJourney(page);
  const cdp = await touchSession(page);
  const from = page.getByRole('group', { name: 'Awareness, Touchpoints' });
  const to = page.getByRole('group', { name: 'Purchase, Touchpoints' });

  await page.touchscreen.tap((await centreOf(from)).x, (await centreOf(from)).y);
  const paletteTouchpoint = page
    .getByRole('toolbar', { name: 'Card palette' })
    .getByRole('button', { name: 'Touchpoint' });
  const tapTarget = await centreOf(paletteTouchpoint);
  // Hit targets are big enough for a finger.
  expect(tapTarget.box.height).toBeGreaterThanOrEqual(40);
  await page.touchscreen.tap(tapTarget.x, tapTarget.y);

  const card = page.getByRole('group', { name: /^Touchpoint/ });
  await expect(card).toHaveCount(1);
  expect(await isInside(card, from)).toBe(true);

  await fingerDrag(cdp, page, (await centreOf(card)).box, await centreOf(to));
  await expect.poll(() => isInside(card, to)).toBe(true);

  // The move is saved like any edit: it is still there after a reload.
  await expect(page.getByRole('status')).toHaveText('Saved');
  await page.reload();
  await expect(page.locator('.react-flow__node-cell').first()).toBeVisible();
  await showWholeMap(page);
  await expect
    .poll(() => isInside(page.getByRole('group', { name: /^Touchpoint/ }), to))
    .toBe(true);
});

test('every control around the map is at least 40 px for a finger', async ({ page }) => {
  await newJourney(page);
  const controls = page.locator(
    '.toolbar button, .toolbar select, .toolbar input, .toolbar a, .card-palette button, .react-flow__controls-button',
  );
  expect(await controls.count()).toBeGreaterThan(10);
  const small = await controls.evaluateAll((elements) =>
    elements
      .map((el) => ({
        name: el.getAttribute('aria-label') ?? el.textContent,
        box: el.getBoundingClientRect(),
      }))
      .filter(({ box }) => box.width > 0 && Math.min(box.width, box.height) < 40)
      .map(({ name, box }) => `${name} ${Math.round(box.width)}×${Math.round(box.height)}`),
  );
  expect(small).toEqual([]);
});

test('edits a card with a double tap', async ({ page }) => {
  await newJourney(page);
  const cell = page.getByRole('group', { name: 'Purchase, Pain points' });
  const { x, y } = await centreOf(cell);
  await page.touchscreen.tap(x, y);
  await page
    .getByRole('toolbar', { name: 'Card palette' })
    .getByRole('button', { name: 'Pain point' })
    .tap();
  const card = page.getByRole('group', { name: /^Pain point/ });
  await expect(card).toHaveCount(1);
  const centre = await centreOf(card);
  await page.touchscreen.tap(centre.x, centre.y);
  await page.touchscreen.tap(centre.x, centre.y);
  const editor = page.getByRole('textbox', { name: /Pain point/ });
  await expect(editor).toBeFocused();
  await editor.fill('Queue at the front desk');
  await editor.press('Enter');
  await expect(page.getByRole('group', { name: /Queue at the front desk/ })).toHaveCount(1);
});

test('pinches to zoom and pans with two fingers', async ({ page }) => {
  await newJourney(page);
  const cdp = await touchSession(page);
  const canvas = (await centreOf(page.getByRole('region', { name: 'Journey map' }))).box;
  const mid = { x: canvas.x + canvas.width / 2, y: canvas.y + canvas.height / 2 };

  const before = await viewportTransform(page);
  await twoFingers(
    cdp,
    page,
    [
      { x: mid.x - 40, y: mid.y },
      { x: mid.x + 40, y: mid.y },
    ],
    [
      { x: mid.x - 160, y: mid.y },
      { x: mid.x + 160, y: mid.y },
    ],
  );
  await expect
    .poll(async () => (await viewportTransform(page)).zoom)
    .toBeGreaterThan(before.zoom * 1.3);

  const zoomed = await viewportTransform(page);
  await twoFingers(
    cdp,
    page,
    [
      { x: mid.x - 60, y: mid.y },
      { x: mid.x + 60, y: mid.y },
    ],
    [
      { x: mid.x - 60 + 150, y: mid.y + 80 },
      { x: mid.x + 60 + 150, y: mid.y + 80 },
    ],
  );
  const panned = await viewportTransform(page);
  expect(panned.x - zoomed.x).toBeGreaterThan(100);
  expect(panned.y - zoomed.y).toBeGreaterThan(50);
  expect(panned.zoom).toBeCloseTo(zoomed.zoom, 1);
});

test('moves a card with a pen', async ({ page }) => {
  await newJourney(page);
  const cdp = await touchSession(page);
  const from = page.getByRole('group', { name: 'Research & comparison, Actions' });
  const to = page.getByRole('group', { name: 'After-sales & loyalty, Actions' });
  await from.dblclick();
  const card = page.getByRole('group', { name: /^Note/ });
  await expect(card).toHaveCount(1);
  // A new card left blank goes away on Escape: give it a word first.
  await page.keyboard.type('Pen');
  await page.keyboard.press('Escape');

  const start = await centreOf(card);
  const end = await centreOf(to);
  const pen = (type: 'mousePressed' | 'mouseMoved' | 'mouseReleased', p: Point) =>
    cdp.send('Input.dispatchMouseEvent', {
      type,
      x: Math.round(p.x),
      y: Math.round(p.y),
      button: 'left',
      buttons: type === 'mouseReleased' ? 0 : 1,
      clickCount: 1,
      pointerType: 'pen',
    });
  await pen('mousePressed', start);
  for (let i = 1; i <= 16; i += 1) {
    const f = i / 16;
    await pen('mouseMoved', {
      x: start.x + (end.x - start.x) * f,
      y: start.y + (end.y - start.y) * f,
    });
  }
  await pen('mouseReleased', end);
  await expect.poll(() => isInside(card, to)).toBe(true);
});
