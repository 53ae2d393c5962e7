// Image export geometry: the sheet size, and the scale clamp that keeps both sides drawable.
import { describe, expect, it } from 'vitest';
import {
  MAX_CANVAS_AREA,
  MAX_CANVAS_SIDE,
  SHEET_HEADER_HEIGHT,
  SHEET_MARGIN,
  clampScale,
  sheetSize,
} from '../../src/io/image/exportSize';

describe('sheet size', () => {
  it('adds the margins and the header to the map', () => {
    expect(sheetSize({ width: 1320, height: 1000 })).toEqual({
      width: 1320 + 2 * SHEET_MARGIN,
      height: 1000 + SHEET_HEADER_HEIGHT + 2 * SHEET_MARGIN,
    });
  });
});

describe('scale clamp', () => {
  it('keeps the requested scale when both sides fit', () => {
    expect(clampScale({ width: 1368, height: 1152 }, 2)).toEqual({
      scale: 2,
      width: 2736,
      height: 2304,
      lowered: false,
      limit: null,
    });
  });

  it('accepts a side of exactly 16,384 px', () => {
    expect(clampScale({ width: 8192, height: 100 }, 2)).toMatchObject({
      width: 16_384,
      lowered: false,
    });
  });

  it('lowers the scale so the longest side fits, and says so', () => {
    const clamped = clampScale({ width: 10_000, height: 3_000 }, 3);
    expect(clamped.lowered).toBe(true);
    expect(clamped.limit).toBe('side');
    expect(clamped.scale).toBeLessThan(3);
    expect(clamped.width).toBeLessThanOrEqual(MAX_CANVAS_SIDE);
    expect(clamped.height).toBeLessThanOrEqual(MAX_CANVAS_SIDE);
    expect(clamped.width).toBeGreaterThan(MAX_CANVAS_SIDE - 10);
  });

  it('goes below 1× for a map larger than the limit even at 1×', () => {
    const clamped = clampScale({ width: 400, height: 40_000 }, 1);
    expect(clamped).toMatchObject({ lowered: true });
    expect(clamped.scale).toBeLessThan(1);
    expect(clamped.height).toBeLessThanOrEqual(MAX_CANVAS_SIDE);
  });

  it('never passes the limit for any size and scale', () => {
    for (const width of [1, 999, 5461, 5462, 8193, 16_385, 100_000]) {
      for (const scale of [1, 2, 3]) {
        const clamped = clampScale({ width, height: 10 }, scale);
        expect(clamped.width).toBeLessThanOrEqual(MAX_CANVAS_SIDE);
        expect(clamped.lowered).toBe(width * scale > MAX_CANVAS_SIDE);
      }
    }
  });

  it('lowers the scale so the picture holds at most MAX_CANVAS_AREA pixels, and says why', () => {
    // A tall, wide map: each side fits 16,384 px at 2×, but not the pixel count.
    const clamped = clampScale({ width: 8000, height: 8000 }, 2);
    expect(clamped).toMatchObject({ lowered: true, limit: 'area' });
    expect(clamped.width * clamped.height).toBeLessThanOrEqual(MAX_CANVAS_AREA);
    expect(clamped.width * clamped.height).toBeGreaterThan(MAX_CANVAS_AREA * 0.99);
  });

  it('names the side when a side is what stops the scale', () => {
    expect(clampScale({ width: 20_000, height: 100 }, 1).limit).toBe('side');
  });

  it('never passes either limit for any size and scale', () => {
    for (const width of [1, 999, 5461, 8193, 16_385, 100_000]) {
      for (const height of [10, 3000, 9000, 20_000]) {
        for (const scale of [1, 2, 3]) {
          const clamped = clampScale({ width, height }, scale);
          expect(Math.max(clamped.width, clamped.height)).toBeLessThanOrEqual(MAX_CANVAS_SIDE);
          expect(clamped.width * clamped.height).toBeLessThanOrEqual(MAX_CANVAS_AREA);
          expect(clamped.lowered).toBe(clamped.scale < scale);
        }
      }
    }
  });
});
