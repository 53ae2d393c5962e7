// The CSV export's separator: semicolons by default in a French interface (French spreadsheets read
// the comma as the decimal mark), commas once chosen, and the choice kept on the device.
import { expect, test, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';

test.use({ locale: 'fr-FR' });

async function exportCsv(page: Page) {
  const dialog = page.getByRole('dialog', { name: 'Exporter' });
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    dialog.getByRole('button', { name: 'Tableau CSV', exact: true }).click(),
  ]);
  return (await readFile(await file.path())).toString('utf8').replace(/^\uFEFF/, '');
}

test('a French interface exports semicolons, and choosing the comma gives commas from then on', async ({
  page,
}) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Nouveau parcours' }).click();
  await page
    .getByRole('dialog', { name: 'Nouveau parcours' })
    .getByRole('button', { name: 'Séjour à l’hôtel', exact: true })
    .click();
  await expect(page.getByRole('status')).toHaveText('Enregistré');

  await page.getByRole('button', { name: 'Exporter', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Exporter' });
  const separator = dialog.getByRole('combobox', { name: 'Séparateur CSV' });
  await expect(separator).toHaveValue(';');
  const semicolons = await exportCsv(page);
  const [header, firstRow] = semicolons.split('\r\n');
  expect(header).toMatch(/^stage;lane;kind;text;/);
  expect(firstRow?.split(';').slice(0, 2)).toEqual(['Réservation', 'Actions']);

  await separator.selectOption({ label: 'Virgule (,)' });
  const commas = await exportCsv(page);
  expect(commas.split('\r\n')[0]).toMatch(/^stage,lane,kind,text,/);

  // The choice is remembered on this device.
  await page.reload();
  await page.getByRole('button', { name: 'Exporter', exact: true }).click();
  await expect(
    page
      .getByRole('dialog', { name: 'Exporter' })
      .getByRole('combobox', { name: 'Séparateur CSV' }),
  ).toHaveValue(',');
});
