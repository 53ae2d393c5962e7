// An operation is a recipe: a function that edits a draft journey in place.
// Immer turns a recipe into a new immutable journey plus the patches that undo and redo it.
import { enablePatches, produceWithPatches, type Patch } from 'immer';
import type { Journey } from '../journey';
import { cleanLine, cleanStrings } from '../text';

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

/**
 * Inserts a named item (a stage or a lane) at `index`, at the end when omitted, with its text
 * cleaned and its name on one line; nothing happens when the list already holds its id.
 */
export function insertNamed<T extends { id: string; name: string }>(
  items: T[],
  item: T,
  index?: number,
): void {
  if (items.some((existing) => existing.id === item.id)) return;
  items.splice(clampIndex(index, items.length), 0, {
    ...cleanStrings(item),
    name: cleanLine(item.name),
  });
}

/** Changes the item with `id` in a list of things with ids, if it is there. */
export function editById<T extends { id: string }>(
  items: T[],
  id: string,
  change: (item: T) => void,
): void {
  const item = items.find((existing) => existing.id === id);
  if (item) change(item);
}

/** Takes the item with `id` out of a list of things with ids; false when it was not there. */
export function removeById<T extends { id: string }>(items: T[], id: string): boolean {
  const index = items.findIndex((item) => item.id === id);
  if (index < 0) return false;
  items.splice(index, 1);
  return true;
}

/** Moves the item with `id` to `toIndex` in an ordered list of things with ids. */
export function moveById<T extends { id: string }>(items: T[], id: string, toIndex: number): void {
  const from = items.findIndex((item) => item.id === id);
  if (from < 0) return;
  const [item] = items.splice(from, 1);
  if (item) items.splice(clampIndex(toIndex, items.length), 0, item);
}
