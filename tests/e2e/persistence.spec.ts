// Storage: every edit survives a reload, the library remembers journeys, broken records and failed
// writes are reported without losing anything.
import { expect, test } from '@playwright/test';
import { inPageAndSaveWorker, newJourney, showWholeMap } from './support';

const CARD_CELLS = [
  { cell: 'Awareness, Actions', card: /^Note:/ },
  { cell: 'Awareness, Touchpoints', card: /^Touchpoint:/ },
  { cell: 'Research & comparison, Thoughts & feelings', card: /^Note:/ },
  { cell: 'Research & comparison, Emotions', card: /^Emotion 0/ },
  { cell: 'Purchase, Pain points', card: /^Pain point:/ },
  { cell: 'Purchase, Opportunities', card: /^Opportunity:/ },
  { cell: 'After-sales & loyalty, Moments of truth', card: /^Moment of truth:/ },
];

test('finds every edit again after reloading right away', async ({ page }) => {
  await newJourney(page);
  const title = page.getByRole('textbox', { name: 'Journey title' });
  await title.fill('Click & collect');
  await page.getByRole('button', { name: 'Add stage' }).click();
  await page.getByRole('button', { name: 'Fit the whole map', exact: true }).click();
  for (const { cell } of CARD_CELLS) {
    // Near the cell's top-left corner, clear of the minimap in the bottom-right of the canvas.
    await page.getByRole('group', { name: cell }).dblclick({ position: { x: 30, y: 30 } });
  }
  // Reload without waiting for the autosave delay: the pending save is flushed on pagehide.
  await page.reload();
  await showWholeMap(page);

  await expect(title).toHaveValue('Click & collect');
  await expect(page.getByRole('heading', { name: 'New stage', level: 2 })).toBeVisible();
  for (const { card } of CARD_CELLS) {
    await expect(page.getByRole('group', { name: card }).first()).toBeVisible();
  }
  await expect(page.getByRole('group', { name: /^Note:/ })).toHaveCount(2);
});

test('finds edits to every card kind’s fields again after reloading right away', async ({
  page,
}) => {
  await newJourney(page);
  const panel = page.getByRole('complementary', { name: 'Inspector' });
  const at = { position: { x: 30, y: 30 } };

  await page.getByRole('group', { name: 'Awareness, Touchpoints' }).dblclick(at);
  await panel.getByRole('textbox', { name: 'Title' }).fill('Instagram ad');
  await panel.getByRole('combobox', { name: 'Channel' }).selectOption('social');
  await panel.getByRole('textbox', { name: 'KPI name' }).fill('CTR');

  await page.getByRole('group', { name: 'Awareness, Actions' }).dblclick(at);
  await panel.getByRole('textbox', { name: 'Text' }).fill('Sees a friend’s post');

  await page.getByRole('group', { name: 'Purchase, Pain points' }).dblclick(at);
  await panel.getByRole('textbox', { name: 'Description' }).fill('Fees shown late');
  await panel.getByRole('group', { name: 'Severity' }).getByRole('radio', { name: 'High' }).check();

  await page.getByRole('group', { name: 'Purchase, Opportunities' }).dblclick(at);
  await panel.getByRole('group', { name: 'Impact' }).getByRole('radio', { name: 'High' }).check();

  await page.getByRole('group', { name: 'Research & comparison, Moments of truth' }).dblclick(at);
  await panel.getByRole('combobox', { name: 'Type' }).selectOption('ZMOT');
  await panel.getByRole('textbox', { name: 'Title' }).fill('Reads reviews');

  await page.getByRole('group', { name: 'Research & comparison, Emotions' }).dblclick(at);
  await panel.getByRole('group', { name: 'Score' }).getByRole('radio', { name: '−1' }).check();
  await page.reload();

  const touchpoint = page.getByRole('group', { name: 'Touchpoint: Instagram ad' });
  await expect(touchpoint).toContainText('Social');
  await expect(touchpoint).toContainText('KPI CTR');
  await expect(page.getByRole('group', { name: 'Note: Sees a friend’s post' })).toBeVisible();
  await expect(page.getByRole('group', { name: 'Pain point: Fees shown late' })).toContainText(
    'Severity: High',
  );
  await expect(page.getByRole('group', { name: /^Opportunity:/ })).toContainText('Impact High');
  await expect(page.getByRole('group', { name: 'Moment of truth: Reads reviews' })).toContainText(
    'ZMOT',
  );
  await expect(page.getByRole('group', { name: /^Emotion -1/ })).toHaveCount(1);
});

test('opens a stored journey from its address with the map drawn at once, never a loading line', async ({
  context,
}) => {
  const first = await context.newPage();
  await newJourney(first);
  await first.getByRole('textbox', { name: 'Journey title' }).fill('Opened from its address');
  await first.getByRole('group', { name: 'Purchase, Pain points' }).dblclick();
  await first.keyboard.type('Queue at the desk');
  await first.keyboard.press('Escape');
  await expect(first.getByRole('status')).toHaveText('Saved');
  const address = first.url();
  await first.close();

  const second = await context.newPage();
  // Notes every loading line the editor shows while it opens, however briefly.
  await second.addInitScript(() => {
    const seen: string[] = [];
    Object.assign(window, { loadingLinesSeen: seen });
    new MutationObserver(() => {
      for (const line of document.querySelectorAll('.editor-loading'))
        seen.push(line.textContent ?? '');
    }).observe(document, { childList: true, subtree: true });
  });
  await second.goto(address);
  await expect(second.getByRole('textbox', { name: 'Journey title' })).toHaveValue(
    'Opened from its address',
  );
  await showWholeMap(second);
  await expect(second.getByRole('group', { name: 'Pain point: Queue at the desk' })).toBeVisible();
  await expect(second.getByRole('status')).toHaveText('Saved');
  expect(
    await second.evaluate(
      () => (window as unknown as { loadingLinesSeen: string[] }).loadingLinesSeen,
    ),
  ).toEqual([]);

  // The session opened before the first drawing is the one that saves.
  await second.getByRole('textbox', { name: 'Journey title' }).fill('Renamed after opening');
  await expect(second.getByRole('status')).toHaveText('Saved');
  await second.reload();
  await expect(second.getByRole('textbox', { name: 'Journey title' })).toHaveValue(
    'Renamed after opening',
  );
});

test('lists the journey in the library after the page is closed and opened again', async ({
  context,
}) => {
  const first = await context.newPage();
  await newJourney(first);
  await first.getByRole('textbox', { name: 'Journey title' }).fill('Hotel stay, as-is');
  await first.getByRole('group', { name: 'Purchase, Pain points' }).dblclick();
  await expect(first.getByRole('status')).toHaveText('Saved');
  await first.close();

  const second = await context.newPage();
  await second.goto('/');
  const tile = second.getByRole('link', { name: 'Hotel stay, as-is', exact: true });
  await expect(tile).toBeVisible();
  await expect(second.getByText('4 stages · 1 cards')).toBeVisible();
  await tile.click();
  await expect(second.getByRole('group', { name: /^Pain point:/ })).toBeVisible();
});

test('renames, duplicates, deletes to the trash and restores journeys in the library', async ({
  page,
}) => {
  await newJourney(page);
  await page.getByRole('textbox', { name: 'Journey title' }).fill('Onboarding');
  await expect(page.getByRole('status')).toHaveText('Saved');
  await page.getByRole('link', { name: 'Parcours' }).click();

  await page.getByRole('button', { name: 'Rename' }).click();
  const field = page.getByRole('textbox', { name: 'New title for Onboarding' });
  await field.fill('Onboarding as-is');
  await field.press('Enter');
  await expect(page.getByRole('link', { name: 'Onboarding as-is', exact: true })).toBeVisible();

  await page.getByRole('button', { name: 'Duplicate' }).click();
  await expect(
    page.getByRole('link', { name: 'Onboarding as-is (copy)', exact: true }),
  ).toBeVisible();

  await page
    .getByRole('group', { name: 'Actions for Onboarding as-is (copy)' })
    .getByRole('button', { name: 'Delete' })
    .click();
  await expect(
    page.getByRole('link', { name: 'Onboarding as-is (copy)', exact: true }),
  ).toHaveCount(0);

  await page.getByRole('searchbox', { name: 'Search journeys' }).fill('nothing like this');
  await expect(page.getByText('No journey matches')).toBeVisible();
  await page.getByRole('searchbox', { name: 'Search journeys' }).fill('');

  await page.getByRole('link', { name: 'Trash' }).click();
  await page.getByRole('button', { name: 'Restore' }).click();
  await expect(page.getByText('The trash is empty.')).toBeVisible();
  await page.reload();
  await page.getByRole('link', { name: 'Journeys' }).click();
  await expect(
    page.getByRole('link', { name: 'Onboarding as-is (copy)', exact: true }),
  ).toBeVisible();
});

test('shows a failed write and keeps the document in memory', async ({ page }) => {
  await newJourney(page);
  // Simulate a full disk: every IndexedDB write from now on fails with QuotaExceededError.
  await inPageAndSaveWorker(page, () => {
    const fail = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    IDBObjectStore.prototype.put = fail;
    IDBObjectStore.prototype.add = fail;
  });
  await page.getByRole('textbox', { name: 'Journey title' }).fill('Unsaved but safe');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('Your latest changes could not be saved.');
  // The banner pushes the map down: add the card once it is there, so the double-click lands.
  await page.getByRole('group', { name: 'Awareness, Pain points' }).dblclick();

  await expect(alert).toContainText('out of storage space');
  await expect(page.getByRole('status')).toHaveText('Not saved');
  await expect(page.getByRole('textbox', { name: 'Journey title' })).toHaveValue(
    'Unsaved but safe',
  );
  await expect(page.getByRole('group', { name: /^Pain point:/ })).toHaveCount(1);

  const download = page.waitForEvent('download');
  await alert.getByRole('button', { name: 'Download a copy' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('unsaved-but-safe.parcours.json');
  const path = await file.path();
  const { readFileSync } = await import('node:fs');
  const envelope = JSON.parse(readFileSync(path, 'utf8'));
  expect(envelope.format).toBe('parcours.journey');
  expect(envelope.journey.title).toBe('Unsaved but safe');
});

test('sets a corrupt stored journey aside with a message while the rest of the library loads', async ({
  page,
}) => {
  await newJourney(page);
  await page.getByRole('textbox', { name: 'Journey title' }).fill('Healthy journey');
  await expect(page.getByRole('status')).toHaveText('Saved');
  await page.getByRole('link', { name: 'Parcours' }).click();
  await expect(page.getByRole('link', { name: 'Healthy journey', exact: true })).toBeVisible();

  // Write a broken record straight into IndexedDB, as a bug or a bad disk might.
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.open('parcours');
        request.onsuccess = () => {
          const tx = request.result.transaction('journeys', 'readwrite');
          tx.objectStore('journeys').put({
            id: 'broken-1',
            updatedAt: '2030-01-01T00:00:00.000Z',
            schemaVersion: 1,
            title: 42,
          });
          tx.oncomplete = () => {
            request.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
        request.onerror = () => reject(request.error);
      }),
  );
  await page.reload();
  await expect(page.getByRole('alert')).toContainText('set aside, untouched: invalid field title');
  await expect(page.getByRole('link', { name: 'Healthy journey', exact: true })).toBeVisible();
});
