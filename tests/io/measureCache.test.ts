// The text-width cache of picture exports: each (text, size, weight) is measured once, and the
// cache never grows past its limit.
import { describe, expect, it } from 'vitest';
import { cachedMeasurer } from '../../src/io/text/measureCache';
import type { FontWeight } from '../../src/scene/types';

/** A measurer that counts its calls and gives a width from the text, size and weight. */
function counting() {
  const calls: string[] = [];
  const measure = (text: string, size: number, weight: FontWeight) => {
    calls.push(`${text}/${size}/${weight}`);
    return text.length * size * (weight / 400);
  };
  return { calls, measure };
}

describe('text width cache', () => {
  it('measures a string once, however often a map asks for it', () => {
    const raw = counting();
    const { measure } = cachedMeasurer(raw.measure);
    for (let i = 0; i < 1000; i += 1) expect(measure('Checkout', 15, 400)).toBe(8 * 15);
    expect(raw.calls).toEqual(['Checkout/15/400']);
  });

  it('measures the same text again at another size or weight', () => {
    const raw = counting();
    const { measure } = cachedMeasurer(raw.measure);
    expect(measure('Store', 15, 400)).toBe(75);
    expect(measure('Store', 13, 400)).toBe(65);
    expect(measure('Store', 15, 700)).toBe(131.25);
    expect(raw.calls).toHaveLength(3);
  });

  it('never mistakes a text that starts like a size for another key', () => {
    const raw = counting();
    const { measure } = cachedMeasurer(raw.measure);
    measure('3|400|x', 1, 400);
    measure('x', 13, 400);
    measure('400|x', 13, 400);
    expect(raw.calls).toHaveLength(3);
  });

  it('starts again rather than grow past its limit', () => {
    const raw = counting();
    const cache = cachedMeasurer(raw.measure, 3);
    for (const text of ['a', 'b', 'c']) cache.measure(text, 12, 400);
    expect(cache.size()).toBe(3);
    cache.measure('d', 12, 400);
    expect(cache.size()).toBe(1);
    // Still right after the reset: measured again, same width.
    expect(cache.measure('a', 12, 400)).toBe(12);
    expect(raw.calls).toEqual(['a/12/400', 'b/12/400', 'c/12/400', 'd/12/400', 'a/12/400']);
  });
});
