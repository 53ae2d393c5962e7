// Shared steps for the end-to-end tests: start a journey from a template, drag with the mouse.
import { expect, type Locator, type Page } from '@playwright/test';

/** The seven lanes of a new journey, in English, top to bottom. */
export const DEFAULT_LANES = [
  'Actions',
  'Touchpoints',
  'Thoughts & feelings',
  'Emotions',
  'Pain points',
  'Opportunities',
  'Moments of truth',
];

/** From the library, opens the English new-journey picker and creates a journey from a template. */
export async function startFrom(page: Page, template: string) {
  await page.getByRole('button', { name: 'New journey' }).click();
  const picker = page.getByRole('dialog', { name: 'New journey' });
  await picker.getByRole('button', { name: template, exact: true }).click();
}

/** Opens the library and creates a journey; resolves once its map is on screen. */
export async function newJourney(
  page: Page,
  template: 'Standard journey' | 'Blank journey' = 'Standard journey',
) {
  await page.goto('/');
  await startFrom(page, template);
  await expect(page).toHaveURL(/#\/journey\//);
  await expect(page.locator('.react-flow__node-cell').first()).toBeVisible();
  await expect(page.getByRole('status')).toHaveText('Saved');
  // A blank map opens whole already.
  if (template !== 'Blank journey') await showWholeMap(page);
}

/**
 * Fits the whole map to the screen (Shift+1), as these tests reach every cell with the mouse: a map
 * opens readable, showing only its first stages, and cells off screen are not drawn.
 */
export async function showWholeMap(page: Page) {
  await expect(page.locator('.react-flow__node-cell').first()).toBeVisible();
  // The key reaches the map's commands from anywhere but a text field.
  await page.evaluate(() => {
    const active = document.activeElement;
    if (active instanceof HTMLElement && active.matches('input, textarea, select')) active.blur();
  });
  await page.keyboard.press('Shift+Digit1');
  const zoom = () =>
    page.evaluate(
      () =>
        new DOMMatrix(getComputedStyle(document.querySelector('.react-flow__viewport')!).transform)
          .a,
    );
  // The fit glides for 300 ms: wait until the zoom holds still.
  await page.waitForTimeout(350);
  let last = await zoom();
  await expect
    .poll(
      async () => {
        const now = await zoom();
        const still = Math.abs(now - last) < 1e-4;
        last = now;
        return still;
      },
      { intervals: [150] },
    )
    .toBe(true);
}

/** Creates a persona from the strip above the map and links it; resolves once its chip shows. */
export async function linkNewPersona(page: Page, name: string) {
  const strip = page.getByRole('region', { name: 'Personas in this journey' });
  await strip.getByRole('textbox', { name: 'New persona name' }).fill(name);
  await strip.getByRole('button', { name: 'Create and link' }).click();
  await expect(strip.getByRole('button', { name: new RegExp(`^${name}:`) })).toBeVisible();
  return strip;
}

export async function centreOf(locator: Locator) {
  const box = await locator.boundingBox();
  if (!box) throw new Error('element has no box');
  return { x: box.x + box.width / 2, y: box.y + box.height / 2, box };
}

export async function drag(
  page: Page,
  from: { x: number; y: number },
  to: { x: number; y: number },
) {
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(from.x + 5, from.y + 5, { steps: 2 });
  await page.mouse.move(to.x, to.y, { steps: 12 });
  await page.mouse.up();
}

export async function isInside(inner: Locator, outer: Locator) {
  const a = await inner.boundingBox();
  const b = await outer.boundingBox();
  if (!a || !b) return false;
  const cx = a.x + a.width / 2;
  const cy = a.y + a.height / 2;
  return cx > b.x && cx < b.x + b.width && cy > b.y && cy < b.y + b.height;
}

export type Box = { x: number; y: number; width: number; height: number };

export async function paneBox(page: Page): Promise<Box> {
  const box = await page.locator('.react-flow__pane').boundingBox();
  if (!box) throw new Error('no pane');
  return box;
}

/** Pans the map by dragging empty parts of it (never a card), `dy` and `dx` in screen pixels. */
export async function panBy(page: Page, dx: number, dy: number) {
  const pane = await paneBox(page);
  let [leftX, leftY] = [dx, dy];
  while (Math.abs(leftX) > 1 || Math.abs(leftY) > 1) {
    const stepX = Math.sign(leftX) * Math.min(Math.abs(leftX), pane.width * 0.4);
    const stepY = Math.sign(leftY) * Math.min(Math.abs(leftY), pane.height * 0.4);
    const from = await page.evaluate(
      ({ pane, stepX, stepY }) => {
        const busy =
          '.react-flow__node-card, .react-flow__node-emotionPoint, .pinned-headers *, .react-flow__edge, .react-flow__edgelabel-renderer *';
        for (let y = pane.y + pane.height * 0.3; y < pane.y + pane.height - 10; y += 17) {
          for (let x = pane.x + pane.width * 0.3; x < pane.x + pane.width - 10; x += 23) {
            const [toX, toY] = [x - stepX, y - stepY];
            if (toX < pane.x + 5 || toY < pane.y + 5) continue;
            if (toX > pane.x + pane.width - 5 || toY > pane.y + pane.height - 5) continue;
            const hit = document.elementFromPoint(x, y);
            if (hit?.closest('.react-flow') && !hit.closest(busy)) return { x, y };
          }
        }
        return null;
      },
      { pane, stepX, stepY },
    );
    if (!from) throw new Error('no empty place on the map to drag');
    await page.mouse.move(from.x, from.y);
    await page.mouse.down();
    await page.mouse.move(from.x - stepX, from.y - stepY, { steps: 8 });
    await page.mouse.up();
    leftX -= stepX;
    leftY -= stepY;
  }
}

/**
 * Runs `patch` in the page and in its save worker, which writes journeys off the main thread: a
 * storage fault simulated in the page alone would not reach the worker's writes.
 */
export async function inPageAndSaveWorker(page: Page, patch: () => void) {
  await expect.poll(() => page.workers().length, { message: 'the save worker starts' }).toBe(1);
  await page.evaluate(patch);
  for (const worker of page.workers()) await worker.evaluate(patch);
}
