// Types for stats.mjs, for the TypeScript parts of the bench.
export const round: (value: number) => number;
export const ratio: (a: number, b: number) => number;
export function median(values: readonly number[]): number;
export function percentile(values: readonly number[], p: number): number;
