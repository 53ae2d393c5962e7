// `npm run build` ends here: prints the gzip size of the JS and CSS each first page of Parcours
// downloads, one JSON line per page, and fails when one is over its budget. Usage:
// node scripts/bundle-budget.mjs [dist]
import { weighFirstPages } from './firstLoad.mjs';

let over = false;
for (const { page, files, gzipKb, budgetKb } of weighFirstPages(process.argv[2] ?? 'dist')) {
  console.log(
    JSON.stringify({ bundle: page, files: files.length, gzip_kb: gzipKb, budget_kb: budgetKb }),
  );
  if (gzipKb > budgetKb) {
    over = true;
    console.error(`The ${page} page loads ${gzipKb} kB gzip, over its ${budgetKb} kB budget:`);
    for (const { file, gzipBytes } of files) {
      console.error(`  ${file}  ${(gzipBytes / 1000).toFixed(1)} kB`);
    }
  }
}
if (over) process.exit(1);
