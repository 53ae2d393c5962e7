// What a card says on a slide (its kind's details line, its title, its description) and the colours
// of its box, plus the text-fitting estimate the slide plan uses to keep every text inside its box.
// Pure: the card's title and badges come from its kind's declaration, every label from the
// catalogue.
import { badgeText } from '../../i18n/cardFace';
import type { Messages } from '../../i18n/en';
import { cardKindColors, cardKindOf, cardTitle, tint, type Card, type Persona } from '../../model';

export interface CardColors {
  /** The box's outline: the card's own colour when it has one, else its kind's. */
  line: string;
  /** A light fill in the kind's colour, so the text stays readable. */
  fill: string;
}

export function cardColors(card: Card): CardColors {
  const kind = cardKindColors(card.kind).line;
  // A slide is read from afar: a little more tint than on the map.
  return { line: card.color ?? kind, fill: tint(kind, 0.12) };
}

export interface CardLines {
  /** The kind's details in one line (channel, severity…); empty for notes. */
  meta: string;
  /** The card's main text; empty when the card has none (a deck never says "Untitled"). */
  title: string;
  /** A longer detail (a moment of truth's description); empty otherwise. */
  detail: string;
}

/** The texts of a card on a slide, in the catalogue's language: its face's badges in words. */
export function cardLines(
  card: Card,
  text: Messages,
  personas: ReadonlyMap<string, Persona>,
): CardLines {
  const face = cardKindOf(card).face(card);
  const personaName = (id: string) => personas.get(id)?.name;
  return {
    meta: [...face.header, ...face.footer]
      .map((badge) => badgeText(badge, text, personaName))
      .join(' · '),
    title: cardTitle(card).trim(),
    detail: face.detail.trim(),
  };
}

export { signedScore } from '../../i18n/cardFace';

/** Average glyph width as a share of the font size: a little wider than most fonts, to be safe. */
const GLYPH_WIDTH = 0.56;
/** Line height as a multiple of the font size. */
export const LINE_HEIGHT = 1.2;

/** How many characters of a `fontPt` font fit on a line `widthIn` inches wide. */
export function charsPerLine(widthIn: number, fontPt: number): number {
  return Math.max(4, Math.floor((widthIn * 72) / (fontPt * GLYPH_WIDTH)));
}

/** The height of `lines` lines of a `fontPt` font, in inches. */
export function linesHeight(lines: number, fontPt: number): number {
  return (lines * fontPt * LINE_HEIGHT) / 72;
}

export interface FittedText {
  text: string;
  lines: number;
}

/**
 * Wraps `text` word by word at `perLine` characters and keeps at most `maxLines` lines; a text that
 * does not fit is cut at a word and ends with "…". The text handed back keeps the user's own line
 * breaks only, so PowerPoint wraps it again when the box is resized.
 */
export function fitText(text: string, perLine: number, maxLines: number): FittedText {
  // Each line remembers its paragraph, and whether it starts inside a word broken across lines.
  const lines: { text: string; paragraph: number; glued: boolean }[] = [];
  text.split(/\r?\n/).forEach((paragraph, index) => {
    let line = '';
    let glued = false;
    const push = (next: boolean) => {
      lines.push({ text: line, paragraph: index, glued });
      line = '';
      glued = next;
    };
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      let rest = word;
      while (rest.length > 0) {
        const room = line ? perLine - line.length - 1 : perLine;
        if (rest.length <= room) {
          line = line ? `${line} ${rest}` : rest;
          rest = '';
        } else if (line && rest.length <= perLine) {
          push(false);
        } else {
          // A word longer than a line is broken, as PowerPoint does.
          const piece = rest.slice(0, Math.max(1, room));
          line = line ? `${line} ${piece}` : piece;
          rest = rest.slice(piece.length);
          push(true);
        }
      }
    }
    if (line || !lines.some((l) => l.paragraph === index)) push(false);
  });
  while (lines.length > 1 && lines[lines.length - 1]?.text === '') lines.pop();
  if (lines.length > maxLines) {
    lines.length = maxLines;
    const last = lines[maxLines - 1]!;
    const trimmed = last.text.length > perLine - 1 ? last.text.slice(0, perLine - 1) : last.text;
    last.text = `${trimmed.replace(/\s+\S*$/, '') || trimmed}…`;
  }
  let joined = '';
  lines.forEach((line, index) => {
    const previous = lines[index - 1];
    if (previous) joined += previous.paragraph !== line.paragraph ? '\n' : line.glued ? '' : ' ';
    joined += line.text;
  });
  return { text: joined, lines: Math.max(1, lines.length) };
}
