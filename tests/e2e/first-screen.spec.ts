// The first screen: the default journey on the canvas, editing, undo/redo from the keyboard.
import { expect, test } from '@playwright/test';
import { DEFAULT_LANES, newJourney } from './support';

const STAGES = ['Awareness', 'Research & comparison', 'Purchase', 'After-sales & loyalty'];
const LANES = DEFAULT_LANES;

test.beforeEach(async ({ page }) => {
  await newJourney(page);
});

test('shows the default journey with its four stages and common lanes', async ({ page }) => {
  await expect(page.getByRole('textbox', { name: 'Journey title' })).toHaveValue(
    'New customer journey',
  );
  for (const stage of STAGES) {
    await expect(page.getByRole('heading', { name: stage, level: 2 })).toBeVisible();
  }
  for (const lane of LANES) {
    await expect(page.getByRole('heading', { name: lane, level: 3 })).toBeVisible();
  }
});

test('undoes and redoes adding a stage with the keyboard', async ({ page }) => {
  await page.getByRole('button', { name: 'Add stage' }).click();
  const newStage = page.getByRole('heading', { name: 'New stage', level: 2 });
  await expect(newStage).toHaveCount(1);

  await page.locator('.react-flow__pane').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('Control+z');
  await expect(newStage).toHaveCount(0);
  await page.keyboard.press('Control+Shift+z');
  await expect(newStage).toHaveCount(1);
  await page.keyboard.press('Control+z');
  await expect(newStage).toHaveCount(0);
  await page.keyboard.press('Control+y');
  await expect(newStage).toHaveCount(1);
});

test('adds a pain point by double-clicking a cell and typing, deletes it and undoes the deletion', async ({
  page,
}) => {
  await page.getByRole('group', { name: 'Purchase, Pain points' }).dblclick();
  const card = page.getByRole('group', { name: /^Pain point:/ });
  await expect(card).toHaveCount(1);
  await expect(card).toContainText('Severity: Medium');
  // Typing goes straight into the new card.
  await page.keyboard.type('Queue at the desk');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('group', { name: 'Pain point: Queue at the desk' })).toBeVisible();

  await page.keyboard.press('Delete');
  await expect(card).toHaveCount(0);
  await page.keyboard.press('Control+z');
  await expect(card).toHaveCount(1);
});

test('typing a title is one undo step', async ({ page }) => {
  const title = page.getByRole('textbox', { name: 'Journey title' });
  await title.fill('');
  await title.pressSequentially('Hotel stay');
  await expect(title).toHaveValue('Hotel stay');
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(title).toHaveValue('New customer journey');
  await page.getByRole('button', { name: 'Redo' }).click();
  await expect(title).toHaveValue('Hotel stay');
});

test('switches the interface to French', async ({ page }) => {
  await page.getByRole('combobox', { name: 'Language' }).selectOption('fr');
  await expect(page.getByRole('button', { name: 'Ajouter une étape' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Annuler' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
});
