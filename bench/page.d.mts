// Types for page.mjs (functions run inside the page), for the TypeScript parts of the bench.
export function readyProbe(options: { mode: string; selector: string; count?: number }): void;
export function waitQuiet(options: {
  frames?: number;
  limitMs?: number;
  timeoutMs?: number;
}): Promise<unknown>;
export function startFrames(): void;
export function stopFrames(): { stamps: number[]; dragged: boolean };
export function seedJourneys(options: { journeys: unknown[]; clear: boolean }): Promise<number>;
