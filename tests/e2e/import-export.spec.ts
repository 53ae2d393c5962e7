// Import and export of Parcours files: journey and workspace round trips into a fresh browser
// profile, and bad files that are refused with their message while the library stays unchanged.
import { expect, test, type Page } from '@playwright/test';
import { readFile, writeFile } from 'node:fs/promises';
import { newJourney, startFrom } from './support';

const at = { position: { x: 30, y: 30 } };

/** A journey with a title, an extra stage, a touchpoint and a note; ends back in the library. */
async function populatedJourney(page: Page, title: string) {
  await newJourney(page);
  await page.getByRole('textbox', { name: 'Journey title' }).fill(title);
  await page.getByRole('button', { name: 'Add stage' }).click();
  const panel = page.getByRole('complementary', { name: 'Inspector' });
  await page.getByRole('group', { name: 'Awareness, Touchpoints' }).dblclick(at);
  await panel.getByRole('textbox', { name: 'Title' }).fill('Instagram ad');
  await page.getByRole('group', { name: 'Awareness, Actions' }).dblclick(at);
  await panel.getByRole('textbox', { name: 'Text' }).fill('Sees a friend’s post');
  await expect(page.getByRole('status')).toHaveText('Saved');
}

async function toLibrary(page: Page) {
  await page.getByRole('link', { name: 'Parcours' }).click();
  await expect(page.getByRole('button', { name: 'Import' })).toBeVisible();
}

async function download(page: Page, button: string) {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: button }).click(),
  ]);
  return { name: file.suggestedFilename(), text: await readFile(await file.path(), 'utf8') };
}

async function importText(page: Page, text: string, name = 'journey.parcours.json') {
  await page
    .locator('input[type=file]')
    .setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
}

function tileTitles(page: Page) {
  return page.getByRole('list', { name: 'Journeys' }).getByRole('heading', { level: 2 });
}

test('a journey exported as JSON imports into a fresh profile with equal content', async ({
  page,
  browser,
}, testInfo) => {
  await populatedJourney(page, 'Click & collect');
  // The editor's Export button opens the export dialog; its first entry is the Parcours file.
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  const exported = await download(page, 'Parcours file (.json)');
  expect(exported.name).toBe('click-collect.parcours.json');
  expect(JSON.parse(exported.text)).toMatchObject({ format: 'parcours.journey', schemaVersion: 1 });

  const context = await browser.newContext({ baseURL: testInfo.project.use.baseURL });
  const fresh = await context.newPage();
  await fresh.goto('/');
  await expect(tileTitles(fresh)).toHaveCount(0);
  await importText(fresh, exported.text, exported.name);
  await expect(fresh.getByRole('status', { name: 'Import' })).toHaveText(/Imported 1 journey\./);
  await expect(tileTitles(fresh)).toHaveText(['Click & collect']);

  await fresh.getByRole('link', { name: 'Open Click & collect' }).click();
  await expect(fresh.getByRole('textbox', { name: 'Journey title' })).toHaveValue(
    'Click & collect',
  );
  for (const stage of ['Awareness', 'Research & comparison', 'Purchase', 'New stage']) {
    await expect(fresh.getByRole('heading', { name: stage, level: 2 })).toBeVisible();
  }
  await expect(fresh.getByRole('group', { name: 'Touchpoint: Instagram ad' })).toBeVisible();
  await expect(fresh.getByRole('group', { name: 'Note: Sees a friend’s post' })).toBeVisible();
  await context.close();
});

test('a workspace backup restores every journey in a fresh profile', async ({
  page,
  browser,
}, testInfo) => {
  await populatedJourney(page, 'As-is');
  await toLibrary(page);
  await startFrom(page, 'Blank journey');
  await page.getByRole('textbox', { name: 'Journey title' }).fill('To-be');
  await expect(page.getByRole('status')).toHaveText('Saved');
  await toLibrary(page);
  const exported = await download(page, 'Back up workspace');
  expect(exported.name).toMatch(/^parcours-backup-\d{4}-\d{2}-\d{2}\.parcours\.json$/);

  const context = await browser.newContext({ baseURL: testInfo.project.use.baseURL });
  const fresh = await context.newPage();
  await fresh.goto('/');
  await importText(fresh, exported.text, exported.name);
  await expect(fresh.getByRole('status', { name: 'Import' })).toHaveText(/Imported 2 journeys\./);
  await expect(tileTitles(fresh)).toHaveText(['To-be', 'As-is']);
  await fresh.getByRole('link', { name: 'Open As-is' }).click();
  await expect(fresh.getByRole('group', { name: 'Touchpoint: Instagram ad' })).toBeVisible();
  await context.close();
});

test('bad files are refused with their message and leave the library unchanged', async ({
  page,
}, testInfo) => {
  await populatedJourney(page, 'Kept safe');
  await toLibrary(page);
  const { text } = await download(page, 'Export Kept safe');
  const envelope = () =>
    JSON.parse(text) as { schemaVersion: number; journey: Record<string, unknown> };

  const wrongTypes = envelope();
  wrongTypes.journey.title = 42;
  const newer = envelope();
  newer.schemaVersion = 99;
  newer.journey.schemaVersion = 99;
  const huge = testInfo.outputPath('huge.parcours.json');
  await writeFile(huge, Buffer.alloc(50 * 1024 * 1024, ' '));

  const cases: { file: string | { path: string }; message: RegExp }[] = [
    { file: text.slice(0, Math.floor(text.length / 2)), message: /not valid JSON/ },
    { file: JSON.stringify(wrongTypes), message: /invalid field, journey\.title: .*string/ },
    {
      file: JSON.stringify(newer),
      message:
        /newer version of Parcours \(schema version 99\); this version reads up to schema version 1/,
    },
    { file: '{"hello":"world"}', message: /not a Parcours file/ },
    {
      file: { path: huge },
      message: /This file is 50 MB, larger than the 20 MB Parcours can import/,
    },
  ];
  for (const { file, message } of cases) {
    if (typeof file === 'string') await importText(page, file);
    else await page.locator('input[type=file]').setInputFiles(file.path);
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('Nothing was imported.');
    await expect(alert).toContainText(message);
    await expect(tileTitles(page)).toHaveText(['Kept safe']);
    await alert.getByRole('button', { name: 'Dismiss' }).click();
  }
  await page.reload();
  await expect(tileTitles(page)).toHaveText(['Kept safe']);
});

test('__proto__ keys are dropped without polluting anything, and the import still succeeds', async ({
  page,
}) => {
  await populatedJourney(page, 'Poisoned');
  await toLibrary(page);
  const { text } = await download(page, 'Export Poisoned');
  const poisoned = text
    .replace(
      '{',
      '{"__proto__": {"polluted": "yes"}, "constructor": {"prototype": {"polluted": "yes"}},',
    )
    .replace('"title":', '"__proto__": {"polluted": "yes"}, "title":');
  await importText(page, poisoned);
  await expect(page.getByRole('status', { name: 'Import' })).toHaveText(/Imported 1 journey\./);
  await expect(tileTitles(page)).toHaveText(['Poisoned', 'Poisoned']);
  expect(await page.evaluate(() => (({}) as Record<string, unknown>).polluted)).toBeUndefined();
  expect(
    await page.evaluate(() => Object.prototype.hasOwnProperty.call(Object.prototype, 'polluted')),
  ).toBe(false);
});

test('a javascript: link in a text field is imported as plain text, never as a link', async ({
  page,
}) => {
  await populatedJourney(page, 'Links');
  await toLibrary(page);
  const { text } = await download(page, 'Export Links');
  const hostile =
    'javascript:alert(1) <a href="javascript:alert(2)">click</a><img src=x onerror=alert(3)>';
  const envelope = JSON.parse(text) as {
    journey: { title: string; cards: Record<string, { kind: string; text?: string }> };
  };
  envelope.journey.title = 'Imported links';
  const note = Object.values(envelope.journey.cards).find((card) => card.kind === 'note');
  if (!note) throw new Error('the journey has a note');
  note.text = hostile;
  let dialogs = 0;
  page.on('dialog', (dialog) => {
    dialogs += 1;
    void dialog.dismiss();
  });
  await importText(page, JSON.stringify(envelope));
  await expect(page.getByRole('status', { name: 'Import' })).toHaveText(/Imported 1 journey\./);
  await page.getByRole('link', { name: 'Open Imported links' }).click();
  const card = page.getByRole('group', { name: /^Note: javascript:alert\(1\)/ });
  await expect(card).toContainText('<a href="javascript:alert(2)">click</a>');
  await expect(page.locator('a[href^="javascript:"]')).toHaveCount(0);
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
  expect(dialogs).toBe(0);
});

test('a persona already in the library: the user chooses, here to import it as a copy', async ({
  page,
}, testInfo) => {
  await populatedJourney(page, 'With Claire');
  await page.getByRole('textbox', { name: 'New persona name' }).fill('Claire');
  await page.getByRole('button', { name: 'Create and link' }).click();
  await expect(page.getByRole('button', { name: /^Claire: add new emotion points/ })).toBeVisible();
  await expect(page.getByRole('status')).toHaveText('Saved');
  await toLibrary(page);
  const { text } = await download(page, 'Export With Claire');
  expect((JSON.parse(text) as { personas: { name: string }[] }).personas).toMatchObject([
    { name: 'Claire' },
  ]);

  await importText(page, text);
  const dialog = page.getByRole('dialog', { name: 'These personas are already in your library' });
  await expect(dialog).toContainText('Claire');
  await page.screenshot({ path: testInfo.outputPath('import-conflict-dialog.png') });
  await dialog.getByRole('button', { name: 'Import as copies' }).click();
  await expect(page.getByRole('status', { name: 'Import' })).toHaveText(
    /Imported 1 journey and 1 persona\./,
  );
  await expect(tileTitles(page)).toHaveText(['With Claire', 'With Claire']);
  await page.screenshot({ path: testInfo.outputPath('import-result.png') });
  await page.getByRole('link', { name: 'Personas' }).click();
  await expect(page.getByRole('heading', { name: 'Claire' })).toHaveCount(2);
});
