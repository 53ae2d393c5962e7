// Language: a French browser gets a French interface and a French default journey.
import { expect, test } from '@playwright/test';

test.use({ locale: 'fr-FR' });

test('follows the browser language for the library, the interface and the default map', async ({
  page,
}) => {
  await page.goto('/');
  await expect(page.getByRole('link', { name: 'Corbeille' })).toBeVisible();
  await page.getByRole('button', { name: 'Nouveau parcours' }).click();
  await page
    .getByRole('dialog', { name: 'Nouveau parcours' })
    .getByRole('button', { name: 'Parcours standard', exact: true })
    .click();
  await expect(page.getByRole('heading', { name: 'Découverte', level: 2 })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Points de friction', level: 3 })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Ajouter une ligne' })).toBeVisible();
  await expect(page.getByRole('status')).toHaveText('Enregistré');
});
