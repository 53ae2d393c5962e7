// Present mode on a 1280×720 projector, in English and French, with the Hotel stay template: the
// stage on show has every lane on screen with its name beside it (never over a card), a
// quick-added card lands in view with a brief highlight, the whole map fills the screen, large
// text never cuts a lane name, and axe finds nothing serious.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { DEFAULT_LANES } from './support';

const SCREEN = { width: 1280, height: 720 };

const LANGUAGES = [
  {
    locale: 'en-GB',
    newJourney: 'New journey',
    template: 'Hotel stay',
    saved: 'Saved',
    stage: 'Check-in',
    lanes: DEFAULT_LANES,
    quickAdd: 'Quick add to',
    laneSelect: 'Lane',
    newCard: 'New card',
    idea: 'Lift out of order on the 3rd floor',
    position: 'Current stage',
    largeText: 'Large text',
  },
  {
    locale: 'fr-FR',
    newJourney: 'Nouveau parcours',
    template: 'Séjour à l’hôtel',
    saved: 'Enregistré',
    stage: 'Arrivée',
    lanes: [
      'Actions',
      'Points de contact',
      'Pensées et ressentis',
      'Émotions',
      'Points de friction',
      'Opportunités',
      'Moments de vérité',
    ],
    quickAdd: 'Ajout rapide à',
    laneSelect: 'Ligne',
    newCard: 'Nouvelle carte',
    idea: 'Ascenseur en panne au 3e étage',
    position: 'Étape affichée',
    largeText: 'Grand texte',
  },
] as const;

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

async function boxOf(locator: Locator): Promise<Box> {
  const box = await locator.boundingBox();
  if (!box) throw new Error('not on screen');
  return box;
}

function onScreen(box: Box): boolean {
  return (
    box.x >= -0.5 &&
    box.y >= -0.5 &&
    box.x + box.width <= SCREEN.width + 0.5 &&
    box.y + box.height <= SCREEN.height + 0.5
  );
}

function overlaps(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const railLabel = (page: Page, lane: string) =>
  page.locator('.present-rail__lane > span', { hasText: new RegExp(`^${escape(lane)}$`) });
const cell = (page: Page, stage: string, lane: string) =>
  page.getByRole('group', { name: new RegExp(`^${escape(`${stage}, ${lane}`)}`) });

for (const language of LANGUAGES) {
  test.describe(`at 1280×720 in ${language.locale}`, () => {
    test.use({ locale: language.locale, viewport: SCREEN });

    test('the stage shows every lane with its name beside it, quick-add lands in view, the whole map fills the screen', async ({
      page,
    }) => {
      await page.emulateMedia({ reducedMotion: 'reduce' });
      await page.goto('/');
      await page.getByRole('button', { name: language.newJourney }).click();
      await page
        .getByRole('dialog', { name: language.newJourney })
        .getByRole('button', { name: language.template, exact: true })
        .click();
      await expect(page.getByRole('status')).toHaveText(language.saved);
      await page.keyboard.press('p');
      await page.keyboard.press('ArrowRight');
      const position = page.getByRole('status', { name: language.position });
      await expect(position).toContainText(language.stage);

      // Every lane of the stage: its cell on screen, and its name pinned left of the stage.
      const header = page.getByRole('heading', { name: language.stage, level: 2 });
      await expect.poll(async () => onScreen(await boxOf(header))).toBe(true);
      const stageLeft = (await boxOf(header)).x;
      const panels = await page.locator('.present-corner').all();
      const panelBoxes = await Promise.all(panels.map(boxOf));
      const cards = await page
        .locator('.react-flow__node')
        .filter({ has: page.locator('.card') })
        .all();
      // The stage's own cards and those of the stages after it (the earlier ones are behind the
      // column of names, out of the room's sight).
      const cardBoxes = (await Promise.all(cards.map((card) => card.boundingBox()))).filter(
        (box): box is Box => box !== null && box.x + box.width / 2 > stageLeft,
      );
      for (const lane of language.lanes) {
        const laneCell = await boxOf(cell(page, language.stage, lane));
        expect(onScreen(laneCell), `${lane} cell on screen`).toBe(true);
        for (const panel of panelBoxes) expect(overlaps(panel, laneCell)).toBe(false);
        const label = await boxOf(railLabel(page, lane));
        expect(onScreen(label), `${lane} label on screen`).toBe(true);
        expect(label.x + label.width).toBeLessThanOrEqual(stageLeft);
        for (const card of cardBoxes)
          expect(overlaps(label, card), `${lane} over a card`).toBe(false);
        // The name is whole: its text is not clipped.
        expect(
          await railLabel(page, lane).evaluate((el) => el.scrollWidth <= el.clientWidth + 1),
        ).toBe(true);
      }

      // Quick-add to the last lane: the card is in view and highlighted a moment.
      const quickAdd = page.getByRole('form', { name: new RegExp(`^${language.quickAdd}`) });
      await quickAdd
        .getByRole('combobox', { name: language.laneSelect })
        .selectOption({ label: language.lanes.at(-1) ?? '' });
      const field = quickAdd.getByRole('textbox', { name: language.newCard });
      await field.fill(language.idea);
      await field.press('Enter');
      const added = page.getByText(language.idea);
      await expect(added).toBeInViewport({ ratio: 0.99 });
      const ring = page.getByTestId('just-added');
      await expect(ring).toBeVisible();
      expect(overlaps(await boxOf(ring), await boxOf(added))).toBe(true);
      await expect(ring).toBeHidden({ timeout: 4_000 });

      const results = await new AxeBuilder({ page }).include('.present-layer').analyze();
      const serious = results.violations.filter(
        (violation) => violation.impact === 'serious' || violation.impact === 'critical',
      );
      expect(serious.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);

      // Large text: lane names wrap, never cut.
      await page.getByRole('button', { name: language.largeText }).click();
      for (const lane of language.lanes) {
        const label = railLabel(page, lane);
        if ((await label.count()) === 0) continue; // scrolled off below
        expect(await label.evaluate((el) => el.scrollWidth <= el.clientWidth + 1)).toBe(true);
        expect(await label.textContent()).toBe(lane);
      }
      await page.getByRole('button', { name: language.largeText }).click();

      // The whole map fills the screen: at least 90% of its width or height.
      await page.keyboard.press('Home');
      // The map on screen: the box around all of its nodes.
      const mapBox = () =>
        page.evaluate(() => {
          const boxes = [...document.querySelectorAll('.react-flow__node')].map((node) =>
            node.getBoundingClientRect(),
          );
          const left = Math.min(...boxes.map((b) => b.left));
          const top = Math.min(...boxes.map((b) => b.top));
          const right = Math.max(...boxes.map((b) => b.right));
          const bottom = Math.max(...boxes.map((b) => b.bottom));
          return { x: left, y: top, width: right - left, height: bottom - top };
        });
      await expect
        .poll(async () => {
          const box = await mapBox();
          return Math.max(box.width / SCREEN.width, box.height / SCREEN.height);
        })
        .toBeGreaterThanOrEqual(0.9);
      const whole = await mapBox();
      expect(onScreen(whole)).toBe(true);
      for (const panel of await page.locator('.present-corner').all()) {
        expect(overlaps(await boxOf(panel), whole)).toBe(false);
      }
    });
  });
}
