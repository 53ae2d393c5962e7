// axe-core on the five screens a workshop meets (the library, the editor, the persona editor, the
// export dialog and present mode), in English and in French, at a 1280×720 projector size: no
// critical or serious violation on any of them.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { en } from '../../src/i18n/en';
import { fr } from '../../src/i18n/fr';
import { panBy } from './support';

test.use({ viewport: { width: 1280, height: 720 } });

/** Fails with every critical or serious violation: rule, how many elements, and the first one. */
async function expectAccessible(page: Page, screen: string) {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter(
    (violation) => violation.impact === 'serious' || violation.impact === 'critical',
  );
  expect(
    serious.map(
      (violation) =>
        `${screen}: ${violation.id} on ${violation.nodes.length} (${violation.nodes[0]?.target.join(' ')}): ${violation.help}`,
    ),
  ).toEqual([]);
}

/** A shipped template with every card kind, moments of truth and connectors. */
const LANGUAGES = [
  ['en-US', en, 'Omnichannel retail'],
  ['fr-FR', fr, 'Commerce omnicanal'],
] as const;

for (const [locale, text, template] of LANGUAGES) {
  test.describe(`in ${locale}`, () => {
    test.use({ locale });

    test('the library, the editor, the export dialog and present mode pass axe-core', async ({
      page,
    }) => {
      // Five whole-page audits: on a busy 2-core machine each one can take several seconds.
      test.slow();
      await page.goto('/');
      const newJourney = page.getByRole('button', { name: text.library.newJourney });
      await expect(newJourney).toBeVisible();
      await expectAccessible(page, 'library');

      await newJourney.click();
      await page
        .getByRole('dialog', { name: text.library.newJourney })
        .getByRole('button', { name: template, exact: true })
        .click();
      await expect(page.getByRole('status')).toHaveText(text.session.saved);
      await expectAccessible(page, 'editor');
      // Closer in, cards show their badges: moments of truth, opportunity chips, channels.
      // The map opens readable on its top rows: pan down to the moments of truth.
      for (let tries = 0; (await page.locator('.moment-badge').count()) === 0; tries++) {
        expect(tries, 'moment-of-truth badges come into view').toBeLessThan(8);
        await panBy(page, 0, 300);
      }
      await expect(page.locator('.level--opportunity').first()).toBeVisible();
      await expectAccessible(page, 'editor, zoomed in');

      await page.getByRole('button', { name: text.io.export, exact: true }).click();
      await expect(page.getByRole('dialog', { name: text.export.title })).toBeVisible();
      await expectAccessible(page, 'export dialog');
      await page.keyboard.press('Escape');
      await expect(page.getByRole('dialog', { name: text.export.title })).toHaveCount(0);

      await page.getByRole('button', { name: text.present.start, exact: true }).click();
      await expect(page.getByRole('button', { name: text.present.leave })).toBeVisible();
      await expectAccessible(page, 'present mode');
    });

    test('the persona editor passes axe-core', async ({ page }) => {
      await page.goto('/#/personas');
      await page.getByRole('textbox', { name: text.library.personaName }).fill('Camille');
      await page.getByRole('button', { name: text.library.addPersona }).click();
      await page
        .getByRole('link', { name: text.persona.edit.replace('{{name}}', 'Camille') })
        .click();
      await expect(page.getByRole('textbox', { name: text.persona.name })).toHaveValue('Camille');
      await expectAccessible(page, 'persona editor');
    });
  });
}
