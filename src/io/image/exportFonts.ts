// The bundled Inter faces as @font-face rules with inline data, so image exports never fetch a font.
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

function face(weight: number, data: string, range: string): string {
  return `@font-face{font-family:'Inter';font-style:normal;font-display:block;font-weight:${weight};src:url(${data}) format('woff2');unicode-range:${range};}`;
}

/** CSS handed to html-to-image as `fontEmbedCSS`: it then skips its own font download. */
export const EXPORT_FONT_CSS = [
  face(400, latin400, LATIN),
  face(600, latin600, LATIN),
  face(700, latin700, LATIN),
  face(400, ext400, LATIN_EXT),
  face(600, ext600, LATIN_EXT),
  face(700, ext700, LATIN_EXT),
].join('\n');
