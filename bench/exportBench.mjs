// The `export` group of `npm run bench`: opens a large map in the built app, opens the Export
// dialog at 2× and times, from the click to the browser's download: the whole-map PNG and the SVG
// (drawn from the model), the picture of the current view (captured from the page, the whole map
// being on screen: zoomed that far out, the canvas shows its far-zoom picture, not 1,000 cards),
// the PowerPoint deck and the one-page PDF (vector). It prints how many times faster the PNG is
// than the current view, beside the least it was asked to be when the view held every card.
import { makeJourney } from './generate.mjs';
import { readyProbe, seedJourneys, waitQuiet } from './page.mjs';
import { log } from './servers.mjs';
import { median, round } from './stats.mjs';

/** Downloads of large maps take long on a busy machine; never wait forever. */
const DOWNLOAD_TIMEOUT_MS = 300_000;

/** Each format's budget for a 1,000-card map (printed beside its figure), if it has one. */
const FORMATS = [
  { figure: 'export.png2x', button: 'PNG image', budget: 3_000 },
  { figure: 'export.svg', button: 'SVG image', budget: 5_000 },
  { figure: 'export.view2x', button: 'Current view (PNG)' },
  { figure: 'export.pptx', button: 'PowerPoint (.pptx)', budget: 5_000 },
  { figure: 'export.pdf', button: 'PDF document', budget: 5_000 },
];
/** The whole-map PNG must be at least this many times faster than the current view's picture. */
const PNG_MIN_SPEEDUP = 5;

/** Milliseconds from the click on `button` to the download event; waits for the dialog to settle. */
async function timeDownload(page, dialog, button) {
  const target = dialog.getByRole('button', { name: button, exact: true });
  await target.waitFor();
  await page.waitForFunction((el) => !el.disabled, await target.elementHandle());
  await page.evaluate(waitQuiet, {});
  const started = performance.now();
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: DOWNLOAD_TIMEOUT_MS }),
    target.click(),
  ]);
  const ms = performance.now() - started;
  const failure = await download.failure();
  if (failure) throw new Error(`${button}: the download failed (${failure})`);
  // The dialog goes back to idle (its progress line disappears) before the next run.
  await dialog.getByRole('progressbar').waitFor({ state: 'hidden', timeout: DOWNLOAD_TIMEOUT_MS });
  return ms;
}

export async function exportBench(
  context,
  seeder,
  model,
  servers,
  { sizes, runs, waitReady, emit },
) {
  for (const cards of sizes) {
    const journey = makeJourney(model, { cards });
    await seeder.evaluate(seedJourneys, { journeys: [journey], clear: true });
    const page = await context.newPage();
    try {
      await page.addInitScript(readyProbe, { mode: 'canvas', selector: '.react-flow__node-card' });
      await page.goto(`${servers.app.url}/#/journey/${encodeURIComponent(journey.id)}`);
      await waitReady(page, 'parcours');
      // A large map opens on its first stages: fit it all, so the current view is the same map.
      await page.keyboard.press('Shift+Digit1');
      await page.evaluate(waitQuiet, {});
      await page.getByRole('button', { name: 'Export', exact: true }).click();
      const dialog = page.getByRole('dialog', { name: 'Export' });
      await dialog.getByRole('radio', { name: '2×' }).check();
      const medians = {};
      for (const { figure, button, budget } of FORMATS) {
        const times = [];
        for (let run = 1; run <= runs; run += 1) {
          const ms = await timeDownload(page, dialog, button);
          log(`export, ${cards} cards, ${button}, run ${run}/${runs}: ${round(ms)} ms`);
          times.push(ms);
        }
        const ms = round(median(times));
        medians[figure] = ms;
        const limit = budget ? { budget_ms: budget } : {};
        emit({ bench: 'export', figure, cards, ms, ...limit, runs: times.map(round) });
      }
      emit({
        bench: 'export',
        figure: 'export.png2x_speedup',
        cards,
        ratio: round(medians['export.view2x'] / medians['export.png2x']),
        min_ratio: PNG_MIN_SPEEDUP,
      });
    } finally {
      await page.close();
    }
  }
}
