// Present mode end to end: entering it, stepping through every stage, quick-add that survives a
// reload, the workshop timer under a controlled clock, and the projector options.
import { expect, test, type Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { isInside, linkNewPersona, newJourney } from './support';

const STAGES = ['Awareness', 'Research & comparison', 'Purchase', 'After-sales & loyalty'];

const position = (page: Page) => page.getByRole('status', { name: 'Current stage' });
const toolbar = (page: Page) => page.getByRole('toolbar', { name: 'Journey tools' });
const stageHeader = (page: Page, index: number) =>
  page.getByLabel(`Stage ${index + 1}: ${STAGES[index]}`);

/**
 * How far the stage column's centre is from the centre of the room it is framed in: right of the
 * left-hand panels and the column of lane names, left of the right-hand panels.
 */
async function horizontalOffsetFromCentre(page: Page, index: number): Promise<number> {
  const box = await stageHeader(page, index).boundingBox();
  const area = await page.evaluate(() => {
    const edge = (selector: string, side: 'left' | 'right') =>
      [...document.querySelectorAll(selector)].map((el) => el.getBoundingClientRect()[side]);
    const left = Math.max(
      0,
      ...edge('.present-corner--top-left, .present-corner--bottom-left', 'right'),
    );
    const right = Math.min(
      window.innerWidth,
      ...edge('.present-corner--top-right, .present-corner--bottom-right', 'left'),
    );
    const labels = document.querySelector('.present-rail')?.getBoundingClientRect().width ?? 0;
    return { left: left + 16 + labels, right: right - 16 };
  });
  return box
    ? Math.abs(box.x + box.width / 2 - (area.left + area.right) / 2)
    : Number.POSITIVE_INFINITY;
}

test('the Present button hides the editing tools and the keyboard walks every stage in order', async ({
  page,
}) => {
  await newJourney(page);
  await linkNewPersona(page, 'Camille');
  await page.getByRole('button', { name: 'Present' }).click();

  await expect(toolbar(page)).toBeHidden();
  await expect(page.getByRole('complementary', { name: 'Inspector' })).toBeHidden();
  await expect(page.getByRole('toolbar', { name: 'Card palette' })).toBeHidden();
  await expect(page.getByLabel('Map overview')).toBeHidden();
  await expect(page.locator('.react-flow__controls')).toBeHidden();
  // The room still sees who walks the journey; the strip's editing tools are gone.
  const strip = page.getByRole('region', { name: 'Personas in this journey' });
  await expect(strip.getByRole('button', { name: /^Camille:/ })).toBeVisible();
  await expect(strip.getByRole('textbox', { name: 'New persona name' })).toBeHidden();

  for (const [index, name] of STAGES.entries()) {
    await expect(position(page)).toHaveText(`${index + 1} / ${STAGES.length} · ${name}`);
    // The camera glides to the stage and centres its column on the screen.
    await expect.poll(() => horizontalOffsetFromCentre(page, index)).toBeLessThan(4);
    if (index < STAGES.length - 1) {
      await page.keyboard.press(index % 2 === 0 ? 'ArrowRight' : 'PageDown');
    }
  }
  // Past the last stage nothing moves; Left and Page Up step back.
  await page.keyboard.press('Space');
  await expect(position(page)).toHaveText(`4 / 4 · ${STAGES[3]}`);
  await page.keyboard.press('ArrowLeft');
  await expect(position(page)).toHaveText(`3 / 4 · ${STAGES[2]}`);
  await page.keyboard.press('PageUp');
  await expect(position(page)).toHaveText(`2 / 4 · ${STAGES[1]}`);

  await page.keyboard.press('Home');
  await expect(position(page)).toHaveText('Whole map · 4 stages');
  // The overview shows every stage header at once.
  for (const index of STAGES.keys()) await expect(stageHeader(page, index)).toBeInViewport();
  await page.keyboard.press('End');
  await expect(position(page)).toHaveText(`4 / 4 · ${STAGES[3]}`);
  await page.getByRole('button', { name: 'Whole map' }).click();
  await expect(position(page)).toHaveText('Whole map · 4 stages');
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(position(page)).toHaveText(`1 / 4 · ${STAGES[0]}`);

  await page.keyboard.press('Escape');
  await expect(toolbar(page)).toBeVisible();
  await expect(position(page)).toBeHidden();
  await expect(page.getByRole('complementary', { name: 'Inspector' })).toBeVisible();
  await expect(page.getByRole('toolbar', { name: 'Card palette' })).toBeVisible();
});

test('the P key presents full screen, and leaving full screen leaves present mode', async ({
  page,
}) => {
  await newJourney(page);
  await page.getByLabel(`Stage 1: ${STAGES[0]}`).click();
  await page.keyboard.press('p');
  await expect(position(page)).toHaveText(`1 / 4 · ${STAGES[0]}`);
  await expect.poll(() => page.evaluate(() => document.fullscreenElement !== null)).toBe(true);

  // The browser's own way out of full screen (its Escape handling) ends the presentation too.
  await page.evaluate(() => document.exitFullscreen());
  await expect(toolbar(page)).toBeVisible();
  await expect(position(page)).toBeHidden();

  // P presents again; Escape leaves present mode and its full screen.
  await page.keyboard.press('p');
  await expect(position(page)).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(toolbar(page)).toBeVisible();
  await expect.poll(() => page.evaluate(() => document.fullscreenElement === null)).toBe(true);
});

test('quick-add puts a card on the current stage, typing does not step, and it survives a reload', async ({
  page,
}) => {
  await newJourney(page);
  await page.keyboard.press('p');
  await page.keyboard.press('ArrowRight');
  await expect(position(page)).toHaveText(`2 / 4 · ${STAGES[1]}`);

  const quickAdd = page.getByRole('form', { name: `Quick add to ${STAGES[1]}` });
  await quickAdd.getByRole('combobox', { name: 'Lane' }).selectOption({ label: 'Pain points' });
  const field = quickAdd.getByRole('textbox', { name: 'New card' });
  await field.fill('Delivery fee shown too late');
  // Arrows and Space move the caret and type: the stage stays put.
  await field.press('ArrowLeft');
  await field.press('End');
  await field.press('Space');
  await expect(position(page)).toHaveText(`2 / 4 · ${STAGES[1]}`);
  await field.press('Enter');
  await expect(field).toHaveValue('');

  await expect(page.getByText('Delivery fee shown too late')).toBeVisible();

  // Escape leaves the field (not the presentation).
  await page.keyboard.press('Escape');
  await expect(position(page)).toBeVisible();
  // With the card selected, the arrows still step stages: they do not move the card.
  const cell = page.getByRole('group', { name: `${STAGES[1]}, Pain points` });
  await page.getByText('Delivery fee shown too late').click();
  await page.keyboard.press('ArrowRight');
  await expect(position(page)).toHaveText(`3 / 4 · ${STAGES[2]}`);
  await page.keyboard.press('ArrowLeft');
  await expect(position(page)).toHaveText(`2 / 4 · ${STAGES[1]}`);
  expect(await isInside(page.getByText('Delivery fee shown too late'), cell)).toBe(true);
  // One undo takes the whole quick-added card back; redo restores it.
  await page.keyboard.press('Control+z');
  await expect(page.getByText('Delivery fee shown too late')).toHaveCount(0);
  await page.keyboard.press('Control+Shift+z');
  await expect(page.getByText('Delivery fee shown too late')).toBeVisible();

  await page.keyboard.press('Escape');
  await expect(toolbar(page)).toBeVisible();
  await expect(page.getByRole('status')).toHaveText('Saved');
  await page.reload();
  const card = page.getByText('Delivery fee shown too late');
  await expect(card).toBeVisible();
  // It landed in the stage that was on screen, in the chosen lane.
  expect(await isInside(card, cell)).toBe(true);
});

test('the workshop timer counts down, pauses, resets, says when time is up and is kept per stage', async ({
  page,
}) => {
  await page.clock.install();
  await newJourney(page);
  await page.keyboard.press('p');

  const timer = page.getByRole('region', { name: 'Workshop timer' });
  const clock = timer.getByRole('timer', { name: 'Time left' });
  await expect(clock).toHaveText('5:00');
  await timer.getByRole('button', { name: 'Timer length: 5 min' }).click();
  await timer
    .getByRole('group', { name: 'Timer length' })
    .getByRole('button', { name: '2 min' })
    .click();
  await expect(clock).toHaveText('2:00');

  await timer.getByRole('button', { name: 'Start' }).click();
  await page.clock.fastForward('00:30');
  await expect(clock).toHaveText(/^1:(29|30)$/);

  await timer.getByRole('button', { name: 'Pause' }).click();
  const paused = await clock.textContent();
  await page.clock.fastForward('01:00');
  await expect(timer.getByRole('button', { name: 'Resume' })).toBeVisible();
  await expect(clock).toHaveText(paused ?? '');

  await timer.getByRole('button', { name: 'Reset' }).click();
  await expect(clock).toHaveText('2:00');
  await expect(timer.getByRole('button', { name: 'Start' })).toBeVisible();

  // A custom length, then a run to the end.
  await timer.getByRole('button', { name: 'Timer length: 2 min' }).click();
  await timer.getByRole('spinbutton', { name: 'Custom minutes' }).fill('3');
  await timer.getByRole('button', { name: 'Set', exact: true }).click();
  await expect(clock).toHaveText('3:00');
  await timer.getByRole('button', { name: 'Start' }).click();
  await page.clock.fastForward('03:05');
  await expect(clock).toHaveText('0:00');
  await expect(timer).toContainText(`Time is up for ${STAGES[0]}`);
  await expect(timer).toHaveClass(/workshop-timer--done/);

  // Every stage has its own timer; coming back finds this one as it was left.
  await page.keyboard.press('ArrowRight');
  await expect(clock).toHaveText('5:00');
  await page.keyboard.press('ArrowLeft');
  await expect(clock).toHaveText('0:00');
});

test('outside present mode, the stage inspector runs the same timer and the stage header shows it', async ({
  page,
}) => {
  await page.clock.install();
  await newJourney(page);
  await page.getByRole('heading', { name: STAGES[1], level: 2 }).click();
  const timer = page
    .getByRole('complementary', { name: 'Inspector' })
    .getByRole('region', { name: 'Workshop timer' });
  const clock = timer.getByRole('timer', { name: 'Time left' });
  const badge = page.getByTestId('stage-timer');
  await expect(clock).toHaveText('5:00');
  await expect(badge).toHaveCount(0);

  await timer.getByRole('button', { name: 'Start' }).click();
  await page.clock.fastForward('01:00');
  await expect(clock).toHaveText(/^(3:59|4:00)$/);
  await expect(badge).toHaveText(/^(3:59|4:00)$/);
  await expect(page.getByLabel(`Stage 2: ${STAGES[1]}`)).toContainText(/4:00|3:59/);

  // Selecting something else hides the panel; the header keeps counting for the room.
  await page.getByRole('heading', { name: STAGES[0], level: 2 }).click();
  await page.clock.fastForward('01:00');
  await expect(badge).toHaveText(/^(2:59|3:00)$/);

  // Present mode finds the same timer on that stage, still running: a fresh one would read 5:00.
  // The page's clock keeps real time between fast-forwards, and on a busy machine opening present
  // mode takes a few seconds of it.
  await page.getByRole('heading', { name: STAGES[1], level: 2 }).click();
  await page.keyboard.press('Escape');
  await page.keyboard.press('p');
  await page.keyboard.press('ArrowRight');
  await expect(
    page.getByRole('region', { name: 'Workshop timer' }).getByRole('timer', { name: 'Time left' }),
  ).toHaveText(/^(2:[45]\d|3:00)$/);
});

test('high contrast and large text change the look and are remembered for the session', async ({
  page,
}) => {
  await newJourney(page);
  await page.keyboard.press('p');
  const root = page.locator('.app');
  const highContrast = page.getByRole('button', { name: 'High contrast' });
  const largeText = page.getByRole('button', { name: 'Large text' });
  const cell = page.getByRole('group', { name: `${STAGES[0]}, Actions` });

  const headerWidth = async () => (await stageHeader(page, 0).boundingBox())?.width ?? 0;
  await expect.poll(headerWidth).toBeGreaterThan(0);
  const plainWidth = await headerWidth();
  const positionSize = () =>
    position(page).evaluate((element) => parseFloat(getComputedStyle(element).fontSize));
  const plainSize = await positionSize();

  await highContrast.click();
  await expect(highContrast).toHaveAttribute('aria-pressed', 'true');
  await expect(root).toHaveClass(/present--high-contrast/);
  await expect(cell).toHaveCSS('border-right-color', 'rgb(0, 0, 0)');

  await largeText.click();
  await expect(largeText).toHaveAttribute('aria-pressed', 'true');
  await expect(root).toHaveClass(/present--large-text/);
  expect(await positionSize()).toBeGreaterThan(plainSize);
  // The map itself is zoomed further.
  await expect.poll(headerWidth).toBeGreaterThan(plainWidth * 1.15);

  await page.keyboard.press('Escape');
  await expect(root).not.toHaveClass(/present--/);
  await page.reload();
  await expect(page.getByRole('group').first()).toBeVisible();
  await page.keyboard.press('p');
  await expect(page.getByRole('button', { name: 'High contrast' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await expect(root).toHaveClass(/present--high-contrast/);
  await expect(root).toHaveClass(/present--large-text/);
});

const SIZES = [
  { width: 1920, height: 1080 },
  { width: 1280, height: 720 },
];

const IDEAS: readonly { lane: string; text: string }[] = [
  { lane: 'Actions', text: 'Compares three hotels on a booking site' },
  { lane: 'Touchpoints', text: 'Price comparison site' },
  { lane: 'Thoughts & feelings', text: 'Is this really the best price?' },
  { lane: 'Emotions', text: 'Unsure' },
  { lane: 'Pain points', text: 'Hidden resort fee' },
  { lane: 'Opportunities', text: 'Show the full price up front' },
];

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

function overlaps(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

for (const size of SIZES) {
  test(`at ${size.width}×${size.height} the stage fills the height beside the presenter's panels, plain and for projectors`, async ({
    page,
  }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.setViewportSize(size);
    await newJourney(page);
    await linkNewPersona(page, 'Camille');
    await page.keyboard.press('p');
    await page.keyboard.press('ArrowRight');
    const quickAdd = page.getByRole('form', { name: `Quick add to ${STAGES[1]}` });
    const field = quickAdd.getByRole('textbox', { name: 'New card' });
    for (const idea of IDEAS) {
      await quickAdd.getByRole('combobox', { name: 'Lane' }).selectOption({ label: idea.lane });
      await field.fill(idea.text);
      await field.press('Enter');
    }
    await field.blur();
    const panels = [
      position(page),
      page.getByRole('navigation', { name: 'Stages' }),
      page.getByRole('button', { name: 'Exit' }),
      quickAdd,
      page.getByRole('region', { name: 'Workshop timer' }),
    ];
    const lastCell = page.getByRole('group', { name: `${STAGES[1]}, Moments of truth` });

    for (const look of ['plain', 'projector'] as const) {
      if (look === 'projector') {
        await page.getByRole('button', { name: 'High contrast' }).click();
        await page.getByRole('button', { name: 'Large text' }).click();
        await page.mouse.move(size.width / 2, size.height / 2);
      }
      const folder = process.env.PARCOURS_PRESENT_SHOTS;
      if (folder) {
        mkdirSync(folder, { recursive: true });
        await page.screenshot({
          path: join(folder, `present-${size.width}x${size.height}-${look}.png`),
        });
      }
      const header = await stageHeader(page, 1).boundingBox();
      if (!header) throw new Error('the stage header is not on screen');
      // The stage column starts right of the lane names, on screen, and no panel covers its header
      // or cards.
      const rail = await page.locator('.present-rail').boundingBox();
      expect(header.x).toBeGreaterThanOrEqual((rail?.x ?? 0) + (rail?.width ?? 0) - 1);
      expect(header.x + header.width).toBeLessThanOrEqual(size.width);
      expect(header.y).toBeGreaterThanOrEqual(0);
      const column = { ...header, height: size.height };
      for (const panel of panels) {
        const box = await panel.boundingBox();
        if (!box) throw new Error('a presenter panel is missing');
        expect(overlaps(box, column)).toBe(false);
      }
      // Readable from the back of the room: the stage title is drawn at least 16 px high. On a
      // 1280×720 screen the plain look scales a crowded stage down to show all of its lanes;
      // large text is what makes it readable there.
      const title = await stageHeader(page, 1).locator('h2').boundingBox();
      if (look === 'projector' || size.width >= 1920) {
        expect(title?.height ?? 0).toBeGreaterThanOrEqual(16);
      }
      await expect(page.getByText(IDEAS[0]?.text ?? '')).toBeInViewport();

      // A stage taller than the screen scrolls with the Down arrow down to its last lane.
      for (let i = 0; i < 4; i += 1) await page.keyboard.press('ArrowDown');
      await expect(lastCell).toBeInViewport({ ratio: 0.9 });
      await expect(page.getByText(IDEAS.at(-1)?.text ?? '')).toBeInViewport();
      await page.keyboard.press('ArrowUp');
      for (let i = 0; i < 4; i += 1) await page.keyboard.press('ArrowUp');
      await expect(stageHeader(page, 1)).toBeInViewport({ ratio: 0.9 });
    }
  });
}
