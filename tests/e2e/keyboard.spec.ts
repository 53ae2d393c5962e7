// The map from the keyboard alone: the skip link, one Tab stop with arrow keys inside, N to add a
// card to the focused cell, Enter to go on to the next card, Escape to stop, and focus that comes
// back to the card after editing. Letters typed into a card never reach the shortcuts.
import { expect, test, type Page } from '@playwright/test';
import { isInside, newJourney } from './support';

test.use({ viewport: { width: 1280, height: 720 } });

const group = (page: Page, name: string) => page.getByRole('group', { name, exact: true });

/** Presses Tab (or Shift+Tab) until `target` has focus; fails after `most` presses. */
async function tabTo(page: Page, target: ReturnType<Page['getByRole']>, key = 'Tab', most = 30) {
  for (let presses = 0; presses < most; presses += 1) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press(key);
  }
  await expect(target).toBeFocused();
}

test('adds, edits and moves a card on a blank map with the keyboard alone', async ({ page }) => {
  await newJourney(page, 'Blank journey');
  // A second stage to move the card to, from the toolbar.
  await tabTo(page, page.getByRole('button', { name: 'Add stage' }));
  await page.keyboard.press('Enter');
  await expect(group(page, 'New stage, Actions')).toBeVisible();

  // The skip link is the first Tab stop of the editor, and lands on the map's first cell.
  const skip = page.getByRole('link', { name: 'Skip to map' });
  await tabTo(page, skip, 'Shift+Tab');
  await page.keyboard.press('Shift+Tab');
  await expect(skip).not.toBeFocused();
  await page.keyboard.press('Tab');
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  const firstCell = group(page, 'Stage 1, Actions');
  await expect(firstCell).toBeFocused();

  // N adds a card and types into it; Enter keeps it and starts the next; Escape drops the blank one.
  await page.keyboard.press('n');
  await expect(page.getByRole('textbox', { name: 'Text of this Note' })).toBeFocused();
  await page.keyboard.type('Greets the guest');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('textbox', { name: 'Text of this Note' })).toBeFocused();
  await expect(page.locator('.react-flow__node-card')).toHaveCount(2);
  await page.keyboard.press('Escape');
  await expect(page.locator('.react-flow__node-card')).toHaveCount(1);
  await expect(firstCell).toBeFocused();

  // Down reaches the card; Enter selects it, Enter again edits it; focus comes back after.
  await page.keyboard.press('ArrowDown');
  const card = group(page, 'Note: Greets the guest');
  await expect(card).toBeFocused();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Welcomes the guest');
  await page.keyboard.press('Enter');
  const edited = group(page, 'Note: Welcomes the guest');
  await expect(edited).toBeFocused();
  await expect(page.getByRole('textbox', { name: 'Text of this Note' })).toHaveCount(0);

  // The card is still selected, and the keyboard is on it: the arrows move it to the next stage.
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => isInside(edited, group(page, 'New stage, Actions'))).toBe(true);
  await expect(edited).toBeFocused();
  // Escape lets go of it; the arrows then move the keyboard, not the card.
  await page.keyboard.press('Escape');
  await page.keyboard.press('ArrowLeft');
  await expect(firstCell).toBeFocused();
  await expect.poll(() => isInside(edited, group(page, 'New stage, Actions'))).toBe(true);

  // One Tab stop: Tab leaves the map for what follows it, Shift+Tab comes back to the same cell.
  await page.keyboard.press('Tab');
  await expect(firstCell).not.toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await expect(firstCell).toBeFocused();
});

test('a focused cell and card show a visible ring', async ({ page }) => {
  await newJourney(page);
  await page.locator('body').focus();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  const cell = group(page, 'Awareness, Actions');
  await expect(cell).toBeFocused();
  // The ring's style, and its width on screen: nodes are drawn in map units, scaled by the zoom.
  const ring = (locator: ReturnType<Page['getByRole']>) =>
    locator.evaluate((el) => {
      const style = getComputedStyle(el);
      const zoom = new DOMMatrix(
        getComputedStyle(document.querySelector('.react-flow__viewport')!).transform,
      ).a;
      return `${style.outlineStyle} ${Math.round(parseFloat(style.outlineWidth) * zoom)}px`;
    });
  expect(await ring(cell)).toBe('solid 3px');
  await page.screenshot({ path: test.info().outputPath('focused-cell.png') });
  await page.keyboard.press('n');
  await page.keyboard.type('Sees a poster');
  await page.keyboard.press('Escape');
  const card = group(page, 'Note: Sees a poster');
  await expect(card).toBeFocused();
  expect(await ring(card)).toBe('solid 3px');
  await page.screenshot({ path: test.info().outputPath('focused-card.png') });

  // Zoomed out further, the ring is drawn wider in map units: still 3 px on screen.
  const zoomOut = page.getByRole('button', { name: 'Zoom out' });
  await zoomOut.click();
  await zoomOut.click();
  await page.waitForTimeout(400);
  // Back from the mouse to the keyboard: a key press, then focus, shows the keyboard's ring.
  await page.keyboard.press('Shift');
  await card.focus();
  expect(await ring(card)).toBe('solid 3px');
});

test('a sentence with P, F and N typed into a new card stays in the card', async ({ page }) => {
  await newJourney(page);
  await group(page, 'Purchase, Actions').dblclick({ position: { x: 20, y: 12 } });
  const sentence = 'Pays at the front desk, then finds No parking: PFN';
  await page.keyboard.type(sentence);
  await page.keyboard.press('Escape');
  await expect(group(page, `Note: ${sentence}`)).toBeFocused();
  // No mode changed: present mode did not start, focus mode did not switch on.
  await expect(page.getByRole('button', { name: 'Exit' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Present' })).toBeVisible();
  await expect(page.locator('.react-flow__node.focus-dimmed')).toHaveCount(0);
  await expect(page.locator('.focus-control--on')).toHaveCount(0);
});

test('Escape in the inspector hands the keyboard back to the card', async ({ page }) => {
  await newJourney(page);
  await group(page, 'Awareness, Pain points').dblclick({ position: { x: 20, y: 12 } });
  await page.keyboard.type('Queue at the till');
  await page.keyboard.press('Escape');
  const card = group(page, 'Pain point: Queue at the till');
  await expect(card).toBeFocused();
  const inspector = page.getByRole('complementary', { name: 'Inspector' });
  const text = inspector.getByRole('textbox').first();
  await text.focus();
  await text.press('End');
  // Single keys typed into the inspector stay there too.
  await page.keyboard.type(' pfn');
  await expect(page.getByRole('button', { name: 'Present' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(group(page, 'Pain point: Queue at the till pfn')).toBeFocused();
});

test('connects two cards from the inspector with the keyboard, and the connector is there after a reload', async ({
  page,
}) => {
  await newJourney(page);
  await group(page, 'Awareness, Actions').dblclick({ position: { x: 20, y: 12 } });
  await page.keyboard.type('Sees an ad');
  await page.keyboard.press('Escape');
  await group(page, 'Research & comparison, Actions').dblclick({ position: { x: 20, y: 12 } });
  await page.keyboard.type('Compares prices');
  await page.keyboard.press('Escape');
  const edges = page.locator('.react-flow__edge');
  const before = await edges.count();

  // The first card's inspector holds the customer's path; from there on, only the keyboard.
  await group(page, 'Note: Sees an ad').click();
  const path = page.getByRole('group', { name: 'Customer path' });
  await expect(path.getByText('No connector yet.')).toBeVisible();
  const picker = path.getByRole('combobox', { name: 'Connect to' });
  await tabTo(page, picker);
  await picker.selectOption({ label: 'Actions · Compares prices' });
  await page.keyboard.press('Tab');
  await expect(path.getByRole('button', { name: 'Connect' })).toBeFocused();
  await page.keyboard.press('Enter');
  const link = path.getByRole('button', { name: 'To “Compares prices”' });
  await expect(link).toBeVisible();
  await expect(edges).toHaveCount(before + 1);

  // The connector is saved with the map.
  await expect(page.getByRole('status')).toHaveText('Saved');
  await page.reload();
  await expect(edges).toHaveCount(before + 1);
  await group(page, 'Note: Sees an ad').click();
  await link.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Connector' })).toBeVisible();
});
