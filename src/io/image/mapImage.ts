// The whole map (or chosen stages) as an SVG or PNG picture, drawn from the model: the scene
// (buildMapScene), measured with the bundled Inter faces, written as SVG with those faces inline;
// the PNG is that SVG drawn onto a canvas. Never reads the page, so it is the same on every screen.
import type { Messages } from '../../i18n/en';
import type { Journey, Persona } from '../../model';
import { buildMapScene } from '../../scene/mapScene';
import { sceneToSvg } from '../svg/svgWriter';
import { browserMeasurer } from '../text/browserMeasurer';
import type { ExportBackground } from './exportImage';
import { clampScale, type ClampedScale } from './exportSize';

export interface MapPictureSource {
  /** The journey as it is drawn: already cut to the chosen stages. */
  journey: Journey;
  personas: readonly Persona[];
  text: Messages;
  background: ExportBackground;
}

const BACKGROUND = { white: '#ffffff', transparent: null } as const;

/** The map as a standalone SVG document, with its size at 1×. */
export async function mapSvg(
  source: MapPictureSource,
): Promise<{ svg: string; width: number; height: number }> {
  const [measure, { EXPORT_FONT_CSS }] = await Promise.all([
    browserMeasurer(),
    import('./exportFonts'),
  ]);
  const scene = buildMapScene({ ...source, measure });
  const svg = sceneToSvg(scene, {
    background: BACKGROUND[source.background],
    fontCss: EXPORT_FONT_CSS,
  });
  return { svg, width: scene.width, height: scene.height };
}

export function svgBlob(svg: string): Blob {
  return new Blob([svg], { type: 'image/svg+xml' });
}

/** Decodes an SVG document as an image; its fonts are inline, so they are drawn too. */
async function svgImage(svg: string): Promise<HTMLImageElement> {
  const url = URL.createObjectURL(svgBlob(svg));
  try {
    const image = new Image();
    image.decoding = 'async';
    await new Promise<void>((resolve, reject) => {
      image.onload = () => resolve();
      image.onerror = () => reject(new Error('The browser could not draw the map’s picture.'));
      image.src = url;
    });
    return image;
  } finally {
    URL.revokeObjectURL(url);
  }
}

export interface MapPng {
  blob: Blob;
  /** The scale used, and whether it was lowered to fit what browsers can draw. */
  size: ClampedScale;
}

/** The map as a PNG at `scale` device pixels per map pixel (lowered when too large to draw). */
export async function mapPng(source: MapPictureSource, scale: number): Promise<MapPng> {
  const { svg, width, height } = await mapSvg(source);
  const size = clampScale({ width, height }, scale);
  const image = await svgImage(svg);
  const canvas = document.createElement('canvas');
  canvas.width = size.width;
  canvas.height = size.height;
  const context = canvas.getContext('2d');
  if (!context) throw new Error('The browser could not draw a canvas this large.');
  // The SVG is vector: drawn at the PNG's size, it is rasterised at that size, sharp at 3×.
  context.drawImage(image, 0, 0, size.width, size.height);
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
  // Release the pixels at once: a 2× map is hundreds of megabytes of canvas.
  canvas.width = 0;
  canvas.height = 0;
  if (!blob) throw new Error('The browser could not encode the PNG.');
  return { blob, size };
}
