// Turns the bytes of a file picked for CSV import into text, or says why it is not a CSV: too
// large, empty, or binary. Spreadsheets save CSV in several encodings, so it reads the usual ones.
import type { CsvFileError } from './csvImportErrors';

/** A CSV of cards is small; anything larger is a wrong file (or would swamp the map). */
export const CSV_MAX_BYTES = 5 * 1024 * 1024;

export type DecodedCsv = { ok: true; text: string } | { ok: false; error: CsvFileError };

function decode(bytes: Uint8Array, encoding: string, fatal = false): string {
  return new TextDecoder(encoding, { fatal, ignoreBOM: false }).decode(bytes);
}

/** Control characters no text file holds (tab, line feed and carriage return are fine). */
function looksBinary(text: string): boolean {
  let odd = 0;
  for (const char of text.slice(0, 64 * 1024)) {
    const code = char.charCodeAt(0);
    if (code === 0) return true;
    if ((code < 32 && code !== 9 && code !== 10 && code !== 13) || code === 0xfffd) odd += 1;
  }
  return odd > 0 && odd * 50 > Math.min(text.length, 64 * 1024);
}

/**
 * UTF-8 (with or without its byte-order mark) is what Parcours writes. UTF-16 is what Excel's
 * "Unicode text" writes; Windows-1252 is what older Excel versions write for a plain "CSV".
 */
function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decode(bytes, 'utf-16le');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decode(bytes, 'utf-16be');
  try {
    return decode(bytes, 'utf-8', true);
  } catch {
    return bytes.includes(0) ? decode(bytes, 'utf-8') : decode(bytes, 'windows-1252');
  }
}

export function decodeCsvBytes(bytes: Uint8Array): DecodedCsv {
  if (bytes.length > CSV_MAX_BYTES) {
    return { ok: false, error: { code: 'tooLarge', size: bytes.length, limit: CSV_MAX_BYTES } };
  }
  // TextDecoder drops a leading byte-order mark itself; a second one would be text.
  const text = decodeText(bytes).replace(/^\uFEFF/, '');
  if (text.trim() === '') return { ok: false, error: { code: 'empty' } };
  if (looksBinary(text)) return { ok: false, error: { code: 'binary' } };
  return { ok: true, text };
}
