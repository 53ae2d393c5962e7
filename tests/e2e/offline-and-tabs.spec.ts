// Working with no network, and two tabs on the same journey.
import { expect, test } from '@playwright/test';
import { newJourney } from './support';

test('starts and edits with no network after one visit', async ({ page, context }) => {
  await page.goto('/');
  // An active service worker has finished precaching the whole app.
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });

  await context.setOffline(true);
  await page.reload();
  await newJourney(page);
  await page.getByRole('textbox', { name: 'Journey title' }).fill('Written on a train');
  await page.getByRole('group', { name: 'Awareness, Pain points' }).dblclick();
  await expect(page.getByRole('status')).toHaveText('Saved');

  await page.reload();
  await expect(page.getByRole('textbox', { name: 'Journey title' })).toHaveValue(
    'Written on a train',
  );
  await expect(page.getByRole('group', { name: /^Pain point:/ })).toHaveCount(1);
  await context.setOffline(false);
});

test('opens a second tab read-only, follows the first tab, and can take over', async ({
  context,
}) => {
  const first = await context.newPage();
  await newJourney(first);
  const url = first.url();
  const second = await context.newPage();
  await second.goto(url);

  await expect(second.getByRole('alert')).toContainText('being edited in another tab');
  await expect(second.getByRole('button', { name: 'Add stage' })).toBeDisabled();

  // The read-only tab follows what the editing tab saves.
  await first.getByRole('textbox', { name: 'Journey title' }).fill('Edited in the first tab');
  await expect(second.getByRole('textbox', { name: 'Journey title' })).toHaveValue(
    'Edited in the first tab',
  );

  // Taking over makes the second tab the editor and the first one read-only; nothing is lost.
  await second.getByRole('button', { name: 'Edit here instead' }).click();
  await expect(second.getByRole('button', { name: 'Add stage' })).toBeEnabled();
  await expect(first.getByRole('alert')).toContainText('being edited in another tab');
  await second.getByRole('group', { name: 'Purchase, Opportunities' }).dblclick();
  await expect(second.getByRole('status')).toHaveText('Saved');
  await expect(first.getByRole('group', { name: /^Opportunity:/ })).toHaveCount(1);
  await expect(first.getByRole('textbox', { name: 'Journey title' })).toHaveValue(
    'Edited in the first tab',
  );
});

test('stops writing and asks for a reload when a newer Parcours opens in another tab', async ({
  page,
}) => {
  await newJourney(page);
  await page.evaluate(() => {
    const channel = new BroadcastChannel('parcours');
    channel.postMessage({ type: 'hello', appVersion: '999.0.0', tabId: 'newer-tab' });
    channel.close();
  });
  await expect(page.getByRole('alert')).toContainText('Parcours was updated in another tab');
  await expect(page.getByRole('button', { name: 'Add stage' })).toBeDisabled();
});

test('edits a persona sheet with no network', async ({ page, context }) => {
  await page.goto('/');
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await context.setOffline(true);
  await page.goto('/#/personas');
  await page.reload();
  await page.getByRole('textbox', { name: 'Persona name' }).fill('Léa');
  await page.getByRole('button', { name: 'Add persona' }).click();
  await page.getByRole('link', { name: 'Edit Léa' }).click();
  await page.getByRole('textbox', { name: 'Role or job' }).fill('Nurse on night shifts');
  await page.reload();
  await expect(page.getByRole('textbox', { name: 'Role or job' })).toHaveValue(
    'Nurse on night shifts',
  );
  await context.setOffline(false);
});
