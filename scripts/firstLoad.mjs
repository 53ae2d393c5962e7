// What each first page of Parcours downloads, read from Vite's build manifest: the entry chunk and
// every chunk it imports statically, their CSS, and what the page starts loading before its first
// screen (the language catalogue and the page's own chunk). Pure functions but the last, so a unit
// test can feed them a small manifest.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** The chunk files a manifest key loads before it runs: itself and its static imports, deep. */
export function staticClosure(manifest, key, seen = new Set()) {
  if (seen.has(key)) return seen;
  const chunk = manifest[key];
  if (!chunk) throw new Error(`the build manifest has no entry "${key}"`);
  seen.add(key);
  for (const imported of chunk.imports ?? []) staticClosure(manifest, imported, seen);
  return seen;
}

/** The JS and CSS files a page downloads when it starts from the manifest keys `roots`. */
export function pageFiles(manifest, roots) {
  const keys = new Set();
  for (const root of roots) staticClosure(manifest, root, keys);
  const files = new Set();
  for (const key of keys) {
    const chunk = manifest[key];
    files.add(chunk.file);
    for (const css of chunk.css ?? []) files.add(css);
  }
  return [...files].filter((file) => /\.(m?js|css)$/.test(file)).sort();
}

/** The manifest key whose source path ends with `suffix` (one, or an error naming the others). */
export function keyEndingWith(manifest, suffix) {
  const found = Object.keys(manifest).filter((key) => key.endsWith(suffix));
  if (found.length !== 1) {
    throw new Error(`expected one manifest entry ending in "${suffix}", found ${found.length}`);
  }
  return found[0];
}

/**
 * The first pages and what each starts from: the entry, the English catalogue and the page's own
 * chunk, which the entry loads beside the catalogue (src/app/pages.ts). The join page is where a
 * participant's phone lands from a workshop's QR code, often on a venue's Wi-Fi.
 */
export function firstPages(manifest) {
  const entry = keyEndingWith(manifest, 'index.html');
  const catalogue = keyEndingWith(manifest, 'src/i18n/en.ts');
  const library = keyEndingWith(manifest, 'src/ui/library/LibraryPage.tsx');
  const editor = keyEndingWith(manifest, 'src/app/EditorRoute.tsx');
  const join = keyEndingWith(manifest, 'src/ui/live/JoinPage.tsx');
  return [
    { page: 'library', roots: [entry, catalogue, library] },
    { page: 'editor', roots: [entry, catalogue, editor] },
    { page: 'join', roots: [entry, catalogue, join] },
  ];
}

/** Budgets in kB (1,000 bytes) of gzip, for what a page loads before its first screen. */
export const BUDGET_KB = { library: 180, editor: 260, join: 215 };

/** Each first page of the build in `dist`: its files, their gzip sizes and its budget. */
export function weighFirstPages(dist) {
  const manifest = JSON.parse(readFileSync(join(dist, '.vite', 'manifest.json'), 'utf8'));
  return firstPages(manifest).map(({ page, roots }) => {
    const files = pageFiles(manifest, roots).map((file) => ({
      file,
      gzipBytes: gzipSync(readFileSync(join(dist, file)), { level: 9 }).length,
    }));
    const kb = files.reduce((sum, { gzipBytes }) => sum + gzipBytes, 0) / 1000;
    return { page, files, gzipKb: Math.round(kb * 10) / 10, budgetKb: BUDGET_KB[page] };
  });
}
