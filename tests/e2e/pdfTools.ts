// Reading a downloaded PDF in the test process with poppler's command-line tools (pdftotext,
// pdftoppm; .ci/run installs poppler-utils): its text as a reader would select it, its pages'
// sizes and words with their boxes, and where a page has ink.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

function saved(bytes: Buffer): string {
  const path = join(mkdtempSync(join(tmpdir(), 'parcours-pdf-')), 'file.pdf');
  writeFileSync(path, bytes);
  return path;
}

/** The text of each page, as pdftotext extracts it (what selecting and copying gives). */
export function pdfPageTexts(bytes: Buffer): string[] {
  const text = execFileSync('pdftotext', ['-enc', 'UTF-8', saved(bytes), '-'], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return text.split('\f').slice(0, -1);
}

export interface PdfWord {
  text: string;
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
}

export interface PdfPageWords {
  width: number;
  height: number;
  words: PdfWord[];
}

/** XML's five escapes read back. */
export const decodeXml = (text: string) =>
  text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

/** Each page's size in points and its words with their boxes (pdftotext -bbox). */
export function pdfWords(bytes: Buffer): PdfPageWords[] {
  const html = execFileSync('pdftotext', ['-bbox', '-enc', 'UTF-8', saved(bytes), '-'], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return [...html.matchAll(/<page width="([\d.]+)" height="([\d.]+)">([\s\S]*?)<\/page>/g)].map(
    ([, width, height, body]) => ({
      width: Number(width),
      height: Number(height),
      words: [
        ...body!.matchAll(
          /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g,
        ),
      ].map(([, xMin, yMin, xMax, yMax, text]) => ({
        text: decodeXml(text!),
        xMin: Number(xMin),
        yMin: Number(yMin),
        xMax: Number(xMax),
        yMax: Number(yMax),
      })),
    }),
  );
}

/**
 * The box holding every non-white pixel of a page between `from` and `to` (shares of its width),
 * as shares of the page's width and height.
 */
export function inkBox(bytes: Buffer, pageNumber: number, from = 0, to = 1) {
  const out = join(mkdtempSync(join(tmpdir(), 'parcours-ink-')), 'page');
  const page = String(pageNumber);
  execFileSync('pdftoppm', [
    '-gray',
    '-r',
    '40',
    '-f',
    page,
    '-l',
    page,
    '-singlefile',
    saved(bytes),
    out,
  ]);
  const pgm = readFileSync(`${out}.pgm`);
  const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(pgm.subarray(0, 40).toString('latin1'))!;
  const [width, height] = [Number(header[1]), Number(header[2])];
  const pixels = pgm.subarray(header[0].length);
  let [left, top, right, bottom] = [width, height, -1, -1];
  for (let y = 0; y < height; y++) {
    for (let x = Math.floor(from * width); x < Math.min(width, to * width); x++) {
      if (pixels[y * width + x]! < 245) {
        left = Math.min(left, x);
        right = Math.max(right, x);
        top = Math.min(top, y);
        bottom = Math.max(bottom, y);
      }
    }
  }
  return {
    left: left / width,
    top: top / height,
    right: (right + 1) / width,
    bottom: (bottom + 1) / height,
  };
}
