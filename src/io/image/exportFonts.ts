// The bundled Inter faces with inline data, so image exports never fetch a font: as FontFace
// sources for measuring text, and as @font-face rules inside pictures. Import it only with import():
// the data is about 240 kB and must stay out of the main bundle.
import latin400 from '@fontsource/inter/files/inter-latin-400-normal.woff2?inline';
import latin600 from '@fontsource/inter/files/inter-latin-600-normal.woff2?inline';
import latin700 from '@fontsource/inter/files/inter-latin-700-normal.woff2?inline';
import ext400 from '@fontsource/inter/files/inter-latin-ext-400-normal.woff2?inline';
import ext600 from '@fontsource/inter/files/inter-latin-ext-600-normal.woff2?inline';
import ext700 from '@fontsource/inter/files/inter-latin-ext-700-normal.woff2?inline';

// The same ranges as @fontsource/inter's own CSS: Latin (English, French) and Latin Extended.
const LATIN =
  'U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,U+0329,U+2000-206F,U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD';
const LATIN_EXT =
  'U+0100-02BA,U+02BD-02C5,U+02C7-02CC,U+02CE-02D7,U+02DD-02FF,U+0304,U+0308,U+0329,U+1D00-1DBF,U+1E00-1E9F,U+1EF2-1EFF,U+2020,U+20A0-20AB,U+20AD-20C0,U+2113,U+2C60-2C7F,U+A720-A7FF';

export interface ExportFontFace {
  weight: 400 | 600 | 700;
  /** A data: URL of the woff2 file. */
  data: string;
  unicodeRange: string;
}

export const EXPORT_FONT_FACES: readonly ExportFontFace[] = [
  { weight: 400, data: latin400, unicodeRange: LATIN },
  { weight: 600, data: latin600, unicodeRange: LATIN },
  { weight: 700, data: latin700, unicodeRange: LATIN },
  { weight: 400, data: ext400, unicodeRange: LATIN_EXT },
  { weight: 600, data: ext600, unicodeRange: LATIN_EXT },
  { weight: 700, data: ext700, unicodeRange: LATIN_EXT },
];

function rule({ weight, data, unicodeRange }: ExportFontFace): string {
  return `@font-face{font-family:'Inter';font-style:normal;font-display:block;font-weight:${weight};src:url(${data}) format('woff2');unicode-range:${unicodeRange};}`;
}

/** The faces as CSS: in an SVG's <defs>, and handed to html-to-image as `fontEmbedCSS`. */
export const EXPORT_FONT_CSS = EXPORT_FONT_FACES.map(rule).join('\n');
