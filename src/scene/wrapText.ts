// Wraps text into lines that fit a width, by a measurer, and cuts it with "…" when it has more
// lines than its box holds. Words longer than a line are broken, as browsers do with
// overflow-wrap: anywhere.
import type { FontWeight, TextMeasurer } from './types';

export interface WrapOptions {
  width: number;
  size: number;
  weight: FontWeight;
  maxLines: number;
}

const ELLIPSIS = '…';

/** The longest prefix of `text` (at least one character) whose width fits. */
function fittingPrefix(text: string, fits: (candidate: string) => boolean): number {
  const characters = Array.from(text);
  let low = 1;
  let high = characters.length;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (fits(characters.slice(0, middle).join(''))) low = middle;
    else high = middle - 1;
  }
  return characters.slice(0, low).join('').length;
}

/** Ends `line` with "…", dropping characters (then a broken word) until it fits. */
function withEllipsis(line: string, fits: (candidate: string) => boolean): string {
  let kept = line.trimEnd();
  while (kept.length > 0 && !fits(kept + ELLIPSIS)) {
    kept = Array.from(kept).slice(0, -1).join('').trimEnd();
  }
  return kept + ELLIPSIS;
}

type Token = { word: string } | { paragraphEnd: true };

function tokens(text: string): Token[] {
  const result: Token[] = [];
  text.split('\n').forEach((paragraph, index) => {
    if (index > 0) result.push({ paragraphEnd: true });
    for (const word of paragraph.split(/\s+/).filter(Boolean)) result.push({ word });
  });
  return result;
}

/** The lines of `text` in a box `width` wide, at most `maxLines` of them. */
export function wrapText(text: string, measure: TextMeasurer, options: WrapOptions): string[] {
  const { width, size, weight, maxLines } = options;
  const fits = (candidate: string) => measure(candidate, size, weight) <= width;
  const lines: string[] = [];
  let line = '';
  const all = tokens(text);
  let index = 0;
  /** Ends the current line; false once the box is full. */
  const endLine = (): boolean => {
    lines.push(line);
    line = '';
    return lines.length < maxLines;
  };
  let full = false;
  for (; index < all.length && !full; index++) {
    const token = all[index]!;
    if ('paragraphEnd' in token) {
      full = !endLine();
      continue;
    }
    const joined = line ? `${line} ${token.word}` : token.word;
    if (fits(joined)) {
      line = joined;
      continue;
    }
    if (line && !endLine()) {
      full = true;
      index--; // This word was not placed.
      continue;
    }
    // A word wider than the box is broken across lines.
    let rest = token.word;
    while (rest && !fits(rest)) {
      const length = fittingPrefix(rest, fits);
      line = rest.slice(0, length);
      rest = rest.slice(length);
      if (!endLine()) {
        full = true;
        break;
      }
    }
    if (full) {
      // What is left of the word is not shown: count it as text that remains.
      if (rest) index--;
      continue;
    }
    line = rest;
  }
  const remains = index < all.length;
  if (!full) lines.push(line);
  while (lines.length > 1 && lines[lines.length - 1] === '') lines.pop();
  if (remains || lines.length > maxLines) {
    lines.length = Math.min(lines.length, maxLines);
    lines[lines.length - 1] = withEllipsis(lines[lines.length - 1] ?? '', fits);
  }
  return lines.length > 0 ? lines : [''];
}
