// Captures elements of the page as a PNG with html-to-image, loaded only when first needed: the
// current view of the canvas (as it is on screen) and the persona sheet. Whole-map pictures are
// drawn from the model instead (mapImage.ts).

export type ExportBackground = 'white' | 'transparent';

export interface CaptureOptions {
  /** The element's size at 1×, in CSS pixels. */
  width: number;
  height: number;
  /** Device pixels per CSS pixel in the PNG (already clamped). */
  scale: number;
  background: ExportBackground;
  /** Classes of elements left out besides the editing chrome (LEFT_OUT). */
  leaveOut?: readonly string[];
}

/** Editing chrome that has no place in a picture: connection handles, edges' wide hit paths. */
const LEFT_OUT = ['react-flow__handle', 'react-flow__edge-interaction'];

/**
 * html-to-image copies every computed style of every element it draws, so each element left out
 * makes the export faster: on a 1,000-card map the handles alone are 2,000 of 7,000 elements.
 */
function keepInPicture(leftOut: readonly string[]) {
  return (node: HTMLElement): boolean => {
    const classes = (node as Partial<Element>).classList;
    return !classes || !leftOut.some((name) => classes.contains(name));
  };
}

async function baseOptions(options: CaptureOptions) {
  // The font data is a chunk of its own, loaded by the first capture.
  const { EXPORT_FONT_CSS } = await import('./exportFonts');
  return {
    filter: keepInPicture([...LEFT_OUT, ...(options.leaveOut ?? [])]),
    width: options.width,
    height: options.height,
    backgroundColor: options.background === 'white' ? '#ffffff' : undefined,
    // Inline fonts: no request for a font file, so the export works offline and looks the same.
    fontEmbedCSS: EXPORT_FONT_CSS,
    cacheBust: false,
  };
}

/** The element as a PNG blob at the given scale. */
export async function capturePng(element: HTMLElement, options: CaptureOptions): Promise<Blob> {
  const { toBlob } = await import('html-to-image');
  const blob = await toBlob(element, {
    ...(await baseOptions(options)),
    pixelRatio: options.scale,
    canvasWidth: options.width,
    canvasHeight: options.height,
  });
  if (!blob) throw new Error('The browser could not encode the PNG.');
  return blob;
}

export type CopyOutcome = 'copied' | 'unsupported' | 'refused';

/**
 * Puts a PNG on the clipboard. The item is handed to the browser at once with a promise of the
 * image, so the click's permission to write is not lost while the image renders.
 */
export async function copyPng(png: Promise<Blob>): Promise<CopyOutcome> {
  if (typeof ClipboardItem === 'undefined' || !navigator.clipboard?.write) {
    png.catch(() => undefined);
    return 'unsupported';
  }
  try {
    await navigator.clipboard.write([new ClipboardItem({ 'image/png': png })]);
    return 'copied';
  } catch (error) {
    // A failed render is the caller's error to report; a refusal is the browser's.
    await png;
    if (error instanceof DOMException) return 'refused';
    throw error;
  }
}
