// The picture of exactly what the canvas shows now (zoom, focus dimming, selection), captured from
// the page with html-to-image. Whole-map pictures are drawn from the model instead (mapImage.ts).
import { capturePng, type ExportBackground } from '../../io/image/exportImage';
import { clampScale } from '../../io/image/exportSize';

/** React Flow's panels float over the map: they are not part of the picture. */
const PANELS = ['react-flow__panel'];

/** The editor's canvas as a PNG at `scale` device pixels per screen pixel. */
export async function currentViewPng(scale: number, background: ExportBackground): Promise<Blob> {
  const element = document.querySelector<HTMLElement>('.canvas .react-flow');
  if (!element) throw new Error('The map is not on screen.');
  const size = clampScale({ width: element.offsetWidth, height: element.offsetHeight }, scale);
  return capturePng(element, {
    width: element.offsetWidth,
    height: element.offsetHeight,
    scale: size.scale,
    background,
    leaveOut: PANELS,
  });
}
