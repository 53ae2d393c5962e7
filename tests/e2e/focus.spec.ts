// Focus and filter in a workshop: narrow the map to one stage, lane, persona curve or channel,
// outline pain points and moments of truth, then clear it all. Focus is never part of the map.
import { expect, test, type Locator, type Page } from '@playwright/test';
import { centreOf, drag, linkNewPersona, newJourney } from './support';

const inspector = (page: Page) => page.getByRole('complementary', { name: 'Inspector' });
const cell = (page: Page, name: string) => page.getByRole('group', { name });
const toolbar = (page: Page) => page.getByRole('toolbar', { name: 'Journey tools' });
const focusButton = (page: Page) => toolbar(page).getByRole('button', { name: /^Focus/ });

/** The React Flow node that wraps the card (or point) with this accessible name. */
const nodeOf = (page: Page, name: string) => page.getByRole('group', { name, exact: true });

const CARDS = {
  instagram: 'Touchpoint: Instagram ad',
  comparison: 'Touchpoint: Comparison site',
  pickup: 'Touchpoint: Store pickup',
  scrolls: 'Note: Scrolls social media',
  fees: 'Pain point: Delivery fees revealed late',
  reviews: 'Moment of truth: Reads reviews',
  camilleCurious: 'Emotion 0: Camille curious',
  camilleRelieved: 'Emotion 0: Camille relieved',
  brunoDoubts: 'Emotion 0: Bruno doubts',
};
type CardKey = keyof typeof CARDS;

async function addIn(page: Page, name: string, text?: string) {
  await cell(page, name).dblclick({ position: { x: 20, y: 12 } });
  if (text !== undefined) await inspector(page).getByRole('textbox').first().fill(text);
}

async function createPersona(page: Page, name: string) {
  const strip = await linkNewPersona(page, name);
  await expect(strip.getByRole('button', { name: new RegExp(`^${name}:`) })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
}

async function addPoint(page: Page, cellName: string, label: string) {
  await addIn(page, cellName);
  await inspector(page).getByRole('textbox', { name: 'Label' }).fill(label);
}

/**
 * A standard journey with three touchpoints on two channels (web and store), a note, a pain
 * point, a moment of truth, Camille's curve (two points), Bruno's (one) and a connector.
 */
async function populatedMap(page: Page) {
  await newJourney(page);
  await addIn(page, 'Awareness, Touchpoints', 'Instagram ad');
  await addIn(page, 'Research & comparison, Touchpoints', 'Comparison site');
  await addIn(page, 'Purchase, Touchpoints', 'Store pickup');
  await inspector(page).getByRole('combobox', { name: 'Channel' }).selectOption({ label: 'Store' });
  await addIn(page, 'Awareness, Actions', 'Scrolls social media');
  await addIn(page, 'Purchase, Pain points', 'Delivery fees revealed late');
  await addIn(page, 'Research & comparison, Moments of truth', 'Reads reviews');
  await createPersona(page, 'Camille');
  await addPoint(page, 'Awareness, Emotions', 'Camille curious');
  await addPoint(page, 'Purchase, Emotions', 'Camille relieved');
  await createPersona(page, 'Bruno');
  await addPoint(page, 'Research & comparison, Emotions', 'Bruno doubts');

  const source = nodeOf(page, CARDS.instagram).locator('.react-flow__handle.source');
  const target = nodeOf(page, CARDS.comparison).locator('.react-flow__handle.target');
  await drag(page, await centreOf(source), await centreOf(target));
  await expect(page.locator('.react-flow__edge')).toHaveCount(1);
  // Nothing selected, as a facilitator would leave it before turning to the room.
  await page.keyboard.press('Escape');
  await expect(page.getByRole('status')).toHaveText('Saved');
}

/** Only these cards are in focus: the others are dimmed, in class and in opacity. */
async function expectOnlyClear(page: Page, clear: CardKey[]) {
  for (const key of Object.keys(CARDS) as CardKey[]) {
    const node = nodeOf(page, CARDS[key]);
    if (clear.includes(key)) {
      await expect(node, `${key} in focus`).not.toHaveClass(/focus-dimmed/);
      await expect(node).toHaveCSS('opacity', '1');
    } else {
      await expect(node, `${key} dimmed`).toHaveClass(/focus-dimmed/);
      await expect(node).toHaveCSS('opacity', '0.25');
    }
  }
}

async function chooseFocus(page: Page, option: string) {
  await focusButton(page).click();
  const menu = page.getByRole('group', { name: 'Focus and filter' });
  await menu.getByRole('combobox', { name: 'Focus' }).selectOption({ label: option });
  // Choosing closes the menu.
  await expect(menu).toBeHidden();
}

const connector = (page: Page): Locator => page.locator('.react-flow__edge');

// Building the populated map by hand takes a while on a busy two-core machine.
test.describe.configure({ timeout: 60_000 });

test('focuses a stage, a lane, a persona curve and a channel, then clears the focus', async ({
  page,
}) => {
  await populatedMap(page);
  await expect(focusButton(page)).toHaveAccessibleName('Focus');

  // One stage, from the Focus menu.
  await chooseFocus(page, '3. Purchase');
  await expect(focusButton(page)).toHaveAccessibleName('Focus: Purchase');
  await expectOnlyClear(page, ['pickup', 'fees', 'camilleRelieved']);
  await expect(page.locator('.react-flow__node-stageHeader.focus-dimmed')).toHaveCount(3);
  await expect(connector(page)).toHaveClass(/connector--dimmed/);

  // One lane, with the F key on the selected lane header.
  await page.getByRole('heading', { name: 'Touchpoints', level: 3 }).click();
  await page.keyboard.press('f');
  await expect(focusButton(page)).toHaveAccessibleName('Focus: Touchpoints');
  await expectOnlyClear(page, ['instagram', 'comparison', 'pickup']);
  // Both ends of the connector are touchpoints: it stays in focus.
  await expect(connector(page)).not.toHaveClass(/connector--dimmed/);
  await page.keyboard.press('Escape');

  // One persona's emotion curve.
  await chooseFocus(page, 'Camille');
  await expectOnlyClear(page, ['camilleCurious', 'camilleRelieved']);
  const curves = page.locator('.emotion-curve__line');
  await expect(curves).toHaveCount(2);
  await expect(page.locator('.emotion-curve__line--dimmed')).toHaveCount(1);
  const camilleColour = await page
    .getByRole('button', { name: /^Camille:/ })
    .locator('.persona-chip__swatch')
    .evaluate((swatch) => getComputedStyle(swatch).backgroundColor);
  const clearStroke = await page
    .locator('.emotion-curve__line:not(.emotion-curve__line--dimmed)')
    .evaluate((path) => getComputedStyle(path).stroke);
  expect(clearStroke).toBe(camilleColour);
  await expect(connector(page)).toHaveClass(/connector--dimmed/);

  // One channel.
  await chooseFocus(page, 'Store');
  await expect(focusButton(page)).toHaveAccessibleName('Focus: Store');
  await expectOnlyClear(page, ['pickup']);

  // Clear focus puts the whole map back.
  await toolbar(page).getByRole('button', { name: 'Clear focus' }).click();
  await expect(page.locator('.focus-dimmed')).toHaveCount(0);
  await expect(page.locator('.connector--dimmed, .emotion-curve__line--dimmed')).toHaveCount(0);
  await expectOnlyClear(page, Object.keys(CARDS) as CardKey[]);
  await expect(focusButton(page)).toHaveAccessibleName('Focus');
  await expect(toolbar(page).getByRole('button', { name: 'Clear focus' })).toHaveCount(0);
});

test('highlights exactly the pain points and the moments of truth', async ({ page }) => {
  await populatedMap(page);
  await focusButton(page).click();
  const menu = page.getByRole('group', { name: 'Focus and filter' });

  await menu.getByRole('button', { name: 'Pain points' }).click();
  await expect(menu.getByRole('button', { name: 'Pain points' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  const highlighted = page.locator('.react-flow__node.focus-highlighted');
  await expect(highlighted).toHaveCount(1);
  await expect(nodeOf(page, CARDS.fees)).toHaveClass(/focus-highlighted/);
  // Highlights mark; they do not dim the rest.
  await expect(page.locator('.focus-dimmed')).toHaveCount(0);

  await menu.getByRole('button', { name: 'Pain points' }).click();
  await menu.getByRole('button', { name: 'Moments of truth' }).click();
  await expect(highlighted).toHaveCount(1);
  await expect(nodeOf(page, CARDS.reviews)).toHaveClass(/focus-highlighted/);
  await expect(focusButton(page)).toHaveAccessibleName('Focus: Moments of truth');

  // A stage flagged with a moment of truth is marked too.
  await page.keyboard.press('Escape');
  await page.getByRole('heading', { name: 'Purchase', level: 2 }).click();
  await inspector(page)
    .getByRole('combobox', { name: 'Moment of truth' })
    .selectOption({ label: 'FMOT – first moment of truth' });
  await expect(highlighted).toHaveCount(2);
  await expect(page.locator('.react-flow__node-stageHeader.focus-highlighted')).toContainText(
    'Purchase',
  );

  await toolbar(page).getByRole('button', { name: 'Clear focus' }).click();
  await expect(highlighted).toHaveCount(0);
});

test('focus is not an edit: nothing to undo, nothing saved, gone after a reload', async ({
  page,
}) => {
  await newJourney(page);
  const undo = toolbar(page).getByRole('button', { name: 'Undo' });
  await expect(undo).toBeDisabled();

  // From the stage inspector.
  await page.getByRole('heading', { name: 'Research & comparison', level: 2 }).click();
  const focusThis = inspector(page).getByRole('button', { name: 'Focus this stage' });
  await focusThis.click();
  await expect(focusThis).toHaveAttribute('aria-pressed', 'true');
  await expect(focusButton(page)).toHaveAccessibleName('Focus: Research & comparison');
  await expect(cell(page, 'Awareness, Actions')).toHaveClass(/focus-dimmed/);
  await expect(cell(page, 'Research & comparison, Actions')).not.toHaveClass(/focus-dimmed/);
  await expect(undo).toBeDisabled();
  await expect(page.getByRole('status')).toHaveText('Saved');

  // Escape in the inspector goes back to the map; there it clears the selection first, then the
  // focus.
  await page.keyboard.press('Escape');
  await expect(inspector(page).getByRole('button', { name: 'Focus this stage' })).not.toBeFocused();
  await page.keyboard.press('Escape');
  await expect(page.locator('.focus-dimmed').first()).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.locator('.focus-dimmed')).toHaveCount(0);

  // Shift+F clears it too.
  await page.getByRole('heading', { name: 'Purchase', level: 2 }).click();
  await page.keyboard.press('f');
  await expect(focusButton(page)).toHaveAccessibleName('Focus: Purchase');
  await page.keyboard.press('Shift+F');
  await expect(focusButton(page)).toHaveAccessibleName('Focus');

  // A focus left on is not saved with the journey.
  await page.keyboard.press('f');
  await expect(page.locator('.focus-dimmed').first()).toBeVisible();
  await expect(undo).toBeDisabled();
  await page.reload();
  await expect(page.getByRole('group').first()).toBeVisible();
  await expect(focusButton(page)).toHaveAccessibleName('Focus');
  await expect(page.locator('.focus-dimmed')).toHaveCount(0);
  await expect(undo).toBeDisabled();
});
