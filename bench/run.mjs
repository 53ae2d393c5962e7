// `npm run bench`: canvas, storage and export figures for Parcours, next to a bare React Flow baseline.
// Prints one JSON line per figure on stdout and nothing else; progress goes to stderr.
// Usage: node bench/run.mjs [--no-build] [--cards=100,1000] [--only=canvas|storage|library|export|route|download|live].
// Never part of `npm test`.
/* global window, document, indexedDB -- only inside page.evaluate / waitForFunction callbacks, which run in the page */
import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import os from 'node:os';
import { exportBench } from './exportBench.mjs';
import { weighFirstPages } from '../scripts/firstLoad.mjs';
import { routeBench } from './routeBench.mjs';
import { baselineInput, makeJourney } from './generate.mjs';
import {
  armSaveWatch,
  longTaskProbe,
  pickDragTarget,
  readyProbe,
  saveLongTasks,
  seedJourneys,
  startFrames,
  stopFrames,
  timePuts,
  waitQuiet,
} from './page.mjs';
import {
  APP_DIST,
  BASELINE_DIST,
  FLOOR_DIST,
  ROOT,
  buildAll,
  loadModel,
  log,
  serve,
} from './servers.mjs';
import { median, percentile, ratio, round } from './stats.mjs';

// `--cards=1000` (comma-separated) measures only those map sizes, for quick before/after checks.
const cardsArg = process.argv.find((arg) => arg.startsWith('--cards='));
const SIZES = cardsArg
  ? cardsArg.slice('--cards='.length).split(',').map(Number)
  : [100, 1_000, 5_000];
/** The export group times one large map unless `--cards` names the sizes. */
const EXPORT_SIZES = cardsArg ? SIZES : [1_000];
/** Each figure is the median of this many interleaved runs, as the targets are stated. */
const RUNS = 5;
const LIBRARY_JOURNEYS = 200;
const LIBRARY_CARDS = 50;
/** Save latency and the save's long tasks are measured on these map sizes. */
const SAVE_SIZES = cardsArg ? SIZES : [1_000, 5_000];
/** Saving never blocks the main thread longer than this (a long task is anything over 50 ms). */
const SAVE_LONG_TASK_BUDGET_MS = 50;
const APP_PORT = 4317;
const BASELINE_PORT = 4318;
const FLOOR_PORT = 4319;
/**
 * The floor page (bench/floor) opens maps this large and smaller: the baseline drawn only after
 * reading and validating the stored map, so the small map's target can be read against what the
 * stack alone costs.
 */
const FLOOR_MAX_CARDS = 100;
const READY_TIMEOUT_MS = 120_000;
/**
 * How far the card travels, in screen pixels, in how many pointer moves, paced how many ms apart
 * (a hand on a mouse or a finger on a tablet sends about 30 moves a second).
 */
const DRAG = { dx: 300, dy: 120, moves: 30, paceMs: 33 };
/** The second drag moves this many selected cards together. */
const SELECTED = 50;
/** Wheel zooming: steps of this many pixels, in and out by turns, paced as the drag's moves. */
const ZOOM = { delta: 60, steps: 30, paceMs: 33 };

const APPS = {
  // Parcours opens readable, on its first stages: zoom out until 50 cards are on screen.
  parcours: {
    cardSelector: '.react-flow__node-card',
    multiSelectKey: 'Shift',
    showMore: async (page, count) => {
      for (let step = 0; step < 6; step += 1) {
        const { length } = await page.evaluate(pickDragTarget, {
          selector: '.react-flow__node-card',
          count,
        });
        if (length >= count) return;
        await page.getByRole('button', { name: 'Zoom out', exact: true }).click();
        await page.evaluate(waitQuiet, {});
      }
    },
  },
  // The baseline fits every node on screen; React Flow's own multi-select key.
  baseline: { cardSelector: '.react-flow__node-default', multiSelectKey: 'Control' },
  // The floor draws the baseline's nodes; it is only opened, never dragged.
  floor: { cardSelector: '.react-flow__node-default', multiSelectKey: 'Control' },
};

function emit(figure) {
  process.stdout.write(`${JSON.stringify(figure)}\n`);
}

async function waitReady(page, label) {
  await page.waitForFunction(() => window.__bench?.readyAt != null, null, {
    timeout: READY_TIMEOUT_MS,
    polling: 100,
  });
  const state = await page.evaluate(() => window.__bench);
  const what = state.nodes ? ` (${state.cards} cards, ${state.nodes} nodes in the DOM)` : '';
  log(`  ${label}: ready at ${round(state.readyAt)} ms${what}`);
  return state;
}

/** Selects `count` cards on screen with the app's multi-select key; resolves to the first. */
async function selectCards(page, app, count) {
  const { cardSelector, multiSelectKey } = APPS[app];
  const targets = await page.evaluate(pickDragTarget, { selector: cardSelector, count });
  if (targets.length < count) {
    throw new Error(`only ${targets.length} cards (${cardSelector}) free to select on screen`);
  }
  await page.keyboard.down(multiSelectKey);
  for (const target of targets) await page.mouse.click(target.x, target.y);
  await page.keyboard.up(multiSelectKey);
  const selected = await page.evaluate(
    (selector) => document.querySelectorAll(`${selector}.selected`).length,
    cardSelector,
  );
  if (selected < count) throw new Error(`${selected} of ${count} cards selected`);
  return targets[0];
}

/**
 * Drags a card (and whatever is selected with it) across the pane, with pointer moves paced
 * DRAG.paceMs apart; returns the frame times recorded during the moves and how long they took.
 */
async function dragFrames(page, app, selected) {
  const { cardSelector } = APPS[app];
  const from =
    selected > 1
      ? await selectCards(page, app, selected)
      : (await page.evaluate(pickDragTarget, { selector: cardSelector, count: 1 }))[0];
  if (!from) throw new Error(`no card (${cardSelector}) free to drag on screen`);
  const to = {
    x: Math.min(from.x + DRAG.dx, from.pane.right - 20),
    y: Math.min(from.y + DRAG.dy, from.pane.bottom - 20),
  };
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(from.x + 4, from.y + 4, { steps: 2 });
  await page.evaluate(startFrames);
  // Each move waits for its turn on the clock: a page that cannot keep up makes the drag longer.
  const started = performance.now();
  for (let move = 1; move <= DRAG.moves; move += 1) {
    const due = started + (move - 1) * DRAG.paceMs;
    const wait = due - performance.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    const share = move / DRAG.moves;
    await page.mouse.move(
      from.x + 4 + (to.x - from.x - 4) * share,
      from.y + 4 + (to.y - from.y - 4) * share,
    );
  }
  const movesMs = performance.now() - started;
  const { stamps, dragged } = await page.evaluate(stopFrames);
  await page.mouse.up();
  if (!dragged) throw new Error('the drag did not move any node');
  const deltas = stamps.slice(1).map((stamp, index) => stamp - stamps[index]);
  if (deltas.length < 5) throw new Error(`only ${deltas.length} frames recorded during the drag`);
  return {
    median: median(deltas),
    p95: percentile(deltas, 95),
    frames: deltas.length,
    moves: movesMs,
  };
}

/**
 * Zooms in and out with the wheel over the map, ZOOM.steps paced ZOOM.paceMs apart, and returns
 * the frame times recorded meanwhile. Parcours's map overview is on screen (1,440 px wide), so a
 * zoom redraws its frame too, as a person sees it.
 */
async function zoomFrames(page, app) {
  if (app === 'parcours') await page.waitForSelector('.map-overview', { timeout: 10_000 });
  const pane = await page.locator('.react-flow').boundingBox();
  await page.mouse.move(pane.x + pane.width * 0.6, pane.y + pane.height * 0.6);
  await page.evaluate(startFrames);
  const started = performance.now();
  for (let step = 0; step < ZOOM.steps; step += 1) {
    const due = started + step * ZOOM.paceMs;
    const wait = due - performance.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    // Five steps in, five out: the view ends about where it started.
    await page.mouse.wheel(0, step % 10 < 5 ? -ZOOM.delta : ZOOM.delta);
  }
  const { stamps } = await page.evaluate(stopFrames);
  const deltas = stamps.slice(1).map((stamp, index) => stamp - stamps[index]);
  if (deltas.length < 5) throw new Error(`only ${deltas.length} frames recorded while zooming`);
  return { p95: percentile(deltas, 95) };
}

/**
 * The 50-card drag runs on maps this large and up: on a small map zoomed out far enough to show 50
 * cards, far zoom draws them as one picture, with no cards to select.
 */
const MANY_DRAG_MIN_CARDS = 1_000;

/**
 * One canvas run: a fresh page, timed until interactive, then a drag of one card and of 50.
 * `openOnly` stops after the open and returns its time alone.
 */
async function canvasRun(context, app, { url, baseline, cards, openOnly = false }) {
  const page = await context.newPage();
  try {
    const { cardSelector, showMore } = APPS[app];
    await page.addInitScript(readyProbe, { mode: 'canvas', selector: cardSelector });
    if (baseline) {
      await page.addInitScript((input) => {
        window.__PARCOURS_BENCH__ = input;
      }, baseline);
    }
    await page.goto(url, { waitUntil: 'commit' });
    const state = await waitReady(page, app);
    if (app === 'floor') {
      const opened = await page.evaluate(() => window.__floorCards);
      if (opened !== cards) throw new Error(`the floor page opened ${opened} cards, not ${cards}`);
    }
    if (openOnly) return { open: state.readyAt };
    await page.evaluate(waitQuiet, {});
    const one = await dragFrames(page, app, 1);
    log(`  ${app}: drag of 1 card, frames p95 ${round(one.p95)} ms, moves ${round(one.moves)} ms`);
    await page.keyboard.press('Escape');
    await page.evaluate(waitQuiet, {});
    const zoom = await zoomFrames(page, app);
    log(`  ${app}: wheel zoom, frames p95 ${round(zoom.p95)} ms`);
    if (cards < MANY_DRAG_MIN_CARDS)
      return { open: state.readyAt, nodes: state.nodes, one, zoom, many: null };
    if (showMore) await showMore(page, SELECTED);
    await page.evaluate(waitQuiet, {});
    const many = await dragFrames(page, app, SELECTED);
    log(
      `  ${app}: drag of ${SELECTED} cards, frames p95 ${round(many.p95)} ms, moves ${round(many.moves)} ms`,
    );
    return { open: state.readyAt, nodes: state.nodes, one, zoom, many };
  } finally {
    await page.close();
  }
}

function summarise(runs) {
  const mid = (pick) => (runs[0].many || !pick.many ? round(median(runs.map(pick))) : null);
  const all = (pick) => (runs[0].many || !pick.many ? runs.map((run) => round(pick(run))) : null);
  const many = (pick) => Object.assign(pick, { many: true });
  return {
    open_ms: mid((run) => run.open),
    drag_frame_median_ms: mid((run) => run.one.median),
    drag_frame_p95_ms: mid((run) => run.one.p95),
    drag_moves_ms: mid((run) => run.one.moves),
    [`drag${SELECTED}_frame_p95_ms`]: mid(many((run) => run.many.p95)),
    [`drag${SELECTED}_moves_ms`]: mid(many((run) => run.many.moves)),
    zoom_frame_p95_ms: mid((run) => run.zoom.p95),
    nodes_in_dom: runs[0].nodes,
    runs: {
      open_ms: all((run) => run.open),
      drag_frame_p95_ms: all((run) => run.one.p95),
      drag_moves_ms: all((run) => run.one.moves),
      [`drag${SELECTED}_frame_p95_ms`]: all(many((run) => run.many.p95)),
      [`drag${SELECTED}_moves_ms`]: all(many((run) => run.many.moves)),
      zoom_frame_p95_ms: all((run) => run.zoom.p95),
    },
  };
}

async function canvasBench(context, seeders, model, servers) {
  for (const cards of SIZES) {
    const journey = makeJourney(model, { cards });
    const baseline = baselineInput(model, journey);
    const url = {
      parcours: `${servers.app.url}/#/journey/${encodeURIComponent(journey.id)}`,
      baseline: `${servers.baseline.url}/`,
      floor: `${servers.floor.url}/#/journey/${encodeURIComponent(journey.id)}`,
    };
    const runs = { parcours: [], baseline: [], floor: [] };
    const withFloor = cards <= FLOOR_MAX_CARDS;
    // The map is stored on each origin that opens it, fresh before every run.
    const seed = async () => {
      await seeders.app.evaluate(seedJourneys, { journeys: [journey], clear: true });
      if (withFloor)
        await seeders.floor.evaluate(seedJourneys, { journeys: [journey], clear: true });
    };
    // One unmeasured open of each first: the first size would otherwise pay alone for the
    // browser's cold caches (compiled code, fonts), which the later sizes find warm.
    if (cards === SIZES[0]) {
      log(`canvas, ${cards} cards, warm-up`);
      await seed();
      await canvasRun(context, 'parcours', { url: url.parcours, cards, openOnly: true });
      await canvasRun(context, 'baseline', { url: url.baseline, baseline, cards, openOnly: true });
      if (withFloor) {
        await canvasRun(context, 'floor', { url: url.floor, baseline, cards, openOnly: true });
      }
    }
    for (let run = 1; run <= RUNS; run += 1) {
      log(`canvas, ${cards} cards, run ${run}/${RUNS}`);
      // Re-seed every time: the previous run's drag moved a card, and autosave stored it.
      await seed();
      runs.parcours.push(await canvasRun(context, 'parcours', { url: url.parcours, cards }));
      runs.baseline.push(
        await canvasRun(context, 'baseline', { url: url.baseline, baseline, cards }),
      );
      if (withFloor) {
        runs.floor.push(
          await canvasRun(context, 'floor', { url: url.floor, baseline, cards, openOnly: true }),
        );
      }
    }
    const parcours = summarise(runs.parcours);
    const bare = summarise(runs.baseline);
    emit({ bench: 'canvas', app: 'parcours', cards, ...parcours });
    emit({ bench: 'canvas', app: 'baseline', cards, ...bare });
    const floor = withFloor ? round(median(runs.floor.map((run) => run.open))) : null;
    if (withFloor) {
      emit({
        bench: 'canvas',
        app: 'floor',
        cards,
        open_ms: floor,
        runs: { open_ms: runs.floor.map((run) => round(run.open)) },
      });
    }
    emit({
      bench: 'canvas',
      cards,
      open_ratio: ratio(parcours.open_ms, bare.open_ms),
      // What the stack alone costs: the baseline after reading and validating the stored map.
      ...(withFloor ? { floor_open_ratio: ratio(floor, bare.open_ms) } : {}),
      drag_frame_median_ratio: ratio(parcours.drag_frame_median_ms, bare.drag_frame_median_ms),
      drag_frame_p95_ratio: ratio(parcours.drag_frame_p95_ms, bare.drag_frame_p95_ms),
      drag_moves_ratio: ratio(parcours.drag_moves_ms, bare.drag_moves_ms),
      zoom_frame_p95_ratio: ratio(parcours.zoom_frame_p95_ms, bare.zoom_frame_p95_ms),
      [`drag${SELECTED}_moves_ratio`]: ratio(
        parcours[`drag${SELECTED}_moves_ms`],
        bare[`drag${SELECTED}_moves_ms`],
      ),
      // The targets: open within 0.7× the baseline (1.2× at 100 cards), drag frames within 17 ms
      // at p95, and the paced moves within 1.15× the baseline's time.
      max_open_ratio: cards <= 100 ? 1.2 : 0.7,
      max_frame_p95_ms: 17,
      max_moves_ratio: 1.15,
    });
  }
}

async function storageBench(context, seeder, model, servers) {
  for (const cards of SAVE_SIZES) await saveRun(context, seeder, model, servers, cards);

  const journey = makeJourney(model, { cards: SAVE_SIZES[0] });
  await seeder.evaluate(seedJourneys, { journeys: [journey], clear: true });
  log(`storage: one raw put of the ${SAVE_SIZES[0]}-card journey`);
  const puts = await seeder.evaluate(timePuts, { id: journey.id, times: RUNS });
  emit({
    bench: 'storage',
    cards: SAVE_SIZES[0],
    put_ms: round(median(puts.durations)),
    json_bytes: puts.jsonBytes,
    runs: puts.durations.map(round),
  });
}

/**
 * Edits the title of a `cards`-card journey and times the edit until storage holds it; a long-task
 * observer reports the longest main-thread task that overlapped the app's saves and journal writes.
 */
async function saveRun(context, seeder, model, servers, cards) {
  const journey = makeJourney(model, { cards });
  await seeder.evaluate(seedJourneys, { journeys: [journey], clear: true });

  log(`storage: edit → committed, ${cards} cards`);
  const page = await context.newPage();
  const latencies = [];
  const longest = [];
  try {
    await page.addInitScript(readyProbe, { mode: 'canvas', selector: APPS.parcours.cardSelector });
    await page.addInitScript(longTaskProbe);
    await page.goto(`${servers.app.url}/#/journey/${encodeURIComponent(journey.id)}`);
    await waitReady(page, 'parcours');
    const status = page.getByRole('status');
    const titleBox = page.getByRole('textbox', { name: 'Journey title' });
    for (let run = 1; run <= RUNS; run += 1) {
      await status.filter({ hasText: /^Saved$/ }).waitFor({ timeout: 30_000 });
      await page.evaluate(waitQuiet, {});
      const title = `Benchmark journey, edit ${run}`;
      await page.evaluate(armSaveWatch, { id: journey.id, title });
      await titleBox.fill(title);
      await page.waitForFunction(() => window.__save.t1 !== null || window.__save.error, null, {
        timeout: 30_000,
        polling: 50,
      });
      const save = await page.evaluate(() => window.__save);
      if (save.error) throw new Error(`save watcher failed: ${save.error}`);
      // Let the save's last callbacks run before reading the tasks that overlapped it.
      await page.evaluate(waitQuiet, {});
      const tasks = await page.evaluate(saveLongTasks, { since: save.t0 });
      if (tasks.saves === 0) throw new Error('no parcours:save measure: the app did not save');
      latencies.push(save.t1 - save.t0);
      longest.push(tasks.longest);
      log(
        `  run ${run}: committed after ${round(save.t1 - save.t0)} ms (${save.polls} polls); ` +
          `longest task during ${tasks.saves} save(s) and ${tasks.journals} journal write(s): ` +
          `${round(tasks.longest)} ms`,
      );
    }
  } finally {
    await page.close();
  }
  emit({
    bench: 'storage',
    cards,
    save_latency_ms: round(median(latencies)),
    save_longest_task_ms: round(Math.max(...longest)),
    max_save_longest_task_ms: SAVE_LONG_TASK_BUDGET_MS,
    runs: latencies.map(round),
  });
}

async function libraryBench(context, seeder, model, servers) {
  const journeys = Array.from({ length: LIBRARY_JOURNEYS }, (_, index) =>
    makeJourney(model, { cards: LIBRARY_CARDS, title: `Library journey ${index + 1}` }),
  );
  await seeder.evaluate(seedJourneys, { journeys, clear: true });
  const times = [];
  for (let run = 1; run <= RUNS; run += 1) {
    log(`library, ${LIBRARY_JOURNEYS} journeys, run ${run}/${RUNS}`);
    const page = await context.newPage();
    try {
      await page.addInitScript(readyProbe, {
        mode: 'count',
        selector: '.journey-tile',
        count: LIBRARY_JOURNEYS,
      });
      await page.goto(`${servers.app.url}/#/`, { waitUntil: 'commit' });
      times.push((await waitReady(page, 'library')).readyAt);
    } finally {
      await page.close();
    }
  }
  emit({
    bench: 'library',
    journeys: LIBRARY_JOURNEYS,
    cards_per_journey: LIBRARY_CARDS,
    library_open_ms: round(median(times)),
    runs: times.map(round),
  });
}

/** Runs bench/liveLoad.ts; its figure lines reach stdout as they are, its progress stderr. */
function liveBench() {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'bench/liveLoad.ts'], {
      cwd: ROOT,
      stdio: ['ignore', 'inherit', 'inherit'],
    });
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 0
        ? resolve(undefined)
        : reject(new Error(`the live load run failed (exit ${code})`)),
    );
  });
}

async function main() {
  const started = performance.now();
  const only = process.argv.find((arg) => arg.startsWith('--only='))?.slice('--only='.length);
  // Routing runs in Node on the model alone: no build, no browser.
  if (only === 'route') {
    routeBench(await loadModel(), { emit });
    return;
  }
  const executablePath = process.env.PARCOURS_CHROMIUM ?? '/usr/bin/chromium';
  if (!existsSync(executablePath)) {
    throw new Error(
      `Chromium not found at ${executablePath}; set PARCOURS_CHROMIUM (never downloaded).`,
    );
  }
  if (!process.argv.includes('--no-build')) await buildAll();
  for (const dir of [APP_DIST, BASELINE_DIST, FLOOR_DIST]) {
    if (!existsSync(`${dir}/index.html`))
      throw new Error(`${dir} is not built: run without --no-build`);
  }
  // What each first page downloads, from the build's manifest (scripts/bundle-budget.mjs).
  if (!only || only === 'download') {
    for (const { page, files, gzipKb, budgetKb } of weighFirstPages(APP_DIST)) {
      emit({ bench: 'download', page, files: files.length, gzip_kb: gzipKb, budget_kb: budgetKb });
    }
  }

  log('loading the model through Vite…');
  const model = await loadModel();

  const servers = {};
  let browser = null;
  try {
    servers.app = await serve(APP_DIST, APP_PORT);
    servers.baseline = await serve(BASELINE_DIST, BASELINE_PORT);
    servers.floor = await serve(FLOOR_DIST, FLOOR_PORT);
    browser = await chromium.launch({
      executablePath,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-quic',
        '--no-first-run',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
    const load = os
      .loadavg()
      .map((value) => value.toFixed(2))
      .join(' ');
    log(
      `Chromium ${browser.version()}, Node ${process.version}, ${os.cpus().length} CPUs, load ${load}`,
    );
    // No service worker: every load comes from the preview server, for Parcours and baseline alike.
    const context = await browser.newContext({
      viewport: { width: 1440, height: 900 },
      locale: 'en-US',
      serviceWorkers: 'block',
    });
    // The seeder page sits on a static file of the app's origin: it reaches the app's IndexedDB
    // without running the app. The app runs once first, so Dexie creates the database.
    const seeder = await context.newPage();
    await seeder.goto(`${servers.app.url}/#/`);
    // The library's first screen: a button that starts a new journey (its name varies by version).
    await seeder
      .getByRole('button', { name: /^(New journey|Standard journey)$/ })
      .first()
      .waitFor();
    // Dexie creates the tables a moment after the first screen; on a busy machine, wait for them.
    await seeder.waitForFunction(
      () =>
        new Promise((resolve) => {
          const request = indexedDB.open('parcours');
          request.onsuccess = () => {
            resolve(request.result.objectStoreNames.contains('journeys'));
            request.result.close();
          };
          request.onerror = () => resolve(false);
        }),
      null,
      { timeout: READY_TIMEOUT_MS, polling: 200 },
    );
    await seeder.goto(`${servers.app.url}/favicon.svg`);

    // `--only=canvas` (or storage, library, export, route) runs one part, for quick checks.
    if (!only || only === 'canvas') {
      // The floor page stores the map on its own origin: opened without one, it creates the
      // database.
      const floorSeeder = await context.newPage();
      await floorSeeder.goto(`${servers.floor.url}/`);
      await floorSeeder.waitForFunction(() => window.__floorDatabase === true, null, {
        timeout: READY_TIMEOUT_MS,
      });
      await canvasBench(context, { app: seeder, floor: floorSeeder }, model, servers);
    }
    if (!only || only === 'storage') await storageBench(context, seeder, model, servers);
    if (!only || only === 'library') await libraryBench(context, seeder, model, servers);
    if (!only || only === 'export') {
      await exportBench(context, seeder, model, servers, {
        sizes: EXPORT_SIZES,
        runs: RUNS,
        waitReady,
        emit,
      });
    }
    await context.close();
    // The live workshop under load runs in its own process (TypeScript, through tsx): 30 headless
    // participants, the live server and a facilitator's canvas of its own.
    if (!only || only === 'live') await liveBench();
  } finally {
    await browser?.close();
    await servers.app?.close();
    await servers.baseline?.close();
    await servers.floor?.close();
  }
  const load = os
    .loadavg()
    .map((value) => value.toFixed(2))
    .join(' ');
  log(`done in ${round((performance.now() - started) / 1000)} s (load average now ${load})`);
}

main().catch((error) => {
  log(`FAILED: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  process.exitCode = 1;
});
