// Types for generate.mjs, for the TypeScript parts of the bench.
import type { Journey } from '../src/model';
export function stageCountFor(cards: number): number;
export function makeJourney(
  model: typeof import('../src/model'),
  options: { cards: number; stages?: number; title?: string },
): Journey;
export function baselineInput(model: typeof import('../src/model'), journey: Journey): unknown;
