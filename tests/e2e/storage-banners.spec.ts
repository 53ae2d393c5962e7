// The storage banners a person meets when something goes wrong under an open journey: a deleted
// database and a full disk. Each names the cause in plain words, is reachable from the keyboard, and
// passes axe-core with no serious or critical violation, at a 1280×720 projector size.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { inPageAndSaveWorker, newJourney } from './support';

test.use({ viewport: { width: 1280, height: 720 } });

async function expectAccessible(page: Page, selector: string) {
  const results = await new AxeBuilder({ page }).include(selector).analyze();
  const serious = results.violations.filter(
    (violation) => violation.impact === 'serious' || violation.impact === 'critical',
  );
  expect(serious.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);
}

test('says so in plain words when the database is deleted under an open journey, and stores it again', async ({
  page,
  context,
}) => {
  await newJourney(page);
  await page.getByRole('textbox', { name: 'Journey title' }).fill('Kept after deletion');
  await expect(page.getByRole('status')).toHaveText('Saved');

  const other = await context.newPage();
  await other.goto('about:blank');
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const request = indexedDB.deleteDatabase('parcours');
        request.onsuccess = () => resolve();
        request.onblocked = () => resolve();
      }),
  );

  const alert = page.getByRole('alert');
  await expect(alert).toContainText('The Parcours data on this device was deleted.');
  await expect(alert).not.toContainText('updated in another tab');
  await expectAccessible(page, '[role="alert"]');

  // From the keyboard: the first button takes focus with a visible ring.
  const storeAgain = alert.getByRole('button', { name: 'Store this journey again' });
  await alert.getByRole('button', { name: 'Download a copy' }).focus();
  await page.keyboard.press('Shift+Tab');
  await expect(storeAgain).toBeFocused();
  const ring = await storeAgain.evaluate((button) => getComputedStyle(button).outlineStyle);
  expect(ring).not.toBe('none');

  // The journey is written into a new database, then the page reloads to open it from there.
  await Promise.all([page.waitForEvent('load'), page.keyboard.press('Enter')]);
  await expect(page.getByRole('textbox', { name: 'Journey title' })).toHaveValue(
    'Kept after deletion',
  );
  await expect(page.getByRole('status')).toHaveText('Saved');
  await page.reload();
  await expect(page.getByRole('textbox', { name: 'Journey title' })).toHaveValue(
    'Kept after deletion',
  );
  await other.close();
});

test('names a full disk even when the browser wraps the error in an abort', async ({ page }) => {
  await newJourney(page);
  // The way Chromium reports a full disk: the transaction aborts with a QuotaExceededError inside.
  await inPageAndSaveWorker(page, () => {
    const original = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args) {
      const request = original.apply(this, args);
      const transaction = this.transaction;
      // The write itself succeeds; committing it is what the disk refuses.
      request.addEventListener('success', () => transaction.abort());
      Object.defineProperty(transaction, 'error', {
        get: () => new DOMException('', 'QuotaExceededError'),
      });
      return request;
    };
  });
  await page.getByRole('textbox', { name: 'Journey title' }).fill('Too big for the disk');

  const alert = page.getByRole('alert');
  await expect(alert).toContainText('This device has run out of storage space for Parcours.');
  await expect(alert).not.toContainText('QuotaExceededError');
  await expectAccessible(page, '[role="alert"]');
});
