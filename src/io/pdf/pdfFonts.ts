// The Inter faces a PDF embeds. jsPDF embeds TrueType only (not WOFF2), so these are Inter's TTF
// files (@expo-google-fonts/inter, SIL Open Font License). They are separate files of the build,
// fetched only when a PDF is made (and precached for offline use); jsPDF keeps in the PDF only the
// glyphs its text uses. The PDF measures its text with these same fonts, so the wrapped lines it
// draws fit their boxes exactly.
import regular from '@expo-google-fonts/inter/400Regular/Inter_400Regular.ttf?url';
import italic from '@expo-google-fonts/inter/400Regular_Italic/Inter_400Regular_Italic.ttf?url';
import semiBold from '@expo-google-fonts/inter/600SemiBold/Inter_600SemiBold.ttf?url';
import semiBoldItalic from '@expo-google-fonts/inter/600SemiBold_Italic/Inter_600SemiBold_Italic.ttf?url';
import bold from '@expo-google-fonts/inter/700Bold/Inter_700Bold.ttf?url';
import type { jsPDF } from 'jspdf';
import type { FontWeight, TextMeasurer } from '../../scene/types';
import { cachedMeasurer } from '../text/measureCache';

/** The faces a scene uses: its three weights, and the two italics (placeholders, quotes). */
export const PDF_FACES = ['400', '600', '700', '400i', '600i'] as const;
export type PdfFace = (typeof PDF_FACES)[number];

/** Each face's TrueType file as a binary string (one character per byte), as jsPDF reads it. */
export type PdfFontFiles = Record<PdfFace, string>;

const URLS: Record<PdfFace, string> = {
  '400': regular,
  '600': semiBold,
  '700': bold,
  '400i': italic,
  '600i': semiBoldItalic,
};

/** Bytes as a binary string, in slices small enough for String.fromCharCode's arguments. */
export function binaryString(bytes: Uint8Array): string {
  const parts: string[] = [];
  for (let start = 0; start < bytes.length; start += 0x8000) {
    parts.push(String.fromCharCode(...bytes.subarray(start, start + 0x8000)));
  }
  return parts.join('');
}

let loading: Promise<PdfFontFiles> | null = null;

/** The font files, fetched once per page load (from the service worker's cache when offline). */
export function loadPdfFonts(): Promise<PdfFontFiles> {
  loading ??= Promise.all(
    PDF_FACES.map(async (face) => {
      const response = await fetch(URLS[face]);
      if (!response.ok) throw new Error(`The PDF font could not be loaded (${response.status}).`);
      return [face, binaryString(new Uint8Array(await response.arrayBuffer()))] as const;
    }),
  ).then((entries) => Object.fromEntries(entries) as PdfFontFiles);
  // A failed load (offline before the first visit finished caching) may be tried again.
  loading.catch(() => {
    loading = null;
  });
  return loading;
}

const NAMES: Record<PdfFace, string> = {
  '400': 'Inter-Regular',
  '600': 'Inter-SemiBold',
  '700': 'Inter-Bold',
  '400i': 'Inter-Italic',
  '600i': 'Inter-SemiBoldItalic',
};

/** The font name of a face, in jsPDF and in the PDF (its PostScript name). */
export function faceName(face: PdfFace): string {
  return NAMES[face];
}

/** The face that draws text of this weight: 700 italic is never used, 600 italic stands in. */
export function faceOf(weight: FontWeight, italic: boolean): PdfFace {
  if (!italic) return String(weight) as PdfFace;
  return weight === 400 ? '400i' : '600i';
}

/** Adds every face to a document's virtual files and fonts. */
export function registerPdfFonts(doc: jsPDF, files: PdfFontFiles): void {
  for (const face of PDF_FACES) {
    const file = `${faceName(face)}.ttf`;
    doc.addFileToVFS(file, files[face]);
    doc.addFont(file, faceName(face), 'normal', 'Identity-H');
  }
}

/**
 * Text widths in the document's own Inter faces: jsPDF's advance widths without kerning, exactly as
 * jsPDF draws the text, so a line wrapped to fit a box never overflows it in the PDF. (The picture
 * exports' browser measurer applies Inter's kerning, which jsPDF does not.)
 */
export function pdfMeasurer(doc: jsPDF): TextMeasurer {
  const fonts = new Map<FontWeight, unknown>(
    ([400, 600, 700] as const).map((weight) => [
      weight,
      doc.setFont(faceName(faceOf(weight, false)), 'normal').getFont(),
    ]),
  );
  return cachedMeasurer(
    (text, size, weight) =>
      doc.getStringUnitWidth(text, { font: fonts.get(weight), fontSize: size, charSpace: 0 }) *
      size,
  ).measure;
}
