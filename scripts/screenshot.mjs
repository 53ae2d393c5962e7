// Takes a screenshot of the built app (served by `npm run preview`) for a person to look at.
// Usage: node scripts/screenshot.mjs [url] [out.png] [width] [height]
import { chromium } from '@playwright/test';

const [url = 'http://127.0.0.1:4173/', out = 'screenshot.png', width = '1440', height = '900'] =
  process.argv.slice(2);
const browser = await chromium.launch({
  executablePath: process.env.PARCOURS_CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
});
const page = await browser.newPage({ viewport: { width: Number(width), height: Number(height) } });
await page.goto(url);
await page.waitForSelector('.react-flow__node');
await page.waitForTimeout(500);
await page.screenshot({ path: out });
await browser.close();
console.log(out);
