// The whole map (or chosen stages) as an SVG or PNG picture, drawn from the model: the scene
// (buildMapScene), measured with the bundled Inter faces, written as SVG with those faces inline;
// the PNG is that SVG drawn onto a canvas. Never reads the page, so it is the same on every screen.
import type { Messages } from '../../i18n/en';
import type { Journey, Persona } from '../../model';
import { buildMapBodyScene, buildMapScene } from '../../scene/mapScene';
import type { Scene } from '../../scene/types';
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

interface SvgPicture {
  svg: string;
  /** The picture's size at 1×. */
  width: number;
  height: number;
}

/** A scene drawn as a standalone SVG document, measured and written with the bundled faces. */
async function sceneSvg(
  source: MapPictureSource,
  build: (input: Parameters<typeof buildMapScene>[0]) => Scene,
): Promise<SvgPicture> {
  const [measure, { EXPORT_FONT_CSS }] = await Promise.all([
    browserMeasurer(),
    import('./exportFonts'),
  ]);
  const scene = build({ ...source, measure });
  const svg = sceneToSvg(scene, {
    background: BACKGROUND[source.background],
    fontCss: EXPORT_FONT_CSS,
  });
  return { svg, width: scene.width, height: scene.height };
}

/** The map as a standalone SVG document, with its size at 1×. */
export function mapSvg(source: MapPictureSource): Promise<SvgPicture> {
  return sceneSvg(source, buildMapScene);
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

/** An SVG picture drawn onto a canvas at `scale` pixels per unit (lowered when too large). */
async function rasterise(
  picture: SvgPicture,
  scale: number,
  maxArea?: number,
): Promise<{ canvas: HTMLCanvasElement; size: ClampedScale }> {
  const size = clampScale(picture, scale, undefined, maxArea);
  const image = await svgImage(picture.svg);
  const canvas = document.createElement('canvas');
  canvas.width = size.width;
  canvas.height = size.height;
  const context = canvas.getContext('2d');
  if (!context) throw new Error('The browser could not draw a canvas this large.');
  // The SVG is vector: drawn at the canvas's size, it is rasterised at that size, sharp at 3×.
  context.drawImage(image, 0, 0, size.width, size.height);
  return { canvas, size };
}

/** The map as a PNG at `scale` device pixels per map pixel (lowered when too large to draw). */
export async function mapPng(source: MapPictureSource, scale: number): Promise<MapPng> {
  const { canvas, size } = await rasterise(await mapSvg(source), scale);
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
  // Release the pixels at once: a 2× map is hundreds of megabytes of canvas.
  canvas.width = 0;
  canvas.height = 0;
  if (!blob) throw new Error('The browser could not encode the PNG.');
  return { blob, size };
}

export interface MapBodyBitmap {
  bitmap: ImageBitmap;
  /** The map's size in map units, which the bitmap covers. */
  width: number;
  height: number;
}

/** The far-zoom view's pixels are a screen's worth at most: a few MB, never an export's 512. */
const BODY_MAX_AREA = 2 ** 24;

/**
 * The map alone (no sheet, title or personas), in the canvas's coordinates, as a bitmap of
 * `scale` pixels per map unit: what the canvas shows when zoomed too far out to read the cards.
 */
export async function mapBodyBitmap(
  source: Omit<MapPictureSource, 'background'>,
  scale: number,
): Promise<MapBodyBitmap> {
  const picture = await sceneSvg({ ...source, background: 'transparent' }, buildMapBodyScene);
  const { canvas } = await rasterise(picture, scale, BODY_MAX_AREA);
  const bitmap = await createImageBitmap(canvas);
  canvas.width = 0;
  canvas.height = 0;
  return { bitmap, width: picture.width, height: picture.height };
}
