// The `export` group of `npm run bench`: opens a large map in the built app, opens the Export
// dialog and times PNG at 2× and the PowerPoint deck from the click to the browser's download.
import { makeJourney } from './generate.mjs';
import { readyProbe, seedJourneys, waitQuiet } from './page.mjs';
import { log } from './servers.mjs';
import { median, round } from './stats.mjs';

/** Downloads of large maps take long on a busy machine; never wait forever. */
const DOWNLOAD_TIMEOUT_MS = 300_000;

/** The PowerPoint export's budget for a 1,000-card map, printed beside its figure. */
const PPTX_BUDGET_MS = 5_000;

const FORMATS = [
  { figure: 'export.png2x', button: 'PNG image' },
  { figure: 'export.pptx', button: 'PowerPoint (.pptx)' },
];

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
      await page.getByRole('button', { name: 'Export', exact: true }).click();
      const dialog = page.getByRole('dialog', { name: 'Export' });
      await dialog.getByRole('radio', { name: '2×' }).check();
      for (const { figure, button } of FORMATS) {
        const times = [];
        for (let run = 1; run <= runs; run += 1) {
          const ms = await timeDownload(page, dialog, button);
          log(`export, ${cards} cards, ${button}, run ${run}/${runs}: ${round(ms)} ms`);
          times.push(ms);
        }
        const ms = round(median(times));
        // The deck has a budget: 5 s for a 1,000-card map.
        const budget = figure === 'export.pptx' ? { budget_ms: PPTX_BUDGET_MS } : {};
        emit({ bench: 'export', figure, cards, ms, ...budget, runs: times.map(round) });
      }
    } finally {
      await page.close();
    }
  }
}
