// CSV import of cards: a map exported as CSV comes back into a second journey card for card (and
// is still there after a reload); bad rows are reported and left out; files that are no card table
// change nothing; Cancel changes nothing; one Undo takes the whole import back.
import { expect, test, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { newJourney, showWholeMap } from './support';

test.describe.configure({ timeout: 60_000 });

const inspector = (page: Page) => page.getByRole('complementary', { name: 'Inspector' });
const importDialog = (page: Page) =>
  page.getByRole('dialog', { name: 'Import cards from a CSV table' });
/** Every card on the map, whatever its kind. */
const cards = (page: Page) =>
  page.getByRole('group', {
    name: /^(Note|Touchpoint|Pain point|Opportunity|Moment of truth|Emotion)\b/,
  });
const card = (page: Page, name: string) => page.getByRole('group', { name, exact: true });

async function addIn(page: Page, cell: string, text: string) {
  await page.getByRole('group', { name: cell }).dblclick({ position: { x: 20, y: 12 } });
  await inspector(page).getByRole('textbox').first().fill(text);
}

async function pickCsv(page: Page, name: string, contents: string | Buffer) {
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    page.getByRole('button', { name: 'Import CSV' }).click(),
  ]);
  const buffer = typeof contents === 'string' ? Buffer.from(contents, 'utf8') : contents;
  await chooser.setFiles({ name, mimeType: 'text/csv', buffer });
  await expect(importDialog(page)).toBeVisible();
}

const summary = (page: Page) =>
  importDialog(page).getByRole('list', { name: 'What this import does' });

const MAP_TEXTS = [
  ['Awareness, Actions', 'Sees a friend’s post, then "wow"'],
  ['Awareness, Touchpoints', 'Instagram ad'],
  ['Research & comparison, Pain points', '=Too many tabs'],
  ['Purchase, Opportunities', 'One-click checkout'],
  ['Purchase, Moments of truth', 'Pays at the counter'],
] as const;
const MAP_CARDS = [
  'Note: Sees a friend’s post, then "wow"',
  'Touchpoint: Instagram ad',
  'Pain point: =Too many tabs',
  'Opportunity: One-click checkout',
  'Moment of truth: Pays at the counter',
];

test('a map exported as CSV imports into a second journey and survives a reload', async ({
  page,
}) => {
  await newJourney(page);
  for (const [cell, text] of MAP_TEXTS) await addIn(page, cell, text);
  await page
    .getByRole('group', { name: 'Purchase, Emotions' })
    .dblclick({ position: { x: 20, y: 12 } });
  await expect(cards(page)).toHaveCount(6);
  await expect(page.getByRole('status')).toHaveText('Saved');

  await page.getByRole('button', { name: 'Export', exact: true }).click();
  const exportDialog = page.getByRole('dialog', { name: 'Export' });
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    exportDialog.getByRole('button', { name: 'CSV table', exact: true }).click(),
  ]);
  const csv = await readFile(await download.path());
  await page.keyboard.press('Escape');
  await expect(exportDialog).toBeHidden();

  await newJourney(page);
  await expect(cards(page)).toHaveCount(0);
  await pickCsv(page, download.suggestedFilename(), csv);
  await expect(summary(page)).toContainText('Cards to add: 6');
  await expect(summary(page)).toContainText('Rows left out: 0');
  await expect(summary(page)).not.toContainText('New stages');
  const preview = importDialog(page).getByRole('table', { name: 'Cards to add' });
  await expect(preview.getByRole('row')).toHaveCount(7);
  await expect(preview).toContainText('Instagram ad');
  await importDialog(page).getByRole('button', { name: 'Add 6 cards' }).click();
  await expect(importDialog(page)).toBeHidden();

  for (const name of MAP_CARDS) await expect(card(page, name)).toBeVisible();
  await expect(cards(page)).toHaveCount(6);
  await expect(inspector(page)).toContainText('6 cards selected');
  await expect(page.getByRole('status')).toHaveText('Saved');

  await page.reload();
  for (const name of MAP_CARDS) await expect(card(page, name)).toBeVisible();
  await expect(cards(page)).toHaveCount(6);
});

test('bad rows are reported by number and left out; the good rows are imported', async ({
  page,
}) => {
  await newJourney(page);
  const csv = [
    'stage;lane;kind;text;severity;rating',
    'Awareness;Touchpoints;touchpoint;Billboard;;4',
    'Awareness;Touchpoints;touchpoint;Radio spot;;9',
    'Purchase;Pain points;painPoint;Long queue;severe;',
    'Purchase;Actions;sticky;Pays;;',
    'Follow-up;Reviews;note;Writes a review;;',
    'Purchase;Actions;note;;;',
  ].join('\r\n');
  await pickCsv(page, 'workshop.csv', csv);
  await expect(summary(page)).toContainText('Cards to add: 2');
  await expect(summary(page)).toContainText('Rows left out: 4');
  await expect(summary(page)).toContainText('New stages, added at the end: Follow-up');
  await expect(summary(page)).toContainText('New lanes, added at the bottom: Reviews (Custom)');
  const report = importDialog(page).getByRole('table', { name: 'Rows left out' });
  const reasons = [
    ['3', 'The rating “9” is not a whole number from 1 to 5.'],
    ['4', 'The severity “severe” is not low, medium or high.'],
    ['5', 'Unknown kind “sticky”'],
    ['7', 'No text.'],
  ];
  await expect(report.getByRole('row')).toHaveCount(reasons.length + 1);
  for (const [index, [row, reason]] of reasons.entries()) {
    const cells = report
      .getByRole('row')
      .nth(index + 1)
      .getByRole('cell');
    await expect(cells.first()).toHaveText(row ?? '');
    await expect(cells.last()).toContainText(reason ?? '');
  }
  await importDialog(page).getByRole('button', { name: 'Add 2 cards' }).click();
  // The new Follow-up stage lies right of the opening view.
  await showWholeMap(page);

  await expect(card(page, 'Touchpoint: Billboard')).toBeVisible();
  await expect(card(page, 'Note: Writes a review')).toBeVisible();
  await expect(cards(page)).toHaveCount(2);
  await expect(page.getByLabel('Stage 5: Follow-up')).toBeVisible();
  await expect(page.getByRole('group', { name: 'Follow-up, Reviews' })).toBeVisible();
  await expect(page.getByRole('status')).toHaveText('Saved');
  await page.reload();
  await showWholeMap(page);
  await expect(card(page, 'Note: Writes a review')).toBeVisible();
  await expect(cards(page)).toHaveCount(2);
});

test('a binary file, an empty file and Cancel leave the map unchanged', async ({ page }) => {
  await newJourney(page);
  await addIn(page, 'Awareness, Actions', 'Already here');
  await expect(page.getByRole('status')).toHaveText('Saved');

  const png = Buffer.from([
    0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48,
  ]);
  await pickCsv(page, 'photo.csv', png);
  await expect(importDialog(page).getByRole('alert')).toContainText('This is not a CSV table');
  await expect(importDialog(page).getByRole('button', { name: /^Add/ })).toHaveCount(0);
  await page.keyboard.press('Escape');
  await expect(importDialog(page)).toBeHidden();

  await pickCsv(page, 'empty.csv', '');
  await expect(importDialog(page).getByRole('alert')).toHaveText(
    'Nothing was imported. This file is empty.',
  );
  await importDialog(page).getByRole('button', { name: 'Close' }).click();
  await expect(importDialog(page)).toBeHidden();

  await pickCsv(page, 'notes.csv', 'stage,lane,text\nAwareness,Actions,Not wanted\n');
  await expect(summary(page)).toContainText('Cards to add: 1');
  await importDialog(page).getByRole('button', { name: 'Cancel' }).click();
  await expect(importDialog(page)).toBeHidden();

  await expect(cards(page)).toHaveCount(1);
  await expect(card(page, 'Note: Already here')).toBeVisible();
  await expect(card(page, 'Note: Not wanted')).toHaveCount(0);
  await page.reload();
  await expect(card(page, 'Note: Already here')).toBeVisible();
  await expect(cards(page)).toHaveCount(1);
});

test('one Undo takes back the whole import, new stage included, and Redo restores it', async ({
  page,
}) => {
  await newJourney(page);
  const csv = [
    'stage,lane,kind,text,emotionScore',
    'Awareness,Actions,note,Searches the web,',
    'Purchase,Touchpoints,touchpoint,Checkout page,',
    'Follow-up,Actions,note,Gets a survey,',
    'Follow-up,Emotions,emotion,Relieved,2',
  ].join('\n');
  await pickCsv(page, 'journey.csv', csv);
  await importDialog(page).getByRole('button', { name: 'Add 4 cards' }).click();
  await showWholeMap(page);
  await expect(cards(page)).toHaveCount(4);
  await expect(page.getByLabel('Stage 5: Follow-up')).toBeVisible();

  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(cards(page)).toHaveCount(0);
  await expect(page.getByLabel('Stage 5: Follow-up')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Undo' })).toBeDisabled();

  await page.getByRole('button', { name: 'Redo' }).click();
  await expect(cards(page)).toHaveCount(4);
  await expect(card(page, 'Emotion 2: Relieved')).toBeVisible();
});
