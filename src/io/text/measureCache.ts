// Remembers text widths per (text, size, weight): a map's export measures the same labels, badges
// and words thousands of times, and each browser measurement costs far more than a map lookup.
import type { FontWeight, TextMeasurer } from '../../scene/types';

/** Enough for every string of a 3,000-card map; past it the cache starts again, never grows. */
export const MEASURE_CACHE_LIMIT = 50_000;

export interface CachedMeasurer {
  measure: TextMeasurer;
  /** Widths held now (for tests and the limit). */
  size: () => number;
}

/** `measure` with a cache in front of it; `limit` bounds the number of widths kept. */
export function cachedMeasurer(
  measure: TextMeasurer,
  limit: number = MEASURE_CACHE_LIMIT,
): CachedMeasurer {
  const widths = new Map<string, number>();
  return {
    measure(text: string, size: number, weight: FontWeight) {
      // The text last: a size or weight can never run into it and make two keys the same.
      const key = `${size}|${weight}|${text}`;
      const known = widths.get(key);
      if (known !== undefined) return known;
      const width = measure(text, size, weight);
      if (widths.size >= limit) widths.clear();
      widths.set(key, width);
      return width;
    },
    size: () => widths.size,
  };
}
