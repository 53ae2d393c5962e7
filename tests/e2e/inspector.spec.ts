// The inspector: editing every kind of card, a stage and a lane from the side panel, and undoing it.
import { expect, test, type Page } from '@playwright/test';
import { newJourney } from './support';

const inspector = (page: Page) => page.getByRole('complementary', { name: 'Inspector' });

/** Moves focus out of the text field (onto plain text in the panel), so Ctrl+Z undoes the map. */
async function leaveField(page: Page) {
  await inspector(page).getByRole('heading', { level: 2 }).click();
}

test.beforeEach(async ({ page }) => {
  await newJourney(page);
});

test('starts with a hint on what to click', async ({ page }) => {
  await expect(inspector(page).getByRole('heading', { name: 'Nothing selected' })).toBeVisible();
  await expect(inspector(page)).toContainText('Double-click an empty cell');
});

test('edits a touchpoint’s title, channel, objective, KPI and rating, shown on its card', async ({
  page,
}) => {
  await page.getByRole('group', { name: 'Awareness, Touchpoints' }).dblclick();
  const panel = inspector(page);
  await expect(panel.getByRole('heading', { name: 'Touchpoint' })).toBeVisible();

  await panel.getByRole('textbox', { name: 'Title' }).fill('Instagram ad');
  await panel.getByRole('combobox', { name: 'Channel' }).selectOption('social');
  await panel.getByRole('combobox', { name: 'Objective' }).selectOption('brandImage');
  await panel.getByRole('textbox', { name: 'KPI name' }).fill('CTR');
  await panel.getByRole('textbox', { name: 'KPI value' }).fill('2.4');
  await panel.getByRole('textbox', { name: 'KPI unit' }).fill('%');
  await panel
    .getByRole('group', { name: 'Satisfaction rating' })
    .getByRole('radio', { name: '4', exact: true })
    .check();

  const card = page.getByRole('group', { name: 'Touchpoint: Instagram ad' });
  await expect(card).toContainText('Social');
  await expect(card).toContainText('Brand image');
  await expect(card).toContainText('KPI CTR 2.4%');
  await expect(card.getByLabel('Rating 4 of 5')).toBeVisible();
});

test('undoes a title typed in the inspector with Ctrl+Z', async ({ page }) => {
  await page.getByRole('group', { name: 'Purchase, Touchpoints' }).dblclick();
  const title = inspector(page).getByRole('textbox', { name: 'Title' });
  await title.pressSequentially('Checkout page');
  await expect(page.getByRole('group', { name: 'Touchpoint: Checkout page' })).toBeVisible();

  await leaveField(page);
  await page.keyboard.press('Control+z');
  await expect(title).toHaveValue('');
  await expect(page.getByRole('group', { name: 'Touchpoint: Untitled' })).toBeVisible();
  await page.keyboard.press('Control+Shift+z');
  await expect(title).toHaveValue('Checkout page');
});

test('sets a pain point’s severity', async ({ page }) => {
  await page.getByRole('group', { name: 'Awareness, Pain points' }).dblclick();
  const panel = inspector(page);
  await panel.getByRole('textbox', { name: 'Description' }).fill('Too many ads');
  await panel.getByRole('group', { name: 'Severity' }).getByRole('radio', { name: 'High' }).check();
  const card = page.getByRole('group', { name: 'Pain point: Too many ads' });
  await expect(card).toContainText('Severity: High');
});

test('sets an opportunity’s impact and effort', async ({ page }) => {
  await page.getByRole('group', { name: 'Awareness, Opportunities' }).dblclick();
  const panel = inspector(page);
  await panel.getByRole('group', { name: 'Impact' }).getByRole('radio', { name: 'High' }).check();
  await panel.getByRole('group', { name: 'Effort' }).getByRole('radio', { name: 'Low' }).check();
  await expect(page.getByRole('group', { name: /^Opportunity:/ })).toContainText(
    'Impact High · effort Low',
  );
});

test('sets a moment of truth’s type, including a custom one', async ({ page }) => {
  await page.getByRole('group', { name: 'Awareness, Moments of truth' }).dblclick();
  const panel = inspector(page);
  const card = page.getByRole('group', { name: /^Moment of truth:/ });
  await expect(card).toContainText('FMOT');

  await panel.getByRole('combobox', { name: 'Type' }).selectOption('ZMOT');
  await panel.getByRole('textbox', { name: 'Title' }).fill('Reads reviews');
  await expect(card).toContainText('ZMOT');
  await expect(card).toContainText('Reads reviews');

  await panel.getByRole('combobox', { name: 'Type' }).selectOption('custom');
  await panel.getByRole('textbox', { name: 'Custom type name' }).fill('Word of mouth');
  await expect(card).toContainText('Word of mouth');
});

test('edits a note’s text', async ({ page }) => {
  await page.getByRole('group', { name: 'Awareness, Actions' }).dblclick();
  await inspector(page).getByRole('textbox', { name: 'Text' }).fill('Sees a friend’s post');
  await expect(page.getByRole('group', { name: 'Note: Sees a friend’s post' })).toBeVisible();
});

test('sets an emotion point’s score', async ({ page }) => {
  await page.getByRole('group', { name: 'Awareness, Emotions' }).dblclick();
  await expect(page.getByRole('group', { name: /^Emotion 0/ })).toHaveCount(1);
  const score = inspector(page).getByRole('group', { name: 'Score' });
  await score.getByRole('radio', { name: '+2' }).check();
  await expect(page.getByRole('group', { name: /^Emotion 2/ })).toHaveCount(1);
  await score.getByRole('radio', { name: '−1' }).check();
  await expect(page.getByRole('group', { name: /^Emotion -1/ })).toHaveCount(1);
});

test('renames a stage after clicking its header, and Ctrl+Z brings the old name back', async ({
  page,
}) => {
  await page.getByRole('heading', { name: 'Awareness', level: 2 }).click();
  await expect(page.getByLabel('Stage 1: Awareness').locator('.stage-header')).toHaveClass(
    /stage-header--selected/,
  );
  const name = inspector(page).getByRole('textbox', { name: 'Stage name' });
  await expect(name).toHaveValue('Awareness');

  await name.fill('Discovery');
  await expect(page.getByRole('heading', { name: 'Discovery', level: 2 })).toBeVisible();
  await expect(page.getByRole('group', { name: 'Discovery, Touchpoints' })).toBeVisible();

  await leaveField(page);
  await page.keyboard.press('Control+z');
  await expect(page.getByRole('heading', { name: 'Awareness', level: 2 })).toBeVisible();
  await expect(name).toHaveValue('Awareness');
});

test('renames a lane after clicking its header', async ({ page }) => {
  await page.getByRole('heading', { name: 'Touchpoints', level: 3 }).click();
  await expect(page.getByLabel('Lane: Touchpoints').locator('.lane-header')).toHaveClass(
    /lane-header--selected/,
  );
  const name = inspector(page).getByRole('textbox', { name: 'Lane name' });
  await name.fill('Channels');
  await expect(page.getByRole('heading', { name: 'Channels', level: 3 })).toBeVisible();
  await expect(page.getByRole('group', { name: 'Awareness, Channels' })).toBeVisible();

  await leaveField(page);
  await page.keyboard.press('Control+z');
  await expect(name).toHaveValue('Touchpoints');
});

test('is hidden and shown again by the toolbar button', async ({ page }) => {
  const toggle = page.getByRole('button', { name: 'Inspector', exact: true });
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await toggle.click();
  await expect(inspector(page)).toHaveCount(0);
  await toggle.click();
  await expect(inspector(page)).toBeVisible();
});

test('reaches stage and lane headers with the arrow keys, selects them with Enter and renames in place', async ({
  page,
}) => {
  const stageNode = page.locator('.react-flow__node-stageHeader').first();
  // The map is one Tab stop: its nodes are left out of the Tab order, the arrows move between them.
  await expect(stageNode).toHaveAttribute('tabindex', '-1');
  const laneNode = page.locator('.react-flow__node-laneHeader').first();
  await laneNode.focus();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('group', { name: 'Awareness, Actions' })).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(stageNode).toBeFocused();

  await page.keyboard.press('Enter');
  await expect(page.getByLabel('Stage 1: Awareness').locator('.stage-header')).toHaveClass(
    /stage-header--selected/,
  );
  await expect(inspector(page).getByRole('textbox', { name: 'Stage name' })).toHaveValue(
    'Awareness',
  );
  await stageNode.focus();
  await page.keyboard.press('Enter');
  const editor = page.getByRole('textbox', { name: 'Rename stage' });
  await expect(editor).toBeFocused();
  await editor.fill('Discovery');
  await editor.press('Enter');
  await expect(page.getByRole('heading', { name: 'Discovery', level: 2 })).toBeVisible();

  await laneNode.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('Lane: Actions').locator('.lane-header')).toHaveClass(
    /lane-header--selected/,
  );
});
