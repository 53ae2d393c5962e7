// `npm run build` ends here: prints the gzip size of the JS and CSS each first page of Parcours
// downloads, one JSON line per page, and fails when one is over its budget. Usage:
// node scripts/bundle-budget.mjs [dist]
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { firstPages, pageFiles } from './firstLoad.mjs';

/** Budgets in kB (1,000 bytes) of gzip, for what a page loads before its first screen. */
export const BUDGET_KB = { library: 180, editor: 260 };

const dist = process.argv[2] ?? 'dist';
const manifest = JSON.parse(readFileSync(join(dist, '.vite', 'manifest.json'), 'utf8'));
const gzipBytes = (file) => gzipSync(readFileSync(join(dist, file)), { level: 9 }).length;

let over = false;
for (const { page, roots } of firstPages(manifest)) {
  const files = pageFiles(manifest, roots);
  const kb = files.reduce((sum, file) => sum + gzipBytes(file), 0) / 1000;
  const budget = BUDGET_KB[page];
  console.log(
    JSON.stringify({
      bundle: page,
      files: files.length,
      gzip_kb: Math.round(kb * 10) / 10,
      budget_kb: budget,
    }),
  );
  if (kb > budget) {
    over = true;
    console.error(`The ${page} page loads ${kb.toFixed(1)} kB gzip, over its ${budget} kB budget:`);
    for (const file of files) console.error(`  ${file}  ${(gzipBytes(file) / 1000).toFixed(1)} kB`);
  }
}
if (over) process.exit(1);
