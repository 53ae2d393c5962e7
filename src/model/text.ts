// Text hygiene: the one rule for what characters a journey or persona may hold. Tabs and line breaks
// stay; other control characters, lone surrogates and the non-characters U+FFFE/U+FFFF go, because
// they break XML (SVG, PowerPoint), picture exports and PDF text. Every door into the model uses it.
/* eslint-disable no-control-regex -- finding control characters is what this module is for */
import { z } from 'zod/mini';

/** Vertical tab (PowerPoint's Shift+Enter), form feed, NEL and the Unicode separators: line breaks. */
const LINE_BREAK_LIKE = /\r\n?|[\u000B\u000C\u0085\u2028\u2029]/g;
/** C0 controls except tab and line feed, DEL, C1 controls, and the two non-characters. */
const CONTROL = /[\u0000-\u0008\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]/g;
/** A high surrogate not followed by a low one, or a low surrogate not preceded by a high one. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
/** A quick test first: almost all text is already clean, and cleaning it should cost nothing. */
const ANYTHING_TO_CLEAN =
  /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u2028\u2029\uD800-\uDFFF\uFFFE\uFFFF]/;

/** Returns the text with line breaks as "\n" and every character that breaks an export removed. */
export function cleanText(text: string): string {
  if (!ANYTHING_TO_CLEAN.test(text)) return text;
  return text.replace(LINE_BREAK_LIKE, '\n').replace(CONTROL, '').replace(LONE_SURROGATE, '');
}

/** Clean text for a one-line field (a title, a stage or lane name): line breaks become spaces. */
export function cleanLine(text: string): string {
  const clean = cleanText(text);
  return /[\t\n]/.test(clean) ? clean.replace(/\s*[\t\n]\s*/g, ' ') : clean;
}

/**
 * Cleans every string inside plain data (objects, arrays), returning the same object when nothing
 * changed, so clean documents keep their identity. For documents that already passed validation.
 */
export function cleanStrings<T>(value: T): T {
  if (typeof value === 'string') return cleanText(value) as T;
  if (Array.isArray(value)) {
    let changed = false;
    const next = value.map((item: unknown) => {
      const cleaned = cleanStrings(item);
      if (cleaned !== item) changed = true;
      return cleaned;
    });
    return (changed ? next : value) as T;
  }
  if (value === null || typeof value !== 'object') return value;
  let copy: Record<string, unknown> | null = null;
  for (const [key, inner] of Object.entries(value)) {
    const cleaned = cleanStrings(inner);
    if (cleaned === inner) continue;
    copy ??= { ...(value as Record<string, unknown>) };
    copy[key] = cleaned;
  }
  return (copy ?? value) as T;
}

/** A schema for user text up to `max` characters, cleaned as it is read. */
export function userText(max: number) {
  return z.string().check(z.overwrite(cleanText), z.maxLength(max));
}

/** A schema for a one-line name up to `max` characters: line breaks read as spaces. */
export function userLine(max: number) {
  return z.string().check(z.overwrite(cleanLine), z.maxLength(max));
}
