import { afterEach, describe, expect, it, vi } from 'vitest';
import { glideMs } from '../../src/canvas/motion';

function preferReducedMotion(reduce: boolean) {
  vi.stubGlobal('matchMedia', (query: string) => ({
    matches: reduce && query === '(prefers-reduced-motion: reduce)',
  }));
}

describe('glideMs', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('keeps the glide for people who have not asked for less motion', () => {
    preferReducedMotion(false);
    expect(glideMs(300)).toBe(300);
  });

  it('moves at once for people who prefer reduced motion', () => {
    preferReducedMotion(true);
    expect(glideMs(300)).toBe(0);
  });

  it('reads the setting at each move, so a change applies to the next one', () => {
    preferReducedMotion(false);
    expect(glideMs(200)).toBe(200);
    preferReducedMotion(true);
    expect(glideMs(200)).toBe(0);
  });
});
