// Linking a persona to journeys from its own page: the link is stored in the journey, found again
// after a reload and in the journey's editor; a journey open in another tab is left alone, with a
// message saying so; the page passes axe.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { startFrom } from './support';

const JOURNEY = 'Hotel stay journey';

/** Creates a Hotel stay journey and returns its address. */
async function hotelStay(page: Page): Promise<string> {
  await page.goto('/');
  await startFrom(page, 'Hotel stay');
  await expect(page).toHaveURL(/#\/journey\//);
  await expect(page.getByRole('status')).toHaveText('Saved');
  return page.url();
}

async function newPersonaPage(page: Page, name: string) {
  await page.goto('/#/personas');
  await page.getByRole('textbox', { name: 'Persona name' }).fill(name);
  await page.getByRole('button', { name: 'Add persona' }).click();
  await page.getByRole('link', { name: `Edit ${name}` }).click();
  await expect(page.getByRole('heading', { name, level: 1 })).toBeVisible();
}

const picker = (page: Page) => page.getByRole('group', { name: /^Journeys .* walks$/ });

test('links a persona to a journey from its page, and the journey has it after a reload', async ({
  page,
}) => {
  const journeyUrl = await hotelStay(page);
  await newPersonaPage(page, 'Camille');
  await expect(page.getByText('Not linked to any journey yet')).toBeVisible();

  await page.getByText('Link to a journey…').click();
  await picker(page).getByRole('checkbox', { name: JOURNEY }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Linked to' })).toHaveText(
    `Linked to “${JOURNEY}”.`,
  );
  await expect(page.getByText(`Used in: ${JOURNEY}`)).toBeVisible();

  const results = await new AxeBuilder({ page }).include('.persona-editor').analyze();
  const serious = results.violations.filter(
    (violation) => violation.impact === 'serious' || violation.impact === 'critical',
  );
  expect(
    serious.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`),
  ).toEqual([]);

  await page.reload();
  await expect(page.getByText(`Used in: ${JOURNEY}`)).toBeVisible();
  await page.getByText('Link to a journey…').click();
  await expect(picker(page).getByRole('checkbox', { name: JOURNEY })).toBeChecked();

  // The journey itself holds the persona: its editor shows Camille's chip, after a reload too.
  await page.goto(journeyUrl);
  const strip = page.getByRole('region', { name: 'Personas in this journey' });
  await expect(strip.getByRole('button', { name: /^Camille:/ })).toBeVisible();
  await page.reload();
  await expect(strip.getByRole('button', { name: /^Camille:/ })).toBeVisible();

  // Unlinking from the persona page asks first, then takes the persona out of the journey.
  await page.goto('/#/personas');
  await page.getByRole('link', { name: 'Edit Camille' }).click();
  await page.getByText('Link to a journey…').click();
  page.once('dialog', (dialog) => void dialog.accept());
  await picker(page).getByRole('checkbox', { name: JOURNEY }).click();
  await expect(page.getByText('Not linked to any journey yet')).toBeVisible();
  await page.reload();
  await expect(page.getByText('Not linked to any journey yet')).toBeVisible();
});

test('leaves a journey open in another tab alone and says so', async ({ page, context }) => {
  const journeyUrl = await hotelStay(page);
  await newPersonaPage(page, 'Inès');

  const other = await context.newPage();
  await other.goto(journeyUrl);
  await expect(other.getByRole('status')).toHaveText('Saved');

  await page.getByText('Link to a journey…').click();
  const box = picker(page).getByRole('checkbox', { name: JOURNEY });
  await box.click();
  await expect(page.getByRole('alert')).toContainText(`“${JOURNEY}” is open in another tab`);
  await expect(box).not.toBeChecked();
  await expect(page.getByText('Not linked to any journey yet')).toBeVisible();

  // Once that tab is closed, the link goes through.
  await other.close();
  await box.click();
  await expect(page.getByText(`Used in: ${JOURNEY}`)).toBeVisible();
  await page.reload();
  await expect(page.getByText(`Used in: ${JOURNEY}`)).toBeVisible();
});
