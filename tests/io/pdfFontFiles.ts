// The PDF's Inter files read from node_modules, as the browser build fetches them.
import { readFileSync } from 'node:fs';
import { binaryString, type PdfFontFiles } from '../../src/io/pdf/pdfFonts';

const FILES: Record<keyof PdfFontFiles, string> = {
  '400': '400Regular/Inter_400Regular.ttf',
  '600': '600SemiBold/Inter_600SemiBold.ttf',
  '700': '700Bold/Inter_700Bold.ttf',
  '400i': '400Regular_Italic/Inter_400Regular_Italic.ttf',
  '600i': '600SemiBold_Italic/Inter_600SemiBold_Italic.ttf',
};

let files: PdfFontFiles | null = null;

export function pdfFontFiles(): PdfFontFiles {
  files ??= Object.fromEntries(
    Object.entries(FILES).map(([face, path]) => [
      face,
      binaryString(readFileSync(`node_modules/@expo-google-fonts/inter/${path}`)),
    ]),
  ) as PdfFontFiles;
  return files;
}
