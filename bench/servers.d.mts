// Types for servers.mjs, for the TypeScript parts of the bench.
export const ROOT: string;
export const APP_DIST: string;
export const BASELINE_DIST: string;
export const FLOOR_DIST: string;
export function log(...parts: unknown[]): void;
export function buildAll(): Promise<void>;
export function serve(
  outDir: string,
  port: number,
): Promise<{ url: string; close: () => Promise<void> }>;
export function loadModel(): Promise<typeof import('../src/model')>;
