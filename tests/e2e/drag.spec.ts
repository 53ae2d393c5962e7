// Dragging on the canvas: a card to another cell, an emotion point to a new score, both undoable.
import { expect, test } from '@playwright/test';
import { centreOf, drag, isInside, newJourney } from './support';

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
