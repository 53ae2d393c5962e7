// Measures text as the exported pictures draw it: the bundled Inter faces, loaded with the FontFace
// API the first time an export runs (their data is a separate chunk, never in the main bundle), and
// an OffscreenCanvas's measureText. Widths are cached, so one export measures each string once.
import type { TextMeasurer } from '../../scene/types';
import { cachedMeasurer } from './measureCache';

/**
 * The family the faces are registered under in the page: a name of its own, so measuring never
 * depends on whether the app's stylesheet has loaded its Inter faces yet. Same files, same widths.
 */
const MEASURE_FAMILY = 'Parcours Export Inter';

let fontsLoaded: Promise<void> | null = null;

/** Loads the export faces once per page; a failed load is tried again by the next export. */
export function loadExportFonts(): Promise<void> {
  fontsLoaded ??= (async () => {
    const { EXPORT_FONT_FACES } = await import('../image/exportFonts');
    const faces = EXPORT_FONT_FACES.map(
      (face) =>
        new FontFace(MEASURE_FAMILY, `url(${face.data}) format('woff2')`, {
          weight: String(face.weight),
          unicodeRange: face.unicodeRange,
          display: 'block',
        }),
    );
    await Promise.all(faces.map((face) => face.load()));
    for (const face of faces) document.fonts.add(face);
  })().catch((error: unknown) => {
    fontsLoaded = null;
    throw error;
  });
  return fontsLoaded;
}

let shared: TextMeasurer | null = null;

/**
 * The measurer of every picture export. It resolves once the fonts are loaded; the same measurer
 * (and its cache) serves every later export on the page.
 */
export async function browserMeasurer(): Promise<TextMeasurer> {
  await loadExportFonts();
  if (shared) return shared;
  const context = new OffscreenCanvas(1, 1).getContext('2d');
  if (!context) throw new Error('The browser could not measure text.');
  let font = '';
  const { measure } = cachedMeasurer((text, size, weight) => {
    const wanted = `${weight} ${size}px "${MEASURE_FAMILY}", sans-serif`;
    // Setting the font parses it: only when it changes.
    if (wanted !== font) {
      context.font = wanted;
      font = wanted;
    }
    return context.measureText(text).width;
  });
  shared = measure;
  return measure;
}
