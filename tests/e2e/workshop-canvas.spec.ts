// The workshop-grade canvas at 1280×720, in English and French: every touchpoint's title shows in
// full inside its card (the Hotel stay template's French KPI badges wrap onto two lines), a stage
// of thirty cards widens instead of growing five times as tall, personas' curves have their own
// colours with a legend, and dragging an emotion point by one step changes its score by one.
import { expect, test, type Locator, type Page } from '@playwright/test';
import { centreOf, drag, linkNewPersona } from './support';

test.use({ viewport: { width: 1280, height: 720 } });

const LANGUAGES = {
  en: {
    browser: 'en-GB',
    newJourney: 'New journey',
    standard: 'Standard journey',
    hotel: 'Hotel stay',
    touchpoints: ['Hotel website', 'Reception desk', 'Hotel restaurant'],
  },
  fr: {
    browser: 'fr-FR',
    newJourney: 'Nouveau parcours',
    standard: 'Parcours standard',
    hotel: 'Séjour à l’hôtel',
    touchpoints: ['Site de l’hôtel', 'Réception', 'Restaurant de l’hôtel'],
  },
} as const;

/** Opens a new English standard journey; resolves once its map is on screen and saved. */
async function newJourney(page: Page) {
  await page.goto('/');
  await page.getByRole('button', { name: 'New journey' }).click();
  await page
    .getByRole('dialog', { name: 'New journey' })
    .getByRole('button', { name: 'Standard journey', exact: true })
    .click();
  await expect(page.locator('.react-flow__node-cell').first()).toBeVisible();
  await expect(page.getByRole('status')).toHaveText('Saved');
}

/** A cell of the map, by its name: "Stage, Lane". */
const cellNamed = (page: Page, name: string) => page.getByLabel(name, { exact: true }).first();

/** A node's box in map units (its React Flow position and size), whatever the zoom. */
async function mapBox(node: Locator) {
  return node.evaluate((element) => {
    const style = (element as HTMLElement).style;
    const [x = 0, y = 0] = (style.transform.match(/-?[\d.]+/g) ?? []).map(Number);
    return { x, y, width: parseFloat(style.width), height: parseFloat(style.height) };
  });
}

/** Checks each touchpoint card drawn now: its title has a height and lies inside the card. */
async function checkTouchpoints(page: Page, seen: Set<string>) {
  const cards = page.locator('.card--touchpoint');
  for (let i = 0; i < (await cards.count()); i += 1) {
    const card = cards.nth(i);
    const title = card.locator('.card__text');
    const [cardBox, titleBox, text] = await Promise.all([
      card.boundingBox(),
      title.boundingBox(),
      title.textContent(),
    ]);
    if (!cardBox || !titleBox || cardBox.x < 0 || cardBox.x + cardBox.width > 1280) continue;
    expect(titleBox.height, `height of “${text}”`).toBeGreaterThan(0);
    expect(titleBox.y, `“${text}” starts in its card`).toBeGreaterThanOrEqual(cardBox.y);
    expect(titleBox.y + titleBox.height, `“${text}” ends in its card`).toBeLessThanOrEqual(
      cardBox.y + cardBox.height + 0.5,
    );
    // Nothing of the card is cut off at its foot either: its content fits the box it was given.
    const overflow = await card.evaluate((el) => el.scrollHeight - el.clientHeight);
    expect(overflow, `“${text}” card content fits`).toBeLessThanOrEqual(1);
    seen.add(text ?? '');
  }
}

/** From the library in the page's language, starts a journey from the template named `template`. */
async function startIn(page: Page, newJourney: string, template: string) {
  await page.goto('/');
  await page.getByRole('button', { name: newJourney }).click();
  await page.getByRole('dialog').getByRole('button', { name: template, exact: true }).click();
}

for (const [language, setup] of Object.entries(LANGUAGES)) {
  test.describe(`in ${language === 'en' ? 'English' : 'French'}`, () => {
    test.use({ locale: setup.browser });

    test('every touchpoint title of the Hotel stay map has a height, inside its card', async ({
      page,
    }) => {
      await startIn(page, setup.newJourney, setup.hotel);
      await expect(page.locator('.card--touchpoint').first()).toBeVisible();
      const seen = new Set<string>();
      await checkTouchpoints(page, seen);
      // Pan right across the map (dragging the empty corner above the lane names) and look again.
      for (let step = 0; step < 3; step += 1) {
        const corner = await page.locator('.react-flow__pane').boundingBox();
        if (!corner) break;
        const from = { x: corner.x + 40, y: corner.y + 20 };
        await drag(page, from, { x: from.x - 500, y: from.y });
        await checkTouchpoints(page, seen);
      }
      for (const title of setup.touchpoints) expect([...seen]).toContain(title);
    });

    test('a stage of 32 cards widens and stays within twice the height of the map without it', async ({
      page,
    }) => {
      await startIn(page, setup.newJourney, setup.standard);
      await expect(page.locator('.react-flow__node-laneHeader').first()).toBeVisible();
      const cells = page.locator('.react-flow__node-cell');
      const zoomOut = async () => {
        await page.mouse.move(640, 400);
        for (let i = 0; i < 6; i += 1) await page.mouse.wheel(0, 400);
        await expect(cells).toHaveCount(7 * 4);
      };
      const mapHeight = async () => {
        const boxes = await Promise.all((await cells.all()).map(mapBox));
        return Math.max(...boxes.map((b) => b.y + b.height)) - Math.min(...boxes.map((b) => b.y));
      };
      await zoomOut();
      const before = await mapHeight();

      const stage = language === 'en' ? 'Awareness' : 'Découverte';
      const rows = Array.from({ length: 32 }, (_, i) => `${stage};Actions;note;Idea ${i + 1}`);
      const csv = ['stage;lane;kind;text', ...rows].join('\r\n');
      const [chooser] = await Promise.all([
        page.waitForEvent('filechooser'),
        page
          .getByRole('button', { name: language === 'en' ? 'Import CSV' : 'Importer un CSV' })
          .click(),
      ]);
      await chooser.setFiles({ name: 'ideas.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
      await page
        .getByRole('dialog')
        .getByRole('button', { name: language === 'en' ? 'Add 32 cards' : 'Ajouter 32 cartes' })
        .click();
      await expect(page.locator('.react-flow__node-card')).toHaveCount(32);
      await zoomOut();

      expect(await mapHeight()).toBeLessThanOrEqual(2 * before);
      const headers = await Promise.all(
        (await page.locator('.react-flow__node-stageHeader').all()).map(mapBox),
      );
      headers.sort((a, b) => a.x - b.x);
      expect(headers[0]!.width).toBeGreaterThanOrEqual(2 * headers[1]!.width);
      const cards = await Promise.all(
        (await page.locator('.react-flow__node-card').all()).map(mapBox),
      );
      for (let i = 0; i < cards.length; i += 1) {
        for (let j = i + 1; j < cards.length; j += 1) {
          const [a, b] = [cards[i]!, cards[j]!];
          const apart =
            a.x + a.width <= b.x ||
            b.x + b.width <= a.x ||
            a.y + a.height <= b.y ||
            b.y + b.height <= a.y;
          expect(apart, `cards ${i} and ${j} overlap`).toBe(true);
        }
      }
    });
  });
}

test('two personas’ curves have different colours, neither the shared grey, with a legend', async ({
  page,
}) => {
  await newJourney(page);
  const strip = await linkNewPersona(page, 'Camille');
  await linkNewPersona(page, 'Malik');
  for (const [name, stage] of [
    ['Camille', 'Awareness'],
    ['Camille', 'Purchase'],
    ['Malik', 'Awareness'],
    ['Malik', 'Purchase'],
  ] as const) {
    await strip.getByRole('button', { name: new RegExp(`^${name}:`) }).click();
    await cellNamed(page, `${stage}, Emotions`).dblclick({ position: { x: 30, y: 30 } });
  }
  const curves = page.locator('.emotion-curve__line');
  await expect(curves).toHaveCount(2);
  const colours = await curves.evaluateAll((paths) => paths.map((p) => p.getAttribute('stroke')));
  expect(new Set(colours).size).toBe(2);
  expect(colours).not.toContain('#6b7280');
  const legend = page.getByRole('list', { name: 'Persona curves' });
  await expect(legend.getByRole('listitem')).toHaveText(['Camille', 'Malik'], {
    useInnerText: true,
  });
});

test('dragging an emotion point by one step changes its score by one, with the score shown', async ({
  page,
}) => {
  await newJourney(page);
  const cell = cellNamed(page, 'Research & comparison, Emotions');
  await cell.dblclick();
  const point = page.getByRole('group', { name: /^Emotion 0/ });
  await expect(point).toHaveCount(1);
  // One step is a quarter of the band the five scores span: the cell less its padding and a point.
  const { box } = await centreOf(cell);
  const zoom = box.width / 280;
  const step = ((220 - 2 * 16 - 28) / 4) * zoom;
  const start = await centreOf(point);
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  await page.mouse.move(start.x, start.y - 5, { steps: 2 });
  await page.mouse.move(start.x, start.y - step, { steps: 8 });
  await expect(page.locator('.drag-score')).toHaveText('+1');
  await page.mouse.up();
  await expect(page.getByRole('group', { name: /^Emotion 1/ })).toHaveCount(1);
  await expect(page.locator('.drag-score')).toHaveCount(0);
});
