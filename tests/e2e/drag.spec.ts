// Dragging on the canvas: a card to another cell, an emotion point to a new score, both undoable.
import { expect, test, type Page } from '@playwright/test';
import { centreOf, drag, isInside, newJourney, paneBox, showWholeMap } from './support';

test('moves a card to another stage by dragging, and undo puts it back', async ({ page }) => {
  await newJourney(page);
  const from = page.getByRole('group', { name: 'Awareness, Pain points' });
  const to = page.getByRole('group', { name: 'Purchase, Pain points' });
  await from.dblclick();
  const card = page.getByRole('group', { name: /^Pain point:/ });
  await expect(card).toHaveCount(1);
  expect(await isInside(card, from)).toBe(true);

  await drag(page, (await centreOf(card)).box, await centreOf(to));
  await expect.poll(() => isInside(card, to)).toBe(true);

  await page.keyboard.press('Control+z');
  await expect.poll(() => isInside(card, from)).toBe(true);
  await page.keyboard.press('Control+Shift+z');
  await expect.poll(() => isInside(card, to)).toBe(true);
});

test('changes an emotion score by dragging the point up', async ({ page }) => {
  await newJourney(page);
  const cell = page.getByRole('group', { name: 'Research & comparison, Emotions' });
  await cell.dblclick();
  const point = page.getByRole('group', { name: /^Emotion 0/ });
  await expect(point).toHaveCount(1);
  const cellBox = (await centreOf(cell)).box;
  const start = await centreOf(point);
  await drag(page, start, { x: start.x, y: cellBox.y + 4 });
  await expect(page.getByRole('group', { name: /^Emotion 2/ })).toHaveCount(1);
  await page.keyboard.press('Control+z');
  await expect(page.getByRole('group', { name: /^Emotion 0/ })).toHaveCount(1);
});

/** Adds a pain point to each cell named, by double-clicking it and typing, then leaves the field. */
async function addPainPoints(page: Page, cells: string[]) {
  for (const [index, name] of cells.entries()) {
    await page.getByRole('group', { name }).dblclick();
    await page.keyboard.type(`Queue ${index + 1}`);
    await page.keyboard.press('Escape');
  }
  await expect(page.getByRole('group', { name: /^Pain point:/ })).toHaveCount(cells.length);
}

test('drags a selection of cards together: one undo step, kept after a reload', async ({
  page,
}) => {
  await newJourney(page);
  await addPainPoints(page, ['Awareness, Pain points', 'Research & comparison, Pain points']);
  const cell = (name: string) => page.getByRole('group', { name: `${name}, Pain points` });
  const first = page.getByRole('group', { name: /^Pain point:/ }).nth(0);
  const second = page.getByRole('group', { name: /^Pain point:/ }).nth(1);
  expect(await isInside(first, cell('Awareness'))).toBe(true);
  await first.click();
  await second.click({ modifiers: ['Shift'] });
  await expect(page.locator('.react-flow__node-card.selected')).toHaveCount(2);

  // Two stages to the right: the first card lands in Purchase, the second in the stage after it.
  const purchase = cell('Purchase');
  const afterSales = cell('After-sales & loyalty');
  const start = await centreOf(first);
  const target = await centreOf(purchase);
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  await page.mouse.move(start.x + 5, start.y, { steps: 2 });
  await page.mouse.move(target.x, target.y, { steps: 10 });
  // Mid-drag the cards move, and nothing is saved or undoable yet.
  await expect(page.locator('.react-flow[data-dragging-cards]')).toHaveCount(1);
  expect(await isInside(first, purchase)).toBe(true);
  await page.mouse.up();

  await expect.poll(() => isInside(first, purchase)).toBe(true);
  await expect.poll(() => isInside(second, afterSales)).toBe(true);
  // The selection survives the drop: the release is not a click on one card.
  await expect(page.locator('.react-flow__node-card.selected')).toHaveCount(2);

  // Both cards went in one step: one undo puts both back, one redo moves both again.
  await page.keyboard.press('Control+z');
  await expect.poll(() => isInside(first, cell('Awareness'))).toBe(true);
  await expect.poll(() => isInside(second, cell('Research & comparison'))).toBe(true);
  await page.keyboard.press('Control+Shift+z');
  await expect.poll(() => isInside(first, purchase)).toBe(true);

  await expect(page.getByRole('status')).toHaveText('Saved');
  await page.reload();
  await showWholeMap(page);
  await expect.poll(() => isInside(first, purchase)).toBe(true);
  await expect.poll(() => isInside(second, afterSales)).toBe(true);
});

test('Escape during a drag puts the card back and changes nothing', async ({ page }) => {
  await newJourney(page);
  await addPainPoints(page, ['Awareness, Pain points']);
  const card = page.getByRole('group', { name: /^Pain point:/ });
  const from = page.getByRole('group', { name: 'Awareness, Pain points' });
  const to = page.getByRole('group', { name: 'Purchase, Pain points' });
  const start = await centreOf(card);
  const target = await centreOf(to);
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  await page.mouse.move(target.x, target.y, { steps: 10 });
  expect(await isInside(card, to)).toBe(true);
  await page.keyboard.press('Escape');
  await expect.poll(() => isInside(card, from)).toBe(true);
  await page.mouse.up();
  await expect(page.locator('.react-flow[data-dragging-cards]')).toHaveCount(0);
  expect(await isInside(card, from)).toBe(true);
  // Escape ended the drag only: the card is still selected, and stored where it was.
  await expect(page.locator('.react-flow__node-card.selected')).toHaveCount(1);
  await expect(page.getByRole('status')).toHaveText('Saved');
  await page.reload();
  await showWholeMap(page);
  await expect.poll(() => isInside(card, from)).toBe(true);
});

test('a card held at the map’s edge scrolls the view along and stays under the pointer', async ({
  page,
}) => {
  await newJourney(page);
  await addPainPoints(page, ['Research & comparison, Pain points']);
  const card = page.getByRole('group', { name: /^Pain point:/ });
  // Zoom in round the card, so most of the map is off screen to the right.
  const centre = await centreOf(card);
  await page.mouse.move(centre.x, centre.y);
  for (let step = 0; step < 2; step += 1) await page.mouse.wheel(0, -400);
  await expect.poll(async () => (await card.boundingBox())?.width ?? 0).toBeGreaterThan(250);

  const pane = await paneBox(page);
  const start = await centreOf(card);
  const edge = { x: pane.x + pane.width - 8, y: start.y };
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  await page.mouse.move(start.x + 10, start.y, { steps: 2 });
  await page.mouse.move(edge.x, edge.y, { steps: 8 });
  const viewport = page.locator('.react-flow__viewport');
  const before = await viewport.getAttribute('style');
  // Held there, the view keeps scrolling, and the card stays drawn under the pointer the whole way,
  // long after the place it started from has scrolled out of view.
  await page.waitForTimeout(1_500);
  expect(await viewport.getAttribute('style')).not.toBe(before);
  await expect(card).toHaveCount(1);
  const held = await card.boundingBox();
  expect(held && held.x < edge.x && held.x + held.width > edge.x).toBe(true);
  await page.mouse.up();

  await showWholeMap(page);
  const research = page.getByRole('group', { name: 'Research & comparison, Pain points' });
  await expect.poll(() => isInside(card, research)).toBe(false);
  await expect(card).toHaveCount(1);
});
