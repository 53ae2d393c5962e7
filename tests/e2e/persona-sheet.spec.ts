// The persona sheet: a one-page handout that never overflows its page, even with very long texts,
// exported as a PNG and as a one-page PDF.
import { expect, test, type Download, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';

const LONG_BIO = Array.from(
  { length: 40 },
  (_, i) => `Sentence ${i + 1} of a very long biography that goes on and on.`,
)
  .join(' ')
  .padEnd(2_000, ' more')
  .slice(0, 2_000);
const GOALS = Array.from(
  { length: 14 },
  (_, i) =>
    `Goal number ${i + 1}: get things done quickly without calling anyone, and keep the receipts tidy for the accountant`,
);

async function createPersona(page: Page, name: string) {
  await page.goto('/#/personas');
  await page.getByRole('textbox', { name: 'Persona name' }).fill(name);
  await page.getByRole('button', { name: 'Add persona' }).click();
  await page.getByRole('link', { name: `Edit ${name}` }).click();
}

async function bytesOf(download: Download): Promise<Buffer> {
  const path = await download.path();
  return readFile(path);
}

test('shows a one-page persona sheet with long texts and exports it as PNG and PDF', async ({
  page,
}) => {
  await createPersona(page, 'Camille');
  await page.getByRole('textbox', { name: 'Name' }).fill('Camille Martin');
  await page.getByRole('spinbutton', { name: 'Age' }).fill('34');
  await page.getByRole('textbox', { name: 'Role or job' }).fill('Store manager');
  await page.getByRole('textbox', { name: 'Location' }).fill('Lyon');
  await page
    .getByRole('textbox', { name: 'Quote' })
    .fill('I want the real price, <b>up front</b>.');
  await page.getByRole('textbox', { name: 'Short bio' }).fill(LONG_BIO);
  await page.getByRole('textbox', { name: 'Goals' }).fill(GOALS.join('\n'));
  await page.getByRole('textbox', { name: 'Frustrations and pain points' }).fill('Hidden fees');
  await page.getByRole('checkbox', { name: 'Mobile app' }).check();
  await page.getByRole('combobox', { name: 'Tech savviness' }).selectOption('4');
  await page.getByRole('textbox', { name: 'Tags (comma-separated)' }).fill('urban, omnichannel');
  await page.getByRole('button', { name: 'Add a custom field' }).click();
  await page.getByRole('textbox', { name: 'Label of custom field 1' }).fill('Budget');
  await page.getByRole('textbox', { name: 'Value of Budget' }).fill('€200 a month');

  await page.getByRole('link', { name: 'Persona sheet' }).click();
  const sheet = page.getByRole('article', { name: 'Preview of the persona sheet' });
  await expect(sheet.getByRole('heading', { name: 'Camille Martin' })).toBeVisible();
  await expect(sheet.getByText('I want the real price, <b>up front</b>.')).toBeVisible();
  await expect(sheet.locator('b')).toHaveCount(0);
  await expect(sheet.getByText('+ 9 more')).toBeVisible();
  await expect(sheet.getByRole('img', { name: 'Tech savviness: 4 out of 5' })).toBeVisible();
  await expect(sheet.getByText('€200 a month')).toBeVisible();

  for (const paper of ['Letter (portrait)', 'A4 (portrait)']) {
    await page.getByRole('combobox', { name: 'Paper size' }).selectOption({ label: paper });
    const fits = await sheet.evaluate((el) => {
      const box = el.getBoundingClientRect();
      const inside = [...el.querySelectorAll('*')].every((child) => {
        const r = child.getBoundingClientRect();
        // Clipped descendants do not count: only what is visible inside the page.
        return r.bottom <= box.bottom + 0.5 || r.height === 0 || isClipped(child, el);
      });
      function isClipped(child: Element, root: Element): boolean {
        for (let p = child.parentElement; p && p !== root; p = p.parentElement) {
          const style = getComputedStyle(p);
          if (style.overflow !== 'visible' && p.getBoundingClientRect().bottom <= box.bottom + 0.5)
            return true;
        }
        return false;
      }
      return { scroll: el.scrollHeight, client: el.clientHeight, inside };
    });
    expect(fits.scroll).toBeLessThanOrEqual(fits.client);
    expect(fits.inside).toBe(true);
  }
  await expect(page.getByRole('button', { name: 'Print' })).toBeVisible();

  const [png] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download PNG' }).click(),
  ]);
  expect(png.suggestedFilename()).toBe('camille-martin.persona.png');
  const pngBytes = await bytesOf(png);
  expect(pngBytes.length).toBeGreaterThan(1_000);
  expect([...pngBytes.subarray(0, 8)]).toEqual([137, 80, 78, 71, 13, 10, 26, 10]);

  const [pdf] = await Promise.all([
    page.waitForEvent('download', { timeout: 20_000 }),
    page.getByRole('button', { name: 'Download PDF' }).click(),
  ]);
  expect(pdf.suggestedFilename()).toBe('camille-martin.persona.pdf');
  const pdfBytes = await bytesOf(pdf);
  expect(pdfBytes.length).toBeGreaterThan(1_000);
  const pdfText = pdfBytes.toString('latin1');
  expect(pdfText.startsWith('%PDF-')).toBe(true);
  expect(pdfText.match(/\/Type\s*\/Page(?!s)/g) ?? []).toHaveLength(1);
  await expect(page.getByRole('status').filter({ hasText: 'Downloaded' })).toBeVisible();
});

test.describe('in French', () => {
  test.use({ locale: 'fr-FR' });

  test('labels the sheet and its controls in French', async ({ page }) => {
    await page.goto('/#/personas');
    await page.getByRole('textbox', { name: 'Nom du persona' }).fill('Inès');
    await page.getByRole('button', { name: 'Ajouter le persona' }).click();
    await page.getByRole('link', { name: 'Modifier Inès' }).click();
    await page.getByRole('link', { name: 'Fiche persona' }).click();
    await expect(page.getByRole('article', { name: 'Aperçu de la fiche persona' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Imprimer' })).toBeVisible();
    await expect(page.getByRole('combobox', { name: 'Format du papier' })).toBeVisible();
  });
});
