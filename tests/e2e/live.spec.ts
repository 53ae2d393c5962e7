// A live workshop end to end: the live server started by the test run on its own port, a
// facilitator, a participant on a laptop and one on a phone (390×844, touch). Cards, edits, moves,
// deletions and votes reach everyone; typing in one card merges; offline edits and a server
// restart lose nothing; the server refuses a wrong secret, a locked room's writes and a crafted
// invalid update; and after the session the journey in the library holds every card.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join as joinPath } from 'node:path';
import * as Y from 'yjs';
import { liveTypes } from '../../src/live/liveDoc';
import { connect, until } from '../live/nodeClient';
import { newJourney, showWholeMap } from './support';

test.describe.configure({ mode: 'serial' });

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/** The live server, as `npm run server` starts it, on its own port and data file. */
function liveServer(port: number, dataPath: string) {
  let child: ChildProcess | null = null;
  const start = async () => {
    // One process (no npx or tsx wrapper in between), so a stop really stops the server.
    child = spawn(process.execPath, ['--import', 'tsx', 'server/index.ts'], {
      env: {
        ...process.env,
        PARCOURS_LIVE_PORT: String(port),
        PARCOURS_LIVE_HOST: '127.0.0.1',
        PARCOURS_LIVE_DATA: dataPath,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    await expect
      .poll(
        async () => {
          try {
            return (await fetch(`http://127.0.0.1:${port}/health`)).ok;
          } catch {
            return false;
          }
        },
        { timeout: 20_000 },
      )
      .toBe(true);
  };
  const stop = async () => {
    const running = child;
    child = null;
    if (!running || running.exitCode !== null) return;
    const exited = new Promise((resolve) => running.once('exit', resolve));
    running.kill('SIGTERM');
    await exited;
  };
  return { start, stop, url: `ws://127.0.0.1:${port}` };
}

let dataDir = '';
let server: ReturnType<typeof liveServer>;
let facilitatorContext: BrowserContext;
let laptopContext: BrowserContext;
let phoneContext: BrowserContext;
let facilitator: Page;
let laptop: Page;
let phone: Page;
let joinUrl = '';

const group = (page: Page, name: string | RegExp) => page.getByRole('group', { name });
const inspector = (page: Page) => page.getByRole('complementary', { name: 'Inspector' });
const livePanel = (page: Page) => page.getByRole('complementary', { name: 'Live session' });
/** Unfolds the live panel, folded away so that it covers none of the map. */
async function openPanel(page: Page) {
  const show = page.getByRole('button', { name: /^Show the live panel/ });
  if (await show.isVisible()) await show.click();
  return livePanel(page);
}

async function foldPanel(page: Page) {
  await livePanel(page).getByRole('button', { name: 'Hide the live panel' }).click();
}

const phoneCards = (page: Page) => page.locator('.join-cardText');

async function expectNoSeriousViolations(page: Page, include?: string) {
  const builder = new AxeBuilder({ page });
  if (include) builder.include(include);
  const results = await builder.analyze();
  const serious = results.violations.filter(
    (violation) => violation.impact === 'serious' || violation.impact === 'critical',
  );
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
}

async function phoneContextOf(browser: Browser) {
  return browser.newContext({
    viewport: { width: 390, height: 844 },
    isMobile: true,
    hasTouch: true,
    locale: 'en-GB',
  });
}

/** Joins from the join link with a display name; resolves once the room's map is there. */
async function join(page: Page, url: string, name: string, audit = false) {
  await page.goto(url);
  if (audit) {
    await expect(page.getByRole('heading', { name: 'Join the workshop' })).toBeVisible();
    await expectNoSeriousViolations(page);
  }
  await page.getByRole('textbox', { name: 'Your name' }).fill(name);
  await page.getByRole('button', { name: 'Join' }).click();
  await expect(page.getByRole('combobox', { name: 'Stage' })).toBeVisible();
}

async function sendCard(page: Page, lane: string, text: string) {
  await page.getByRole('combobox', { name: 'Lane' }).selectOption({ label: lane });
  await page.getByRole('textbox', { name: 'Your card' }).fill(text);
  await page.getByRole('button', { name: 'Send' }).tap();
}

/** Selects a card on the canvas and writes its main text in the inspector. */
async function writeCard(page: Page, card: string | RegExp, text: string) {
  await group(page, card).click();
  await inspector(page).getByRole('textbox').first().fill(text);
}

/** A new shared card record, a copy of the room's first card under another id. */
function copyOfFirstCard(doc: Y.Doc, id: string): Y.Map<unknown> {
  const template = liveTypes(doc).cards.values().next().value as Y.Map<unknown>;
  const card = new Y.Map<unknown>();
  for (const [field, value] of template.entries()) {
    card.set(field, value instanceof Y.Text ? new Y.Text(value.toString()) : value);
  }
  card.set('id', id);
  return card;
}

test.beforeAll(async ({ browser }) => {
  dataDir = mkdtempSync(joinPath(tmpdir(), 'parcours-live-e2e-'));
  server = liveServer(await freePort(), joinPath(dataDir, 'rooms.sqlite'));
  await server.start();
  facilitatorContext = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  laptopContext = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  phoneContext = await phoneContextOf(browser);
  facilitator = await facilitatorContext.newPage();
  laptop = await laptopContext.newPage();
  phone = await phoneContext.newPage();
});

test.afterAll(async () => {
  await Promise.all([facilitatorContext, laptopContext, phoneContext].map((c) => c?.close()));
  await server?.stop();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

test('the facilitator starts a session and both participants join, the phone with touch', async () => {
  test.slow();
  await newJourney(facilitator);
  await facilitator.getByRole('textbox', { name: 'Journey title' }).fill('Checkout workshop');
  await facilitator.keyboard.press('Escape');
  await facilitator.locator('.react-flow__pane').click({ position: { x: 5, y: 5 } });
  await facilitator.keyboard.press('l');
  const dialog = facilitator.getByRole('dialog', { name: 'Start live session' });
  await expect(dialog).toBeVisible();
  await expectNoSeriousViolations(facilitator, 'dialog');

  // A server that is not there is said so, in words.
  await dialog.getByRole('textbox', { name: 'Server address' }).fill('ws://127.0.0.1:9');
  await dialog.getByRole('button', { name: 'Start' }).click();
  await expect(dialog.getByRole('alert')).toContainText('cannot be reached');

  await dialog.getByRole('textbox', { name: 'Server address' }).fill(server.url);
  await dialog.getByRole('textbox', { name: 'Your name' }).fill('Fatou');
  await dialog.getByRole('radio', { name: 'Edit everything' }).check();
  await dialog.getByRole('spinbutton', { name: 'Dots per person' }).fill('3');
  await dialog.getByRole('button', { name: 'Start' }).click();
  await expect(dialog).toBeHidden();
  const panel = livePanel(facilitator);
  await expect(panel.getByRole('status').first()).toHaveText(/Connected/);
  await expect(panel.getByRole('img', { name: /QR code/ })).toBeVisible();
  joinUrl = await panel.getByRole('textbox', { name: 'Join link' }).inputValue();
  expect(joinUrl).toMatch(/#\/join\/[^/]+\/[^/]+\//);

  // A phone downloads the join page, not the editor and its canvas.
  const phoneScripts: string[] = [];
  phone.on('request', (request) => {
    if (request.resourceType() === 'script') phoneScripts.push(new URL(request.url()).pathname);
  });
  await join(phone, joinUrl, 'Pia', true);
  await expect(phone.locator('h1')).toHaveText('Checkout workshop');
  expect(phoneScripts.some((path) => /\/JoinPage-[^/]+\.js$/.test(path))).toBe(true);
  expect(phoneScripts.filter((path) => /\/EditorRoute-[^/]+\.js$/.test(path))).toEqual([]);
  await expectNoSeriousViolations(phone);

  await join(laptop, joinUrl, 'Dan');
  await laptop.getByRole('link', { name: 'Open the full editor' }).click();
  await expect(laptop.getByRole('textbox', { name: 'Journey title' })).toHaveValue(
    'Checkout workshop',
  );
  // Nothing is stored on the participant's laptop, and the toolbar says where the journey is.
  await expect(laptop.locator('.save-indicator')).toHaveText('In the live room');
  await showWholeMap(laptop);
  await expect(panel.getByRole('listitem')).toHaveCount(3);
  await expect(panel).toContainText('Pia');
  await expect(panel).toContainText('Dan');
  await foldPanel(facilitator);
});

test('cards added, edited, moved and deleted, and votes, reach everyone', async () => {
  test.slow();
  await sendCard(phone, 'Pain points', 'Long queue at checkout');
  const card = 'Pain point: Long queue at checkout';
  await expect(group(facilitator, card)).toBeVisible();
  await expect(group(laptop, card)).toBeVisible();

  // The laptop participant edits it, then moves it one stage on.
  await writeCard(laptop, card, 'Long queue at the tills');
  const edited = 'Pain point: Long queue at the tills';
  await expect(group(facilitator, edited)).toBeVisible();
  await expect(phoneCards(phone)).toHaveText(['Long queue at the tills']);
  await group(laptop, edited).focus();
  await laptop.keyboard.press('ArrowRight');
  await expect(phoneCards(phone)).toHaveCount(0);
  const stages = phone.getByRole('combobox', { name: 'Stage' });
  await stages.selectOption({ index: 1 });
  await expect(phoneCards(phone)).toHaveText(['Long queue at the tills']);

  // The facilitator adds one too; the phone votes on it with two of its three dots.
  await facilitator.getByRole('group', { name: /Research.*, Opportunities/ }).dblclick({
    position: { x: 20, y: 12 },
  });
  await inspector(facilitator).getByRole('textbox').first().fill('Self-checkout');
  await expect(phoneCards(phone)).toHaveCount(2);
  const addDot = phone.getByRole('button', { name: 'Add a dot to “Self-checkout”' });
  await addDot.tap();
  await addDot.tap();
  await expect(phone.getByText('1 of 3 dots left')).toBeVisible();
  const cardId = await group(facilitator, 'Opportunity: Self-checkout').getAttribute('data-id');
  await expect(facilitator.locator(`.live-dots[data-card="${cardId}"]`)).toContainText('2');
  const laptopPanel = await openPanel(laptop);
  await laptopPanel.getByRole('button', { name: 'Sort by votes' }).click();
  await expect(laptopPanel.getByRole('list', { name: 'Cards by votes' })).toContainText('2 dots');
  // The map dims every card but the voted one.
  await expect(laptop.locator('.live-veil')).toHaveCount(1);
  await laptopPanel.getByRole('button', { name: 'Sort by votes' }).click();
  await expect(laptop.locator('.live-veil')).toHaveCount(0);
  await foldPanel(laptop);

  // The facilitator deletes the pain point: gone everywhere.
  await group(facilitator, edited).click();
  await facilitator.keyboard.press('Delete');
  await expect(group(laptop, edited)).toHaveCount(0);
  await expect(phoneCards(phone)).toHaveText(['Self-checkout']);
});

test('in present mode, the facilitator’s stage leads every participant’s view', async () => {
  await facilitator.locator('.react-flow__pane').click({ position: { x: 5, y: 5 } });
  await facilitator.keyboard.press('p');
  await facilitator.keyboard.press('ArrowRight');
  const stage = phone.getByRole('combobox', { name: 'Stage' });
  await expect(phone.getByText('The facilitator is showing this stage.')).toBeVisible();
  const shown = await stage.inputValue();
  await facilitator.keyboard.press('ArrowRight');
  await expect(stage).not.toHaveValue(shown);
  await expect(phone.getByText('The facilitator is showing this stage.')).toBeVisible();
  // The laptop participant's editor presents the same stage, and leaves with the facilitator.
  await expect(laptop.getByRole('textbox', { name: 'Journey title' })).toBeHidden();
  await facilitator.keyboard.press('Escape');
  await expect(phone.getByText('The facilitator is showing this stage.')).toBeHidden();
  await expect(laptop.getByRole('textbox', { name: 'Journey title' })).toBeVisible();
});

test('two people typing in the same card both keep their text', async () => {
  const card = 'Opportunity: Self-checkout';
  await group(facilitator, card).click();
  await group(laptop, card).click();
  const mine = inspector(facilitator).getByRole('textbox').first();
  const theirs = inspector(laptop).getByRole('textbox').first();
  // Both type at once, each at their end of the text; the edits cross on the way.
  await mine.press('Home');
  await theirs.press('End');
  await Promise.all([
    mine.pressSequentially('Fast ', { delay: 40 }),
    theirs.pressSequentially(' lanes', { delay: 40 }),
  ]);
  for (const page of [facilitator, laptop]) {
    await expect(group(page, /^Opportunity:/)).toHaveAccessibleName(/Fast .*Self-checkout.* lanes/);
  }
});

test('one client offline: both sides edit, and after reconnecting every edit is everywhere', async () => {
  await phoneContext.setOffline(true);
  await expect(phone.getByRole('status').first()).toContainText('Offline');
  await sendCard(phone, 'Thoughts & feelings', 'Written in the lift');
  await facilitator.getByRole('group', { name: /Research.*, Actions/ }).dblclick({
    position: { x: 20, y: 12 },
  });
  await inspector(facilitator).getByRole('textbox').first().fill('Compares prices');
  await expect(group(facilitator, /Written in the lift/)).toHaveCount(0);

  await phoneContext.setOffline(false);
  await expect(group(facilitator, 'Note: Written in the lift')).toBeVisible({ timeout: 15_000 });
  await expect(group(laptop, 'Note: Written in the lift')).toBeVisible();
  await expect(phoneCards(phone).filter({ hasText: 'Compares prices' })).toHaveCount(1);
});

test('the server restarts mid-session and nothing is lost', async () => {
  test.slow();
  const panel = await openPanel(facilitator);
  await server.stop();
  await expect(panel.getByRole('status').first()).toHaveText(/Reconnecting/);
  // Edits made while the server is away are kept and sent once it is back.
  await sendCard(phone, 'Actions', 'Asks a colleague');
  await server.start();
  await expect(panel.getByRole('status').first()).toHaveText(/Connected/, { timeout: 20_000 });
  await foldPanel(facilitator);
  for (const page of [facilitator, laptop]) {
    await expect(group(page, 'Note: Asks a colleague')).toBeVisible({ timeout: 15_000 });
    await expect(group(page, 'Note: Compares prices')).toBeVisible();
    await expect(group(page, /Fast .*Self-checkout.* lanes/)).toBeVisible();
  }
});

test('the server refuses a wrong secret, a locked room and a crafted invalid update', async ({
  browser,
}) => {
  const [, , room, key, serverAddress] = new URL(joinUrl).hash.split('/');
  const wrong = await browser.newContext();
  const intruder = await wrong.newPage();
  await intruder.goto(joinUrl.replace(`/${key}/`, '/not-the-secret/'));
  await intruder.getByRole('textbox', { name: 'Your name' }).fill('Eve');
  await intruder.getByRole('button', { name: 'Join' }).click();
  await expect(intruder.getByRole('status').first()).toContainText('refused');
  await wrong.close();
  const url = decodeURIComponent(serverAddress ?? '');

  // A crafted client with the participant key writes a card no journey may hold: refused.
  const crafted = connect(url, room ?? '', key ?? '', 'crafted');
  await crafted.synced;
  crafted.doc.transact(() => {
    const card = copyOfFirstCard(crafted.doc, 'bogus');
    card.set('kind', 'not-a-kind');
    liveTypes(crafted.doc).cards.set('bogus', card);
    liveTypes(crafted.doc).authors.set('bogus', 'crafted');
  });
  await facilitator.waitForTimeout(1_000);
  crafted.close();

  // The facilitator locks the room: the phone is read-only, and the server refuses a write.
  await (await openPanel(facilitator)).getByRole('button', { name: 'Lock room' }).click();
  await expect(phone.getByText('The facilitator locked the room')).toBeVisible();
  await expect(phone.getByRole('textbox', { name: 'Your card' })).toHaveCount(0);
  const locked = connect(url, room ?? '', key ?? '', 'late');
  await locked.synced;
  const cardsBefore = liveTypes(locked.doc).cards.size;
  locked.doc.transact(() => {
    liveTypes(locked.doc).cards.set('late-card', copyOfFirstCard(locked.doc, 'late-card'));
    liveTypes(locked.doc).authors.set('late-card', 'late');
  });
  await facilitator.waitForTimeout(1_000);
  locked.close();
  const check = connect(url, room ?? '', key ?? '', 'checker');
  await check.synced;
  await until(() => liveTypes(check.doc).cards.size > 0);
  expect(liveTypes(check.doc).cards.has('late-card')).toBe(false);
  expect(liveTypes(check.doc).cards.has('bogus')).toBe(false);
  expect(liveTypes(check.doc).cards.size).toBe(cardsBefore);
  check.close();
  await livePanel(facilitator).getByRole('button', { name: 'Unlock room' }).click();
  await expect(phone.getByRole('textbox', { name: 'Your card' })).toBeVisible();
});

test('the facilitator’s tab reloads mid-session and rejoins it, missing nothing', async () => {
  await facilitator.reload();
  const panel = livePanel(facilitator);
  await expect(panel.getByRole('status').first()).toHaveText(/Connected/);
  await expect(facilitator.getByRole('dialog')).toHaveCount(0);
  await sendCard(phone, 'Opportunities', 'Sent after the reload');
  await showWholeMap(facilitator);
  await expect(group(facilitator, 'Opportunity: Sent after the reload')).toBeVisible();
});

test('after the session ends, a reload shows every participant’s card in the library', async () => {
  await (await openPanel(facilitator)).getByRole('button', { name: 'End session' }).click();
  await expect(facilitator.getByText('The session has ended.')).toBeVisible();
  await expect(phone.getByText('The session has ended. Thank you!')).toBeVisible();
  await facilitator.goto('/');
  await facilitator.reload();
  await facilitator
    .getByRole('link', { name: /Checkout workshop/ })
    .first()
    .click();
  await showWholeMap(facilitator);
  for (const card of [
    'Opportunity: Sent after the reload',
    'Note: Written in the lift',
    'Note: Asks a colleague',
    'Note: Compares prices',
  ]) {
    await expect(group(facilitator, card)).toHaveCount(1);
  }
  await expect(group(facilitator, /Fast .*Self-checkout.* lanes/)).toHaveCount(1);
});
