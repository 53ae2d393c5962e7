// How tall a card is on the map: the kind's height (cardKinds/faceHeight.ts) with the map's estimate
// of how a text wraps to the card's width, word by word. The layout stacks cards with these heights,
// and the card's CSS keeps every field visible inside them.
import { cardKindOf, type Card, type TextHeights } from './card';
import { CARD_WIDTH } from './cardKinds/faceHeight';

/** The card's width and its text's lines, shared with the layout's LAYOUT constants. */
export const CARD_TEXT = {
  cardWidth: CARD_WIDTH,
  lineHeight: 20,
  charsPerLine: 28,
  maxTextLines: 6,
} as const;

/**
 * How many lines a text wraps to at `perLine` characters: word by word, as the browser wraps, with
 * a word longer than a line broken anywhere (the card's CSS says `overflow-wrap: anywhere`).
 */
export function wrappedLines(text: string, perLine: number): number {
  let lines = 0;
  for (const paragraph of text.split('\n')) {
    let count = 1;
    let used = 0;
    for (const word of paragraph.split(/\s+/)) {
      if (word === '') continue;
      const needed = used === 0 ? word.length : used + 1 + word.length;
      if (needed <= perLine) {
        used = needed;
        continue;
      }
      if (used > 0) count += 1;
      let rest = word.length;
      while (rest > perLine) {
        count += 1;
        rest -= perLine;
      }
      used = rest;
    }
    lines += count;
  }
  return lines;
}

function textLines(text: string): number {
  return Math.min(CARD_TEXT.maxTextLines, Math.max(1, wrappedLines(text, CARD_TEXT.charsPerLine)));
}

const MAP_TEXT: TextHeights = {
  line: CARD_TEXT.lineHeight,
  of: (text) => textLines(text) * CARD_TEXT.lineHeight,
};

/**
 * Heights already worked out, per card object. Cards are immutable (an edit makes a new object),
 * so an edit to one card of a 5,000-card map lays out the others without wrapping their text again.
 */
const heights = new WeakMap<Card, number>();

/** A card's height, from its kind and an estimate of how its badges and text wrap. */
export function cardHeight(card: Card): number {
  let height = heights.get(card);
  if (height === undefined) {
    height = cardKindOf(card).height(card, MAP_TEXT);
    heights.set(card, height);
  }
  return height;
}
