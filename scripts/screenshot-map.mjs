// Screenshots of a populated journey map for a person to review: fitted, and at 100% zoom.
// Usage: node scripts/screenshot-map.mjs [cards] — serves dist/ (run `npm run build` first).
import { chromium } from '@playwright/test';
import { makeJourney } from '../bench/generate.mjs';
import { seedJourneys } from '../bench/page.mjs';
import { loadModel, serve } from '../bench/servers.mjs';

const cards = Number(process.argv[2] ?? 40);
const model = await loadModel();
const journey = makeJourney(model, { cards, stages: 4, title: 'Omnichannel purchase' });
const server = await serve(new URL('../dist', import.meta.url).pathname, 4319);
const browser = await chromium.launch({
  executablePath: process.env.PARCOURS_CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
});
try {
  const context = await browser.newContext({ viewport: { width: 1600, height: 1000 }, serviceWorkers: 'block' });
  const page = await context.newPage();
  await page.goto(`${server.url}/#/`);
  await page.getByRole('button', { name: 'New journey' }).waitFor();
  await page.evaluate(seedJourneys, { journeys: [journey], clear: true });
  await page.goto(`${server.url}/#/journey/${journey.id}`);
  await page.waitForSelector('.react-flow__node-card');
  await page.waitForTimeout(800);
  await page.screenshot({ path: '/tmp/map-fit.png' });
  await page.locator('.toolbar').getByRole('button', { name: 'Inspector' }).click();
  const zoomIn = page.getByRole('button', { name: 'Zoom In' });
  for (let i = 0; i < 3; i += 1) await zoomIn.click();
  await page.waitForTimeout(500);
  await page.screenshot({ path: '/tmp/map-zoom.png' });
  console.log('/tmp/map-fit.png /tmp/map-zoom.png');
} finally {
  await browser.close();
  await server.close();
}
