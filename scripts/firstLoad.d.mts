// Types for firstLoad.mjs, which Node runs as plain JavaScript after the build.
export interface ManifestChunk {
  file: string;
  imports?: string[];
  dynamicImports?: string[];
  css?: string[];
}
export type Manifest = Record<string, ManifestChunk>;
export function staticClosure(manifest: Manifest, key: string, seen?: Set<string>): Set<string>;
export function pageFiles(manifest: Manifest, roots: string[]): string[];
export function keyEndingWith(manifest: Manifest, suffix: string): string;
export type FirstPage = 'library' | 'editor' | 'join';
export function firstPages(manifest: Manifest): { page: FirstPage; roots: string[] }[];
export const BUDGET_KB: Record<FirstPage, number>;
export function weighFirstPages(dist: string): {
  page: FirstPage;
  files: { file: string; gzipBytes: number }[];
  gzipKb: number;
  budgetKb: number;
}[];
