// The persona editor: fill in every field of the standard sheet, custom fields, an avatar, and
// find it all again after a reload; refuse files that are not images.
import { expect, test } from '@playwright/test';
import { deflateSync } from 'node:zlib';
import { startFrom } from './support';

/** A tiny valid PNG, built here so the test ships no binary fixture. */
function pngOf(width: number, height: number): Buffer {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (bytes: Buffer) => {
    let c = 0xffffffff;
    for (const byte of bytes) c = crcTable[(c ^ byte) & 0xff]! ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type: string, data: Buffer) => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type), data]);
    const sum = Buffer.alloc(4);
    sum.writeUInt32BE(crc(body));
    return Buffer.concat([length, body, sum]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8);
  const rows = Buffer.alloc((width * 3 + 1) * height, 0x80);
  for (let y = 0; y < height; y += 1) rows[y * (width * 3 + 1)] = 0;
  return Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

test('fills in a persona sheet with custom fields and an avatar, and finds it after a reload', async ({
  page,
}) => {
  await page.goto('/#/personas');
  await page.getByRole('textbox', { name: 'Persona name' }).fill('Camille');
  await page.getByRole('button', { name: 'Add persona' }).click();
  await page.getByRole('link', { name: 'Edit Camille' }).click();

  await page.getByRole('textbox', { name: 'Name' }).fill('Camille Martin');
  await page.getByRole('spinbutton', { name: 'Age' }).fill('34');
  await page.getByRole('textbox', { name: 'Role or job' }).fill('Store manager');
  await page.getByRole('textbox', { name: 'Location' }).fill('Lyon');
  await page.getByRole('textbox', { name: 'Quote' }).fill('« Je veux la vérité sur le prix »');
  await page
    .getByRole('textbox', { name: 'Short bio' })
    .fill('Shops on her phone, collects in store. <b>not bold</b>');
  await page.getByRole('textbox', { name: 'Goals' }).fill('Save time\nPay the real price');
  await page.getByRole('textbox', { name: 'Frustrations and pain points' }).fill('Hidden fees');
  await page.getByRole('textbox', { name: 'Motivations' }).fill('Family first');
  await page.getByRole('textbox', { name: 'Behaviours' }).fill('Compares on three sites');
  await page.getByRole('checkbox', { name: 'Mobile app' }).check();
  await page.getByRole('checkbox', { name: 'Store' }).check();
  await page.getByRole('combobox', { name: 'Tech savviness' }).selectOption('4');
  await page.getByRole('textbox', { name: 'Tags (comma-separated)' }).fill('urban, omnichannel');

  await page.getByRole('button', { name: 'Add a custom field' }).click();
  await page.getByRole('textbox', { name: 'Label of custom field 1' }).fill('Budget');
  await page.getByRole('textbox', { name: 'Value of Budget' }).fill('€200 a month');
  await page.getByRole('button', { name: 'Add a custom field' }).click();
  await page.getByRole('textbox', { name: 'Label of custom field 2' }).fill('Household');
  await page.getByRole('textbox', { name: 'Value of Household' }).fill('Two children');
  await page.getByRole('button', { name: 'Move Household up' }).click();
  await expect(page.getByRole('textbox', { name: 'Label of custom field 1' })).toHaveValue(
    'Household',
  );

  await page
    .getByLabel('Upload a photo')
    .setInputFiles({ name: 'camille.png', mimeType: 'image/png', buffer: pngOf(64, 48) });
  await expect(page.locator('img.persona-avatar--image')).toBeVisible();

  await page.reload();
  await expect(page.getByRole('textbox', { name: 'Name' })).toHaveValue('Camille Martin');
  await expect(page.getByRole('spinbutton', { name: 'Age' })).toHaveValue('34');
  await expect(page.getByRole('textbox', { name: 'Quote' })).toHaveValue(
    '« Je veux la vérité sur le prix »',
  );
  await expect(page.getByRole('textbox', { name: 'Short bio' })).toHaveValue(
    'Shops on her phone, collects in store. <b>not bold</b>',
  );
  await expect(page.getByRole('textbox', { name: 'Goals' })).toHaveValue(
    'Save time\nPay the real price',
  );
  await expect(page.getByRole('checkbox', { name: 'Mobile app' })).toBeChecked();
  await expect(page.getByRole('combobox', { name: 'Tech savviness' })).toHaveValue('4');
  await expect(page.getByRole('textbox', { name: 'Tags (comma-separated)' })).toHaveValue(
    'urban, omnichannel',
  );
  await expect(page.getByRole('textbox', { name: 'Label of custom field 1' })).toHaveValue(
    'Household',
  );
  await expect(page.getByRole('textbox', { name: 'Value of Budget' })).toHaveValue('€200 a month');
  await expect(page.locator('img.persona-avatar--image')).toBeVisible();
  await expect(page.locator('b')).toHaveCount(0);
});

test('refuses a file that is not an image, and one that is too large', async ({ page }) => {
  await page.goto('/#/personas');
  await page.getByRole('textbox', { name: 'Persona name' }).fill('Bruno');
  await page.getByRole('button', { name: 'Add persona' }).click();
  await page.getByRole('link', { name: 'Edit Bruno' }).click();

  await page
    .getByLabel('Upload a photo')
    .setInputFiles({ name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('hello') });
  await expect(page.getByRole('alert')).toHaveText(/not an image/);
  await page.getByLabel('Upload a photo').setInputFiles({
    name: 'huge.png',
    mimeType: 'image/png',
    buffer: Buffer.alloc(11 * 1024 * 1024),
  });
  await expect(page.getByRole('alert')).toHaveText(/larger than 10 MB/);
  await expect(page.locator('img.persona-avatar--image')).toHaveCount(0);
});

test('starts personas from the shipped examples and from a template of your own', async ({
  page,
}) => {
  await page.goto('/#/personas');
  await page
    .getByRole('combobox', { name: 'Start from a template…' })
    .selectOption({ label: 'Marc, business traveller' });
  await expect(page.getByRole('textbox', { name: 'Role or job' })).toHaveValue(
    'Regional sales director',
  );
  await expect(page.getByRole('textbox', { name: 'Goals' })).toHaveValue(
    /Check in in under two minutes/,
  );
  await page.getByRole('textbox', { name: 'Name' }).fill('Marc, frequent guest');
  await page.getByRole('button', { name: 'Save as a template' }).click();
  await expect(page.getByRole('status')).toHaveText('Saved to your templates.');

  await page.getByRole('link', { name: 'Parcours' }).click();
  await page
    .getByRole('combobox', { name: 'Start from a template…' })
    .selectOption({ label: 'Marc, frequent guest' });
  await expect(page.getByRole('textbox', { name: 'Name' })).toHaveValue('Marc, frequent guest');
  await page.getByRole('link', { name: 'Parcours' }).click();
  await expect(page.getByRole('link', { name: 'Edit Marc, frequent guest' })).toHaveCount(2);
});

test.describe('in French', () => {
  test.use({ locale: 'fr-FR' });

  test('offers the French example personas', async ({ page }) => {
    await page.goto('/#/personas');
    await page
      .getByRole('combobox', { name: 'Partir d’un modèle…' })
      .selectOption({ label: 'Sofia, acheteuse de logiciel B2B' });
    await expect(page.getByRole('textbox', { name: 'Citation' })).toHaveValue(/Montrez-moi/);
  });
});

test('asks before deleting a persona that journeys use, and undoes the deletion', async ({
  page,
}) => {
  await page.goto('/');
  await startFrom(page, 'Standard journey');
  const strip = page.getByRole('region', { name: 'Personas in this journey' });
  await strip.getByRole('textbox', { name: 'New persona name' }).fill('Inès');
  await strip.getByRole('button', { name: 'Create and link' }).click();
  await page
    .getByRole('group', { name: 'Purchase, Emotions' })
    .dblclick({ position: { x: 30, y: 30 } });
  await expect(page.locator('.emotion-curve__line')).toHaveCount(1);
  await expect(page.getByRole('status').first()).toHaveText('Saved');
  const journeyUrl = page.url();

  await page.goto('/#/personas');
  let asked = '';
  page.once('dialog', (dialog) => {
    asked = dialog.message();
    void dialog.accept();
  });
  await page.getByRole('button', { name: 'Delete Inès' }).click();
  await expect(page.getByText('Inès was deleted.')).toBeVisible();
  expect(asked).toContain('used in 1 journey');

  await page.goto(journeyUrl);
  await expect(page.getByText('No persona yet')).toBeVisible();
  await expect(page.getByRole('group', { name: /^Emotion/ })).toHaveCount(0);

  // Undo: the persona and the journey come back exactly as they were.
  await page.goto('/#/personas');
  await page.getByRole('button', { name: 'Restore' }).click();
  await expect(page.getByRole('link', { name: 'Edit Inès' })).toBeVisible();
  await page.goto(journeyUrl);
  await expect(page.getByRole('button', { name: /^Inès:/ })).toBeVisible();
  await expect(page.getByRole('group', { name: /^Emotion/ })).toHaveCount(1);
});

test('links one persona to two journeys and draws its curve in its colour on both', async ({
  page,
}) => {
  await page.goto('/#/personas');
  await page.getByRole('textbox', { name: 'Persona name' }).fill('Noah');
  await page.getByRole('button', { name: 'Add persona' }).click();
  await page.getByRole('link', { name: 'Edit Noah' }).click();
  await page.getByLabel('Colour (used for the emotion curve)').fill('#7b2cbf');

  for (const title of ['Noah, as-is', 'Noah, to-be']) {
    await page.getByRole('link', { name: 'Parcours' }).click();
    await page.getByRole('link', { name: 'Journeys' }).click();
    await startFrom(page, 'Standard journey');
    await page.getByRole('textbox', { name: 'Journey title' }).fill(title);
    const strip = page.getByRole('region', { name: 'Personas in this journey' });
    await strip.getByRole('combobox', { name: 'Link a persona…' }).selectOption({ label: 'Noah' });
    await expect(strip.getByRole('button', { name: /^Noah:/ })).toBeVisible();
    for (const stage of ['Awareness', 'Purchase']) {
      await page
        .getByRole('group', { name: `${stage}, Emotions` })
        .dblclick({ position: { x: 30, y: 30 } });
    }
    await expect(page.locator('.emotion-curve__line')).toHaveAttribute('stroke', '#7b2cbf');
    await expect(page.getByRole('status').first()).toHaveText('Saved');
  }

  await page.getByRole('link', { name: 'Parcours' }).click();
  await page.getByRole('link', { name: 'Personas' }).click();
  await expect(
    page
      .getByText('Used in: Noah, to-be, Noah, as-is')
      .or(page.getByText('Used in: Noah, as-is, Noah, to-be')),
  ).toBeVisible();
});

test('keeps a persona edit typed just before a reload, even when the save is held up', async ({
  page,
}) => {
  await page.goto('/#/personas');
  await page.getByRole('textbox', { name: 'Persona name' }).fill('Noor');
  await page.getByRole('button', { name: 'Add persona' }).click();
  await page.getByRole('link', { name: 'Edit Noor' }).click();
  // Reloaded at once, and after a pause long enough for the autosave's stalled write to start:
  // a write under way is not a write stored.
  for (const [role, pauseMs] of [
    ['Buyer', 0],
    ['Head buyer', 800],
    ['Category lead', 0],
  ] as const) {
    // Stall every IndexedDB write, so only the journal written on the way out can keep the edit.
    await page.evaluate(() => {
      IDBObjectStore.prototype.put = function () {
        return new Proxy({}, { set: () => true }) as IDBRequest;
      };
    });
    await page.getByRole('textbox', { name: 'Role or job' }).fill(role);
    if (pauseMs) await page.waitForTimeout(pauseMs);
    await page.reload();
    await expect(page.getByRole('textbox', { name: 'Role or job' })).toHaveValue(role);
  }
});
