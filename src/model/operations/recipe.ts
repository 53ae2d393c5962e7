// An operation is a recipe: a function that edits a draft journey in place.
// Immer turns a recipe into a new immutable journey plus the patches that undo and redo it.
import { enablePatches, produceWithPatches, type Patch } from 'immer';
import type { Journey } from '../journey';

enablePatches();

export type JourneyRecipe = (draft: Journey) => void;

export interface JourneyEdit {
  journey: Journey;
  patches: Patch[];
  inversePatches: Patch[];
}

/** Applies a recipe and returns the next journey with its redo and undo patches. */
export function applyRecipe(journey: Journey, recipe: JourneyRecipe): JourneyEdit {
  const [next, patches, inversePatches] = produceWithPatches(journey, recipe);
  return { journey: next, patches, inversePatches };
}

/** Runs several recipes as one, so they become one undo step. */
export function combine(...recipes: JourneyRecipe[]): JourneyRecipe {
  return (draft) => {
    for (const recipe of recipes) recipe(draft);
  };
}

export function clampIndex(index: number | undefined, length: number): number {
  if (index === undefined || !Number.isFinite(index)) return length;
  return Math.max(0, Math.min(length, Math.trunc(index)));
}

/** Moves the item with `id` to `toIndex` in an ordered list of things with ids. */
export function moveById<T extends { id: string }>(items: T[], id: string, toIndex: number): void {
  const from = items.findIndex((item) => item.id === id);
  if (from < 0) return;
  const [item] = items.splice(from, 1);
  if (item) items.splice(clampIndex(toIndex, items.length), 0, item);
}
