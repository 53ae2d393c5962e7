// @vitest-environment node
// wrapText with a deterministic measurer (every character 0.55 × the font size wide): lines fit
// their width, the box's line count is kept, whole text comes back whole, cut text ends with "…",
// user line breaks and long words are honoured, and no emoji is ever split in half.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { TextMeasurer } from '../../src/scene/types';
import { wrapText, type WrapOptions } from '../../src/scene/wrapText';

const CHAR = 0.55;
/** Every character (code point) is 0.55 × the font size wide. */
const measure: TextMeasurer = (text, size) => Array.from(text).length * size * CHAR;

/** Options for lines of `chars` characters at 10 px (5.5 px a character). */
function box(chars: number, maxLines = 10): WrapOptions {
  return { width: chars * 10 * CHAR, size: 10, weight: 400, maxLines };
}

const ELLIPSIS = '…';
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const words = (text: string) => text.split(/\s+/).filter(Boolean);
const squeezed = (text: string) => text.replace(/\s+/g, '');

describe('wrapText', () => {
  it('returns text that fits on one line as it is', () => {
    expect(wrapText('Books a room', measure, box(20))).toEqual(['Books a room']);
  });

  it('breaks between words, never inside a word that fits on a line', () => {
    expect(wrapText('Compares prices on three sites', measure, box(12))).toEqual([
      'Compares',
      'prices on',
      'three sites',
    ]);
  });

  it('gives one empty line for empty or blank text', () => {
    expect(wrapText('', measure, box(10))).toEqual(['']);
    expect(wrapText('   \t ', measure, box(10))).toEqual(['']);
  });

  it('starts a new line at each line break the user typed', () => {
    expect(wrapText('Arrives\nChecks in\n\nSleeps', measure, box(30))).toEqual([
      'Arrives',
      'Checks in',
      '',
      'Sleeps',
    ]);
  });

  it('breaks a word longer than a line across lines', () => {
    expect(wrapText('abcdefghijklmnopqrstuvwxyz', measure, box(10))).toEqual([
      'abcdefghij',
      'klmnopqrst',
      'uvwxyz',
    ]);
  });

  it('puts a long word that follows other words on a line of its own before breaking it', () => {
    expect(wrapText('an abcdefghijklmno', measure, box(10))).toEqual(['an', 'abcdefghij', 'klmno']);
  });

  it('ends text that needs more lines than the box holds with "…" on its last line', () => {
    const lines = wrapText('one two three four five six seven', measure, box(9, 2));
    expect(lines).toHaveLength(2);
    expect(lines[0]).toBe('one two');
    expect(lines[1]!.endsWith(ELLIPSIS)).toBe(true);
    expect(measure(lines[1]!, 10, 400)).toBeLessThanOrEqual(box(9).width);
  });

  it('cuts a long word on one line with "…"', () => {
    const lines = wrapText('abcdefghijklmnopqrstuvwxyz', measure, box(10, 1));
    expect(lines).toEqual(['abcdefghi…']);
  });

  it('marks text cut at a user line break with "…"', () => {
    expect(wrapText('first\nsecond', measure, box(20, 1))).toEqual(['first…']);
  });

  it('never splits an emoji or any character outside the BMP', () => {
    const lines = wrapText('🎉🎉🎉🎉🎉👩‍💻👩‍💻𝒜𝒜𝒜', measure, box(4));
    for (const line of lines) expect(line).not.toMatch(LONE_SURROGATE);
    expect(lines.join('')).toBe('🎉🎉🎉🎉🎉👩‍💻👩‍💻𝒜𝒜𝒜');
    expect(lines.every((line) => Array.from(line).length <= 4)).toBe(true);
  });

  it('keeps a character wider than the box whole, one on each line', () => {
    expect(wrapText('WWW', measure, { width: 3, size: 10, weight: 400, maxLines: 5 })).toEqual([
      'W',
      'W',
      'W',
    ]);
  });

  it('measures with the size and weight it is given', () => {
    const seen: [number, number][] = [];
    const spy: TextMeasurer = (text, size, weight) => {
      seen.push([size, weight]);
      return measure(text, size, weight);
    };
    wrapText('some words to wrap', spy, { width: 50, size: 13, weight: 700, maxLines: 3 });
    expect(seen.length).toBeGreaterThan(0);
    expect(seen.every(([size, weight]) => size === 13 && weight === 700)).toBe(true);
  });
});

/** Words from a small alphabet with emoji and astral characters, spaces and line breaks. */
const character = fc.constantFrom(
  'a',
  'b',
  'é',
  'W',
  '1',
  '🎉',
  '👩‍💻',
  '𝒜',
  'م',
  ' ',
  ' ',
  ' ',
  '\n',
  '\t',
);
const text = fc.array(character, { maxLength: 120 }).map((parts) => parts.join(''));
const options = fc.record({
  width: fc.oneof(fc.integer({ min: 1, max: 300 }), fc.double({ min: 0.5, max: 300, noNaN: true })),
  size: fc.constantFrom(10, 12, 13, 15, 16, 26),
  weight: fc.constantFrom(400 as const, 600 as const, 700 as const),
  maxLines: fc.integer({ min: 1, max: 8 }),
});

describe('wrapText, for any text and box', () => {
  const runs = { numRuns: 300 };

  it('returns between one and maxLines lines, none with a lone surrogate', () => {
    fc.assert(
      fc.property(text, options, (value, opts) => {
        const lines = wrapText(value, measure, opts);
        expect(lines.length).toBeGreaterThanOrEqual(1);
        expect(lines.length).toBeLessThanOrEqual(opts.maxLines);
        for (const line of lines) expect(line).not.toMatch(LONE_SURROGATE);
      }),
      runs,
    );
  });

  it('fits every line in the width, unless it is a single character wider than the width', () => {
    fc.assert(
      fc.property(text, options, (value, opts) => {
        for (const line of wrapText(value, measure, opts)) {
          if (Array.from(line).length <= 1) continue;
          expect(measure(line, opts.size, opts.weight)).toBeLessThanOrEqual(opts.width);
        }
      }),
      runs,
    );
  });

  it('keeps all the text when it is not cut, else ends with "…" after a prefix of it', () => {
    fc.assert(
      fc.property(text, options, (value, opts) => {
        const lines = wrapText(value, measure, opts);
        const shown = squeezed(lines.join(''));
        if (shown === squeezed(value)) return;
        const last = lines[lines.length - 1]!;
        expect(last.endsWith(ELLIPSIS)).toBe(true);
        expect(squeezed(value).startsWith(shown.slice(0, -ELLIPSIS.length))).toBe(true);
      }),
      runs,
    );
  });

  it('returns words that each fit a line whole, in order, when the box holds them all', () => {
    const word = fc
      .array(fc.constantFrom('a', 'é', '🎉', 'م', 'W'), { minLength: 1, maxLength: 8 })
      .map((parts) => parts.join(''));
    fc.assert(
      fc.property(
        fc.array(word, { minLength: 1, maxLength: 30 }),
        fc.integer({ min: 8, max: 40 }),
        (list, chars) => {
          const value = list.join(' ');
          const lines = wrapText(value, measure, box(chars, 1_000));
          expect(lines.some((line) => line.endsWith(ELLIPSIS))).toBe(false);
          expect(words(lines.join(' '))).toEqual(list);
          // Greedy: the first word of each line would not have fitted on the line before it.
          for (let i = 1; i < lines.length; i++) {
            const [first] = words(lines[i]!);
            expect(Array.from(`${lines[i - 1]} ${first}`).length).toBeGreaterThan(chars);
          }
        },
      ),
      runs,
    );
  });

  it('starts each paragraph the user typed on a new line', () => {
    const paragraph = fc.stringMatching(/^[a-z]{1,6}( [a-z]{1,6}){0,4}$/);
    fc.assert(
      fc.property(fc.array(paragraph, { minLength: 1, maxLength: 5 }), (paragraphs) => {
        const lines = wrapText(paragraphs.join('\n'), measure, box(40, 10));
        expect(lines).toEqual(paragraphs);
      }),
      runs,
    );
  });
});
