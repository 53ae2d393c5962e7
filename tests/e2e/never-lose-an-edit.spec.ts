// Data safety under attack: reloads and closes at random moments right after an edit or in the
// middle of a save, another tab keeping the database busy, a browser killed outright, and the
// database deleted under an open journey. Each test finds its data again through the UI after a
// reload or a reopen, and prints its figures as a JSON line. Set PARCOURS_SEED to replay a round.
import { expect, test, type BrowserContext, type Locator, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { appendFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { linkNewPersona, newJourney, showWholeMap } from './support';

/** A small seeded generator (mulberry32): the same seed replays the same trials. */
function seeded(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function seedFor(round: number): number {
  const fixed = process.env.PARCOURS_SEED;
  return fixed ? Number(fixed) : (Date.now() * 7919 + round * 104729) % 2 ** 31;
}

const WORDS = ['kestrel', 'harbour', 'lantern', 'meadow', 'quartz', 'saffron', 'tundra', 'willow'];
const AT = { position: { x: 30, y: 30 } };

/** Cells whose cards take free text, each at most once per round so a double-click finds room. */
const CARD_CELLS = [
  'Awareness, Actions',
  'Awareness, Pain points',
  'Awareness, Thoughts & feelings',
  'Research & comparison, Actions',
  'Research & comparison, Pain points',
  'Research & comparison, Thoughts & feelings',
  'Purchase, Actions',
  'Purchase, Pain points',
  'Purchase, Thoughts & feelings',
  'After-sales & loyalty, Actions',
  'After-sales & loyalty, Pain points',
  'After-sales & loyalty, Thoughts & feelings',
];

interface Edit {
  kind: 'title' | 'card';
  text: string;
  cell?: string;
  keyDelay: number;
}

function titleField(page: Page): Locator {
  return page.getByRole('textbox', { name: 'Journey title' });
}

function cardOf(page: Page, edit: Edit): Locator {
  const prefix = edit.cell?.endsWith('Pain points') ? 'Pain point' : 'Note';
  return page.getByRole('group', { name: `${prefix}: ${edit.text}` });
}

/**
 * Types the edit key by key (a new card is added first): the whole journey title, or the text of
 * the new card in the inspector. `beforeLastKey` runs just before the last key is pressed.
 */
async function typeEdit(page: Page, edit: Edit, beforeLastKey?: () => Promise<void>) {
  let field = titleField(page);
  if (edit.kind === 'card' && edit.cell) {
    // A reloaded map opens on its first stages, where a later stage's cells are not drawn.
    const cell = page.getByRole('group', { name: edit.cell });
    if ((await cell.count()) === 0) await showWholeMap(page);
    await cell.dblclick(AT);
    const label = edit.cell.endsWith('Pain points') ? 'Description' : 'Text';
    field = page
      .getByRole('complementary', { name: 'Inspector' })
      .getByRole('textbox', { name: label });
  }
  await field.click();
  await field.press('ControlOrMeta+A');
  await field.pressSequentially(edit.text.slice(0, -1), { delay: edit.keyDelay });
  await beforeLastKey?.();
  await field.pressSequentially(edit.text.slice(-1));
}

/** Whether the edit shows after a reload or reopen; false (not a throw) so losses are counted. */
async function isFound(page: Page, edit: Edit): Promise<boolean> {
  try {
    if (edit.kind === 'title') await expect(titleField(page)).toHaveValue(edit.text);
    else {
      // The whole map, so a card in a later stage is drawn wherever the map opened.
      await showWholeMap(page);
      await expect(cardOf(page, edit)).toBeVisible();
    }
    return true;
  } catch {
    return false;
  }
}

/**
 * Arms a reload from inside the page for the moment the save indicator turns to "Saving…" once the
 * focused field holds `text`: the save may be one that started before the last key, or its own.
 */
async function armReloadWhileSaving(page: Page, text: string) {
  await page.evaluate((text) => {
    const status = document.querySelector('[role="status"]');
    if (!status) throw new Error('no save indicator');
    const observer = new MutationObserver(() => {
      const field = document.activeElement as HTMLInputElement | HTMLTextAreaElement | null;
      if (status.textContent !== 'Saving…' || field?.value !== text) return;
      observer.disconnect();
      location.reload();
    });
    observer.observe(status, { childList: true, characterData: true, subtree: true });
  }, text);
}

const KINDS = ['reload', 'reloadWhileSaving', 'closeAndReopen'] as const;
type ReloadKind = (typeof KINDS)[number];

interface Figures {
  test: string;
  round: number;
  seed: number;
  trials: number;
  byKind: Record<ReloadKind, number>;
  byEdit: Record<Edit['kind'], number>;
  /** reloadWhileSaving trials where no save started within 5 s, so a plain reload was done. */
  saveNeverSeen: number;
  lost: number;
  lostTrials: Array<{ trial: number; kind: ReloadKind; delayMs: number; edit: Edit }>;
}

const ROUNDS = 4;
const TRIALS_PER_ROUND = 16;

async function runTrials(context: BrowserContext, round: number): Promise<Figures> {
  const seed = seedFor(round);
  console.log(`never-lose-an-edit: round ${round} seed ${seed}`);
  const random = seeded(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const figures: Figures = {
    test: 'randomized reloads',
    round,
    seed,
    trials: 0,
    byKind: { reload: 0, reloadWhileSaving: 0, closeAndReopen: 0 },
    byEdit: { title: 0, card: 0 },
    saveNeverSeen: 0,
    lost: 0,
    lostTrials: [],
  };

  let page = await context.newPage();
  await newJourney(page);
  const url = page.url();
  let cards = 0;
  for (let trial = 0; trial < TRIALS_PER_ROUND; trial += 1) {
    const asCard = random() < 0.4 && cards < CARD_CELLS.length;
    const edit: Edit = {
      kind: asCard ? 'card' : 'title',
      text: `r${round}-t${String(trial).padStart(2, '0')} ${pick(WORDS)}`,
      cell: asCard ? CARD_CELLS[cards++] : undefined,
      keyDelay: Math.floor(random() * 40),
    };
    const kind = pick(KINDS);
    const randomDelay = Math.floor(random() * 401);
    const delayMs = kind === 'reloadWhileSaving' ? 0 : randomDelay;

    if (kind === 'reloadWhileSaving') {
      // No random delay: the reload waits for the first save once the last key is in.
      const loaded = page.waitForEvent('load', { timeout: 8_000 });
      await typeEdit(page, edit, () => armReloadWhileSaving(page, edit.text));
      const reloaded = await loaded.then(
        () => true,
        () => false,
      );
      if (!reloaded) {
        figures.saveNeverSeen += 1;
        await page.reload();
      }
    } else {
      await typeEdit(page, edit);
      await page.waitForTimeout(delayMs);
      if (kind === 'reload') {
        await page.reload();
      } else {
        const closed = page.waitForEvent('close');
        await page.close({ runBeforeUnload: true });
        await closed;
        page = await context.newPage();
        await page.goto(url);
      }
    }

    figures.trials += 1;
    figures.byKind[kind] += 1;
    figures.byEdit[edit.kind] += 1;
    if (!(await isFound(page, edit))) {
      figures.lost += 1;
      figures.lostTrials.push({ trial, kind, delayMs, edit });
    }
  }
  await page.close();
  return figures;
}

/** Adds up the rounds once the last one has written its line, whichever worker ran it. */
function reportTotals(figures: Figures, outputDir: string) {
  mkdirSync(outputDir, { recursive: true });
  const file = join(outputDir, 'never-lose-an-edit.rounds.jsonl');
  appendFileSync(file, `${JSON.stringify(figures)}\n`);
  const rounds = readFileSync(file, 'utf8')
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as Figures);
  if (rounds.length !== ROUNDS) return;
  const total = {
    test: 'randomized reloads, all rounds',
    seeds: rounds.map((r) => r.seed),
    trials: 0,
    byKind: { reload: 0, reloadWhileSaving: 0, closeAndReopen: 0 },
    byEdit: { title: 0, card: 0 },
    saveNeverSeen: 0,
    lost: 0,
  };
  for (const r of rounds) {
    total.trials += r.trials;
    total.saveNeverSeen += r.saveNeverSeen;
    total.lost += r.lost;
    for (const kind of KINDS) total.byKind[kind] += r.byKind[kind];
    total.byEdit.title += r.byEdit.title;
    total.byEdit.card += r.byEdit.card;
  }
  console.log(JSON.stringify(total));
}

test.describe('randomized reloads', () => {
  test.describe.configure({ mode: 'parallel' });

  for (let round = 1; round <= ROUNDS; round += 1) {
    test(`finds the last edit after reloads and reopens at random moments, round ${round} of ${ROUNDS}`, async ({
      context,
    }) => {
      test.setTimeout(150_000);
      context.on('dialog', (dialog) => void dialog.accept());
      const figures = await runTrials(context, round);
      console.log(JSON.stringify(figures));
      reportTotals(figures, test.info().project.outputDir);
      expect(figures.lostTrials).toEqual([]);
    });
  }
});

/**
 * Keeps the journeys store busy from this page, as another tab loading or saving would: one
 * readonly transaction kept alive with get-alls, or short readonly transactions back to back.
 */
function holdReads(page: Page, mode: 'oneLongTransaction' | 'shortTransactions', ms: number) {
  return page.evaluate(
    ({ mode, ms }) =>
      new Promise<number>((resolve, reject) => {
        const request = indexedDB.open('parcours');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const db = request.result;
          const end = Date.now() + ms;
          let reads = 0;
          let chains = mode === 'oneLongTransaction' ? 1 : 3;
          const finish = () => {
            chains -= 1;
            if (chains > 0) return;
            db.close();
            resolve(reads);
          };
          (window as unknown as { parcoursBusy: boolean }).parcoursBusy = true;
          if (mode === 'oneLongTransaction') {
            const store = db.transaction('journeys', 'readonly').objectStore('journeys');
            const next = () => {
              reads += 1;
              const get = store.getAll();
              get.onsuccess = () => (Date.now() < end ? next() : finish());
              get.onerror = () => reject(get.error);
            };
            next();
            return;
          }
          const chain = () => {
            const tx = db.transaction('journeys', 'readonly');
            tx.objectStore('journeys').getAll();
            reads += 1;
            tx.oncomplete = () => (Date.now() < end ? chain() : finish());
            tx.onerror = () => reject(tx.error);
          };
          for (let i = 0; i < chains; i += 1) chain();
        };
      }),
    { mode, ms },
  );
}

test('finds a new title typed and reloaded at once while another tab keeps the database busy', async ({
  context,
}) => {
  test.setTimeout(150_000);
  const library = await context.newPage();
  const editor = await context.newPage();
  await newJourney(editor);
  await library.goto('/');
  await expect(
    library.getByRole('link', { name: 'New customer journey', exact: true }),
  ).toBeVisible();

  const figures = {
    test: 'busy second tab',
    rounds: 0,
    byMode: { oneLongTransaction: 0, shortTransactions: 0 },
    reads: 0,
    lost: 0,
    lostRounds: [] as number[],
  };
  for (let round = 0; round < 10; round += 1) {
    const mode = round % 2 === 0 ? 'oneLongTransaction' : 'shortTransactions';
    await library.evaluate(() => {
      (window as unknown as { parcoursBusy: boolean }).parcoursBusy = false;
    });
    const busy = holdReads(library, mode, 2_500);
    await library.waitForFunction(
      () => (window as unknown as { parcoursBusy: boolean }).parcoursBusy,
    );
    const title = `Busy round ${round} ${WORDS[round % WORDS.length]}`;
    await titleField(editor).fill('');
    await titleField(editor).pressSequentially(title, { delay: 15 });
    await editor.reload();
    const found = await isFound(editor, { kind: 'title', text: title, keyDelay: 0 });
    figures.reads += await busy;
    figures.rounds += 1;
    figures.byMode[mode] += 1;
    if (!found) {
      figures.lost += 1;
      figures.lostRounds.push(round);
    }
  }
  console.log(JSON.stringify(figures));
  expect(figures.lostRounds).toEqual([]);
});

/** Every process of the Chromium that uses this profile directory, the browser itself first. */
function processesOf(userDataDir: string): number[] {
  try {
    return execFileSync('pgrep', ['-f', userDataDir], { encoding: 'utf8' })
      .trim()
      .split('\n')
      .filter(Boolean)
      .map(Number);
  } catch {
    return []; // pgrep exits with 1 when nothing matches
  }
}

test('finds an edit made half a second before the browser was killed', async ({ playwright }) => {
  test.setTimeout(180_000);
  const { baseURL, launchOptions, viewport } = test.info().project.use;
  const userDataDir = mkdtempSync(join(tmpdir(), 'parcours-killed-'));
  const launch = () =>
    playwright.chromium.launchPersistentContext(userDataDir, {
      executablePath: launchOptions?.executablePath ?? '/usr/bin/chromium',
      args: launchOptions?.args,
      baseURL,
      viewport,
    });
  const kill = async () => {
    const pids = processesOf(userDataDir);
    expect(pids.length).toBeGreaterThan(0);
    for (const pid of pids) {
      try {
        process.kill(pid, 'SIGKILL');
      } catch {
        // already gone with its parent
      }
    }
    await expect.poll(() => processesOf(userDataDir), { timeout: 10_000 }).toEqual([]);
  };

  const figures = { test: 'killed browser', kills: 0, byEdit: { title: 0, card: 0 }, lost: 0 };
  const lostKills: number[] = [];
  try {
    let context = await launch();
    let page = context.pages()[0] ?? (await context.newPage());
    await newJourney(page);
    const url = page.url();
    for (let kill_ = 0; kill_ < 5; kill_ += 1) {
      const edit: Edit =
        kill_ % 2 === 0
          ? { kind: 'title', text: `Killed ${kill_} ${WORDS[kill_]}`, keyDelay: 20 }
          : {
              kind: 'card',
              text: `k${kill_} ${WORDS[kill_]}`,
              cell: CARD_CELLS[kill_],
              keyDelay: 20,
            };
      await typeEdit(page, edit);
      // The point of this test: the browser dies this long after the last edit, with no warning.
      await page.waitForTimeout(500);
      await kill();
      await context.close().catch(() => undefined);

      context = await launch();
      page = context.pages()[0] ?? (await context.newPage());
      await page.goto(url);
      figures.kills += 1;
      figures.byEdit[edit.kind] += 1;
      if (!(await isFound(page, edit))) {
        figures.lost += 1;
        lostKills.push(kill_);
      }
    }
    await context.close();
  } finally {
    rmSync(userDataDir, { recursive: true, force: true });
  }
  console.log(JSON.stringify(figures));
  expect(lostKills).toEqual([]);
});

test('stores the open journey again after another tab deletes the database', async ({
  context,
  page,
}) => {
  await newJourney(page);
  const panel = page.getByRole('complementary', { name: 'Inspector' });
  await page.getByRole('group', { name: 'Purchase, Pain points' }).dblclick(AT);
  await panel.getByRole('textbox', { name: 'Description' }).fill('Queue at the till');
  await page.getByRole('group', { name: 'Awareness, Actions' }).dblclick(AT);
  await panel.getByRole('textbox', { name: 'Text' }).fill('Sees a poster');
  await linkNewPersona(page, 'Inès');
  await expect(page.getByRole('status')).toHaveText('Saved');
  // The last edit is still unsaved when the database goes.
  await titleField(page).fill('Survives a wipe');

  const other = await context.newPage();
  await other.goto('/');
  await other.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.deleteDatabase('parcours');
        request.onsuccess = () => resolve();
        request.onerror = () => reject(request.error);
      }),
  );

  const alert = page.getByRole('alert');
  await expect(alert).toContainText('The Parcours data on this device was deleted.');
  await expect(alert.getByRole('button', { name: 'Download a copy' })).toBeVisible();
  const reloaded = page.waitForEvent('load');
  await alert.getByRole('button', { name: 'Store this journey again' }).click();
  await reloaded;

  await expect(titleField(page)).toHaveValue('Survives a wipe');
  await page.reload();
  await expect(titleField(page)).toHaveValue('Survives a wipe');
  await expect(page.getByRole('alert')).toHaveCount(0);
  await expect(page.getByRole('group', { name: 'Pain point: Queue at the till' })).toBeVisible();
  await expect(page.getByRole('group', { name: 'Note: Sees a poster' })).toBeVisible();
  const strip = page.getByRole('region', { name: 'Personas in this journey' });
  await expect(strip.getByRole('button', { name: /^Inès:/ })).toBeVisible();

  // Editing goes on into the new database.
  await titleField(page).fill('Survives a wipe, and goes on');
  await expect(page.getByRole('status')).toHaveText('Saved');
  await other.reload();
  await expect(
    other.getByRole('link', { name: 'Survives a wipe, and goes on', exact: true }),
  ).toBeVisible();
});

test('keeps the edit of a tab that crashed mid-save: the read-only tab takes over by itself', async ({
  context,
}) => {
  const crashed = await context.newPage();
  await newJourney(crashed);
  const follower = await context.newPage();
  await follower.goto(crashed.url());
  await expect(follower.getByRole('alert')).toContainText('being edited in another tab');
  const library = await context.newPage();
  await library.goto('/');
  await library.evaluate(() => {
    (window as unknown as { parcoursBusy: boolean }).parcoursBusy = false;
  });

  // Another tab's long read keeps the save from committing; the journal has the edit meanwhile.
  const busy = holdReads(library, 'oneLongTransaction', 3_000);
  await library.waitForFunction(
    () => (window as unknown as { parcoursBusy: boolean }).parcoursBusy,
  );
  await titleField(crashed).fill('Typed in the tab that crashed');
  await expect(crashed.getByRole('status')).toHaveText('Saving…');
  await expect
    .poll(() =>
      follower.evaluate(() =>
        Object.keys(localStorage).some((key) => key.startsWith('parcours.journal.')),
      ),
    )
    .toBe(true);
  const cdp = await context.newCDPSession(crashed);
  const gone = crashed.waitForEvent('crash');
  void cdp.send('Page.crash').catch(() => undefined);
  await gone;
  await busy;

  // The crashed tab let go of the journey: the follower edits it now, with the journal replayed.
  await expect(follower.getByRole('button', { name: 'Edit here instead' })).toHaveCount(0);
  await expect(follower.getByRole('button', { name: 'Add stage' })).toBeEnabled();
  await expect(titleField(follower)).toHaveValue('Typed in the tab that crashed');
  await follower.getByRole('group', { name: 'Purchase, Pain points' }).dblclick(AT);
  await expect(follower.getByRole('status')).toHaveText('Saved');

  await follower.reload();
  await expect(follower.getByRole('group', { name: /^Pain point:/ })).toHaveCount(1);
  await expect(titleField(follower)).toHaveValue('Typed in the tab that crashed');
});

test('says so and stores the journey again with its personas when site data is cleared', async ({
  context,
  page,
}) => {
  await newJourney(page);
  await page.getByRole('group', { name: 'Purchase, Pain points' }).dblclick(AT);
  await page
    .getByRole('complementary', { name: 'Inspector' })
    .getByRole('textbox', { name: 'Description' })
    .fill('No parking nearby');
  await linkNewPersona(page, 'Marcel');
  await titleField(page).fill('Before the browser cleared it');
  await expect(page.getByRole('status')).toHaveText('Saved');

  // What the browser's "Delete site data" and the developer tools' "Clear site data" do.
  const cdp = await context.newCDPSession(page);
  await cdp.send('Storage.clearDataForOrigin', {
    origin: new URL(page.url()).origin,
    storageTypes: 'all',
  });

  const alert = page.getByRole('alert');
  await expect(alert).toContainText('The Parcours data on this device was deleted.');
  const reloaded = page.waitForEvent('load');
  await alert.getByRole('button', { name: 'Store this journey again' }).click();
  await reloaded;
  await page.reload();
  await expect(titleField(page)).toHaveValue('Before the browser cleared it');
  await expect(page.getByRole('group', { name: 'Pain point: No parking nearby' })).toBeVisible();
  const strip = page.getByRole('region', { name: 'Personas in this journey' });
  await expect(strip.getByRole('button', { name: /^Marcel:/ })).toBeVisible();
});
