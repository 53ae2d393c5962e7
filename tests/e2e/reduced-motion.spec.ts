// People who ask their system for reduced motion: the map's camera moves at once, never glides,
// whether they zoom with the dock's buttons or fit the map.
import { expect, test, type Page } from '@playwright/test';
import { newJourney } from './support';

/** The map's zoom after the next two animation frames, as drawn. */
const zoomNextFrames = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<number>((resolve) =>
        requestAnimationFrame(() =>
          requestAnimationFrame(() =>
            resolve(
              new DOMMatrix(
                getComputedStyle(document.querySelector('.react-flow__viewport')!).transform,
              ).a,
            ),
          ),
        ),
      ),
  );

test('with reduced motion, the zoom buttons and fits move the map at once', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await newJourney(page);
  const before = await zoomNextFrames(page);

  for (const button of ['Zoom in', 'Fit the width', 'Zoom out', 'Fit the whole map']) {
    await page.getByRole('button', { name: button, exact: true }).click();
    // A glide would still be on its way two frames after the click.
    const atOnce = await zoomNextFrames(page);
    await page.waitForTimeout(400);
    expect(await zoomNextFrames(page)).toBeCloseTo(atOnce, 5);
  }
  await page.getByRole('button', { name: 'Zoom in', exact: true }).click();
  expect(await zoomNextFrames(page)).toBeGreaterThan(before);
});
