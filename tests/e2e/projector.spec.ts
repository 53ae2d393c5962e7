// The editor on a 1280×720 projector with the Hotel stay template, in English and French: the map
// opens with card text 12 px or more, stage and lane headers stay pinned while panning, the dock
// (palette, view buttons, overview) covers no card, the toolbar is one line with the whole title at
// hand, fit-width and fit-height work from their keys, the shortcut help keeps its title and Close
// button in view, and axe finds nothing serious.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { panBy, paneBox, type Box } from './support';

test.use({ viewport: { width: 1280, height: 720 } });

const LANGUAGES = [
  {
    name: 'English',
    locale: 'en-US',
    newJourney: 'New journey',
    template: 'Hotel stay',
    title: 'Hotel stay journey',
    shortcuts: 'Keyboard shortcuts',
    close: 'Close',
  },
  {
    name: 'French',
    locale: 'fr-FR',
    newJourney: 'Nouveau parcours',
    template: 'Séjour à l’hôtel',
    title: 'Parcours de séjour à l’hôtel',
    shortcuts: 'Raccourcis clavier',
    close: 'Fermer',
  },
] as const;

async function openHotelStay(page: Page, language: (typeof LANGUAGES)[number]) {
  await page.goto('/');
  await page.getByRole('button', { name: language.newJourney }).click();
  await page
    .getByRole('dialog')
    .getByRole('button', { name: language.template, exact: true })
    .click();
  await expect(page).toHaveURL(/#\/journey\//);
  await expect(page.locator('.react-flow__node-card').first()).toBeVisible();
}

function viewport(page: Page) {
  return page.evaluate(() => {
    const element = document.querySelector<HTMLElement>('.react-flow__viewport');
    const matrix = new DOMMatrix(getComputedStyle(element!).transform);
    return { x: matrix.e, y: matrix.f, zoom: matrix.a };
  });
}

function overlaps(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/** The map's extent on screen, from the pinned headers: left of the lanes to the last stage's end. */
async function mapOnScreen(page: Page) {
  return page.evaluate(() => {
    const boxes = (selector: string) =>
      [...document.querySelectorAll(selector)].map((element) => element.getBoundingClientRect());
    const stages = boxes('.pinned-headers .react-flow__node-stageHeader');
    const lanes = boxes('.pinned-headers .react-flow__node-laneHeader');
    return {
      width:
        Math.max(...stages.map((box) => box.right)) - Math.min(...lanes.map((box) => box.left)),
      height:
        Math.max(...lanes.map((box) => box.bottom)) - Math.min(...stages.map((box) => box.top)),
    };
  });
}

for (const language of LANGUAGES) {
  test.describe(`in ${language.name}`, () => {
    test.use({ locale: language.locale });

    test('opens the map readable, with its first stages whole and nothing over its cards', async ({
      page,
    }) => {
      await openHotelStay(page, language);
      const { zoom } = await viewport(page);
      expect(zoom).toBeGreaterThanOrEqual(0.8);
      const fontSize = await page
        .locator('.react-flow__node-card .card__text')
        .first()
        .evaluate((element) => parseFloat(getComputedStyle(element).fontSize));
      expect(fontSize * zoom).toBeGreaterThanOrEqual(12);

      // The first stage is whole on screen.
      const pane = await paneBox(page);
      const first = await page
        .locator('.pinned-headers .react-flow__node-stageHeader')
        .first()
        .boundingBox();
      expect(first!.x).toBeGreaterThanOrEqual(pane.x);
      expect(first!.x + first!.width).toBeLessThanOrEqual(pane.x + pane.width);

      // Neither the palette nor the overview (hidden at this width unless asked for) covers a card.
      await expect(page.getByLabel(/Map overview|Vue d’ensemble/)).toHaveCount(0);
      const cards = await page
        .locator('.react-flow__node-card')
        .evaluateAll((elements) =>
          elements.map((element) => element.getBoundingClientRect().toJSON() as Box),
        );
      expect(cards.length).toBeGreaterThan(5);
      const palette = (await page.locator('.card-palette').boundingBox())!;
      expect(cards.filter((card) => overlaps(card, palette))).toEqual([]);

      // Asked for, the overview widens the dock beside the map: still over no card.
      await page.locator('.canvas-dock__view button[aria-pressed]').click();
      const minimap = page.getByRole('img', { name: /Map overview|Vue d’ensemble/ });
      await expect(minimap).toBeVisible();
      const minimapBox = (await minimap.boundingBox())!;
      const cardsNow = await page
        .locator('.react-flow__node-card')
        .evaluateAll((elements) =>
          elements.map((element) => element.getBoundingClientRect().toJSON() as Box),
        );
      expect(cardsNow.filter((card) => overlaps(card, minimapBox))).toEqual([]);
      // Its grid is drawn in the stages' and lanes' colours, not one grey.
      const fills = await minimap
        .locator('.map-overview__cell, .map-overview__card')
        .evaluateAll((shapes) => new Set(shapes.map((shape) => getComputedStyle(shape).fill)).size);
      expect(fills).toBeGreaterThan(5);
    });

    test('keeps stage headers along the top and lane headers along the left while panning', async ({
      page,
    }) => {
      await openHotelStay(page, language);
      const pane = await paneBox(page);
      const before = await viewport(page);
      await panBy(page, 0, 1500);
      await expect.poll(async () => (await viewport(page)).y).toBeLessThan(before.y - 1000);
      const stage = page.locator('.pinned-headers .react-flow__node-stageHeader').first();
      await expect(stage).toBeVisible();
      const stageBox = (await stage.boundingBox())!;
      expect(Math.abs(stageBox.y - pane.y)).toBeLessThanOrEqual(1);
      await expect(stage).toBeInViewport();

      // A pinned header is still the stage's: a click selects it for the inspector, a double-click
      // renames it in place.
      const stageName = await stage.locator('.stage-header__name').textContent();
      await stage.click();
      await expect(
        page.locator('.inspector').getByRole('textbox', { name: /Stage name|Nom de l’étape/ }),
      ).toHaveValue(stageName!);
      await stage.dblclick();
      await expect(stage.getByRole('textbox')).toBeFocused();
      await page.keyboard.press('Escape');

      // The keyboard moves along the pinned headers without scrolling the map back to its top.
      await stage.focus();
      const pannedY = (await viewport(page)).y;
      await page.keyboard.press('ArrowRight');
      const nextStage = page.locator('.pinned-headers .react-flow__node-stageHeader').nth(1);
      await expect(nextStage).toBeFocused();
      await page.waitForTimeout(400);
      expect(Math.abs((await viewport(page)).y - pannedY)).toBeLessThan(1);

      await panBy(page, 600, 0);
      await expect.poll(async () => (await viewport(page)).x).toBeLessThan(before.x - 400);
      const lane = page.locator('.pinned-headers .react-flow__node-laneHeader').last();
      const laneBox = (await lane.boundingBox())!;
      expect(Math.abs(laneBox.x - pane.x)).toBeLessThanOrEqual(1);
    });

    test('fits the toolbar on one line, with the whole title at hand', async ({ page }) => {
      await openHotelStay(page, language);
      const toolbar = page.locator('.toolbar');
      expect((await toolbar.boundingBox())!.height).toBeLessThanOrEqual(64);
      const title = toolbar.locator('.toolbar__title');
      await expect(title).toHaveValue(language.title);
      const whole = await title.evaluate(
        (input: HTMLInputElement) => input.scrollWidth <= input.clientWidth,
      );
      if (!whole) await expect(title).toHaveAttribute('title', language.title);
    });

    test('fits the map’s width with Shift+2 and its height with Shift+3', async ({ page }) => {
      await openHotelStay(page, language);
      const pane = await paneBox(page);
      await page.locator('.toolbar__brand').focus();
      await page.keyboard.press('Shift+Digit2');
      await expect
        .poll(async () => (await mapOnScreen(page)).width)
        .toBeCloseTo(pane.width - 32, -1);
      await page.keyboard.press('Shift+Digit3');
      await expect
        .poll(async () => (await mapOnScreen(page)).height)
        .toBeCloseTo(pane.height - 32, -1);
      await page.keyboard.press('Shift+Digit1');
      await expect
        .poll(async () => {
          const map = await mapOnScreen(page);
          return map.width <= pane.width - 31 && map.height <= pane.height - 31;
        })
        .toBe(true);
    });

    test('opens the shortcut help with its title and Close button in view, the list scrolling between', async ({
      page,
    }) => {
      await openHotelStay(page, language);
      await page.keyboard.press('?');
      const help = page.getByRole('dialog', { name: language.shortcuts });
      await expect(help).toBeVisible();
      const close = help.getByRole('button', { name: language.close });
      await expect(close).toBeFocused();
      const title = help.getByRole('heading', { name: language.shortcuts });
      for (const part of [title, close]) {
        const box = (await part.boundingBox())!;
        expect(box.y).toBeGreaterThanOrEqual(0);
        expect(box.y + box.height).toBeLessThanOrEqual(720);
      }
      // The list is taller than the screen: scrolled to its end, the title and Close stay put.
      const titleTop = (await title.boundingBox())!.y;
      await help.evaluate((dialog) => dialog.scrollTo(0, dialog.scrollHeight));
      await expect(help.getByRole('row').last()).toBeInViewport();
      expect((await title.boundingBox())!.y).toBeCloseTo(titleTop, 0);
      await expect(close).toBeInViewport();
      await page.keyboard.press('Escape');
      await expect(help).toBeHidden();
    });

    test('passes axe on the editor with its dock and pinned headers', async ({ page }) => {
      await openHotelStay(page, language);
      const results = await new AxeBuilder({ page })
        .include('.toolbar')
        .include('.canvas-dock')
        .include('.pinned-headers')
        .analyze();
      const serious = results.violations.filter(
        (violation) => violation.impact === 'serious' || violation.impact === 'critical',
      );
      expect(serious.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);
    });
  });
}
