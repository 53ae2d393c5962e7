// The journey canvas as a workshop facilitator drives it: every card kind, connectors, moving,
// emotion scores, keyboard shortcuts, the palette, personas, and undo/redo of all of it.
import { expect, test, type Page } from '@playwright/test';
import { centreOf, drag, isInside, newJourney, startFrom, showWholeMap } from './support';

const inspector = (page: Page) => page.getByRole('complementary', { name: 'Inspector' });
const cell = (page: Page, name: string) => page.getByRole('group', { name });

/** Double-clicks near the cell's top-left, clear of cards already stacked in it. */
async function addIn(page: Page, name: string) {
  await cell(page, name).dblclick({ position: { x: 20, y: 12 } });
}

/** Types the selected card's main text: the inspector's first text field, whatever its label. */
async function titleCard(page: Page, value: string) {
  await inspector(page).getByRole('textbox').first().fill(value);
}

async function connect(page: Page, from: string, to: string) {
  const source = page.getByRole('group', { name: from }).locator('.react-flow__handle.source');
  const target = page.getByRole('group', { name: to }).locator('.react-flow__handle.target');
  await drag(page, await centreOf(source), await centreOf(target));
}

test('builds a four-stage map with every card kind and a connector, then undoes and redoes it all', async ({
  page,
}) => {
  // Some forty steps, each undone and redone with a key press: on a busy two-core machine this
  // takes close to the default 30 s.
  test.slow();
  await newJourney(page);
  await addIn(page, 'Awareness, Touchpoints');
  await titleCard(page, 'Instagram ad');
  await addIn(page, 'Research & comparison, Touchpoints');
  await titleCard(page, 'Comparison site');
  await addIn(page, 'Awareness, Actions');
  await titleCard(page, 'Scrolls social media');
  await addIn(page, 'Purchase, Pain points');
  await titleCard(page, 'Delivery fees revealed late');
  await addIn(page, 'Purchase, Opportunities');
  await titleCard(page, 'Show fees on product page');
  await addIn(page, 'Research & comparison, Moments of truth');
  await titleCard(page, 'Reads reviews');
  await addIn(page, 'Awareness, Emotions');
  await expect(page.getByRole('group', { name: /^Emotion 0/ })).toHaveCount(1);

  await connect(page, 'Touchpoint: Instagram ad', 'Touchpoint: Comparison site');
  await expect(page.locator('.react-flow__edge')).toHaveCount(1);
  await expect(inspector(page).getByRole('heading', { name: 'Connector' })).toBeVisible();
  await inspector(page).getByRole('textbox', { name: 'Label' }).fill('clicks through');
  await expect(page.locator('.connector-label__text')).toHaveText('clicks through');

  for (const name of [
    'Touchpoint: Instagram ad',
    'Note: Scrolls social media',
    'Pain point: Delivery fees revealed late',
    'Opportunity: Show fees on product page',
    'Moment of truth: Reads reviews',
  ]) {
    await expect(page.getByRole('group', { name })).toBeVisible();
  }

  // Undo everything, back to the empty map, then redo everything.
  await page.locator('.react-flow__pane').click({ position: { x: 5, y: 5 } });
  const undo = page.getByRole('button', { name: 'Undo' });
  while (await undo.isEnabled()) await page.keyboard.press('Control+z');
  await expect(page.locator('.react-flow__node-card, .react-flow__node-emotionPoint')).toHaveCount(
    0,
  );
  await expect(page.locator('.react-flow__edge')).toHaveCount(0);
  const redo = page.getByRole('button', { name: 'Redo' });
  while (await redo.isEnabled()) await page.keyboard.press('Control+Shift+z');
  await expect(page.getByRole('group', { name: 'Moment of truth: Reads reviews' })).toBeVisible();
  await expect(page.locator('.connector-label__text')).toHaveText('clicks through');
});

test('moves cards with the keyboard, duplicates, copies into another journey and deletes', async ({
  page,
}) => {
  await newJourney(page);
  await addIn(page, 'Awareness, Pain points');
  await titleCard(page, 'Hard to find opening hours');
  const card = page.getByRole('group', { name: 'Pain point: Hard to find opening hours' });
  await card.click();

  await page.keyboard.press('ArrowRight');
  await expect
    .poll(() => isInside(card, cell(page, 'Research & comparison, Pain points')))
    .toBe(true);
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => isInside(card, cell(page, 'Purchase, Pain points'))).toBe(true);
  await page.keyboard.press('Control+z');
  await expect
    .poll(() => isInside(card, cell(page, 'Research & comparison, Pain points')))
    .toBe(true);

  await page.keyboard.press('Control+d');
  await expect(
    page.getByRole('group', { name: 'Pain point: Hard to find opening hours' }),
  ).toHaveCount(2);
  await page.keyboard.press('Delete');
  await expect(
    page.getByRole('group', { name: 'Pain point: Hard to find opening hours' }),
  ).toHaveCount(1);

  await card.click();
  await page.keyboard.press('Control+c');
  // Paste into another journey: the clipboard outlives the journey it came from.
  await page.getByRole('link', { name: 'Parcours' }).click();
  await startFrom(page, 'Standard journey');
  await expect(page.getByRole('status')).toHaveText('Saved');
  await showWholeMap(page);
  await cell(page, 'After-sales & loyalty, Pain points').click({ position: { x: 20, y: 12 } });
  await page.keyboard.press('Control+v');
  const pasted = page.getByRole('group', { name: 'Pain point: Hard to find opening hours' });
  await expect(pasted).toHaveCount(1);
  await expect
    .poll(() => isInside(pasted, cell(page, 'After-sales & loyalty, Pain points')))
    .toBe(true);
});

test('adds cards from the keyboard and the palette, selects all, and lists the shortcuts', async ({
  page,
}) => {
  await newJourney(page);
  await cell(page, 'Purchase, Opportunities').click({ position: { x: 20, y: 12 } });
  // N adds a card and starts typing into it at once: the "p" and "f" below go into the card,
  // never to the present (P) and focus (F) shortcuts.
  await page.keyboard.press('n');
  await expect(page.getByRole('group', { name: /^Opportunity:/ })).toHaveCount(1);
  await expect(page.getByRole('textbox', { name: 'Text of this Opportunity' })).toBeFocused();
  await page.keyboard.type('Pick up in 1 hour, free');
  // Enter keeps the card and starts the next one; Escape drops that blank one and stops.
  await page.keyboard.press('Enter');
  await expect(page.getByRole('group', { name: /^Opportunity:/ })).toHaveCount(2);
  await page.keyboard.press('Escape');
  await expect(page.getByRole('group', { name: /^Opportunity:/ })).toHaveCount(1);
  await expect(
    page.getByRole('group', { name: 'Opportunity: Pick up in 1 hour, free' }),
  ).toBeVisible();
  await expect(page.getByRole('button', { name: 'Exit' })).toHaveCount(0);

  // Drag a moment of truth from the palette onto a cell.
  const palette = page.getByRole('toolbar', { name: 'Card palette' });
  await palette
    .getByRole('button', { name: 'Moment of truth' })
    .dragTo(cell(page, 'Awareness, Moments of truth'));
  await expect(page.getByRole('group', { name: /^Moment of truth:/ })).toHaveCount(1);

  // Click a palette item to add to the selected cell.
  await cell(page, 'Awareness, Actions').click({ position: { x: 20, y: 12 } });
  await palette.getByRole('button', { name: 'Pain point' }).click();
  await expect(page.getByRole('group', { name: /^Pain point:/ })).toHaveCount(1);

  await page.locator('.react-flow__pane').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('Control+a');
  await page.keyboard.press('Delete');
  await expect(page.locator('.react-flow__node-card')).toHaveCount(0);
  await page.keyboard.press('Control+z');
  await expect(page.locator('.react-flow__node-card')).toHaveCount(3);

  await page.keyboard.press('?');
  const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('Zoom to fit the whole map');
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();
});

test('links personas, draws each curve in its colour, and changes a score by dragging', async ({
  page,
}) => {
  await newJourney(page);
  const strip = page.getByRole('region', { name: 'Personas in this journey' });
  await strip.getByRole('textbox', { name: 'New persona name' }).fill('Camille');
  await strip.getByRole('button', { name: 'Create and link' }).click();
  await expect(strip.getByRole('button', { name: /^Camille:/ })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await strip.getByRole('textbox', { name: 'New persona name' }).fill('Bruno');
  await strip.getByRole('button', { name: 'Create and link' }).click();

  await addIn(page, 'Awareness, Emotions');
  await addIn(page, 'Research & comparison, Emotions');
  await strip.getByRole('button', { name: /^Camille:/ }).click();
  await addIn(page, 'Purchase, Emotions');

  const curves = page.locator('.emotion-curve__line');
  await expect(curves).toHaveCount(2);
  const colours = await curves.evaluateAll((paths) => paths.map((p) => p.getAttribute('stroke')));
  expect(new Set(colours).size).toBe(2);

  const point = page.getByRole('group', { name: /^Emotion 0/ }).first();
  const box = (await centreOf(cell(page, 'Awareness, Emotions'))).box;
  const start = await centreOf(point);
  await drag(page, start, { x: start.x, y: box.y + box.height - 4 });
  await expect(page.getByRole('group', { name: /^Emotion -2/ })).toHaveCount(1);

  // Unlinking takes the persona's points away; undo brings them back.
  await strip.getByRole('button', { name: 'Unlink Bruno' }).click();
  await expect(curves).toHaveCount(1);
  await page.keyboard.press('Control+z');
  await expect(curves).toHaveCount(2);
});

test('renames stages, lanes and cards in place, and collapses a lane', async ({ page }) => {
  await newJourney(page);
  await page.getByRole('heading', { name: 'Purchase', level: 2 }).dblclick();
  const stageName = page.getByRole('textbox', { name: 'Rename stage' });
  await expect(stageName).toBeFocused();
  await stageName.fill('Checkout');
  await stageName.press('Enter');
  await expect(page.getByRole('heading', { name: 'Checkout', level: 2 })).toBeVisible();

  await page
    .getByRole('heading', { name: 'Backstage', level: 3 })
    .or(page.getByRole('heading', { name: 'Actions', level: 3 }))
    .first()
    .dblclick();
  const laneName = page.getByRole('textbox', { name: 'Rename lane' });
  await laneName.fill('Customer actions');
  await laneName.press('Enter');
  await expect(page.getByRole('heading', { name: 'Customer actions', level: 3 })).toBeVisible();

  await addIn(page, 'Checkout, Customer actions');
  const card = page.getByRole('group', { name: 'Note: Untitled' });
  await card.dblclick();
  await page.getByRole('textbox', { name: 'Text of this Note' }).fill('Pays with a saved card');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('group', { name: 'Note: Pays with a saved card' })).toBeVisible();

  await page.getByRole('button', { name: 'Collapse Customer actions' }).click();
  await expect(page.getByRole('group', { name: 'Note: Pays with a saved card' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Expand Customer actions' }).click();
  await expect(page.getByRole('group', { name: 'Note: Pays with a saved card' })).toBeVisible();

  await page.keyboard.press('Control+z');
  await page.keyboard.press('Control+z');
  await page.keyboard.press('Control+z');
  await expect(page.getByRole('group', { name: 'Note: Untitled' })).toBeVisible();
});

test('draws every node at the size its layout gives it, so none needs measuring', async ({
  page,
}) => {
  // React Flow takes the layout's sizes as measured (src/canvas/nodeBox.ts): a node drawn at
  // another size would be measured again, and would overlap or leave gaps beside its neighbours.
  await page.goto('/');
  await startFrom(page, 'Hotel stay');
  await expect(page.locator('.react-flow__node-card').first()).toBeVisible();
  await showWholeMap(page);
  const sizes = await page.locator('.react-flow__node').evaluateAll((nodes) =>
    nodes.map((node) => {
      const element = node as HTMLElement;
      return {
        id: element.dataset.id,
        layout: [parseFloat(element.style.width), parseFloat(element.style.height)],
        drawn: [element.offsetWidth, element.offsetHeight],
      };
    }),
  );
  expect(sizes.length).toBeGreaterThan(60);
  for (const { id, layout, drawn } of sizes) expect(drawn, id).toEqual(layout);
});
