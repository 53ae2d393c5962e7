// The picture the canvas shows when zoomed too far out to read its cards: the map drawn from the
// model's scene, the same scene every export draws, as one bitmap instead of thousands of nodes.
// The drawing code (measurer, scene, SVG writer) loads with the first far zoom, never before.
import type { Messages } from '../i18n/en';
import type { Journey, Persona } from '../model';

export interface FarPicture {
  /** The journey it shows: a picture of an older journey is redrawn. */
  journey: Journey;
  bitmap: ImageBitmap;
  /** The map's size in map units, which the bitmap covers. */
  width: number;
  height: number;
}

/** Draws `journey` at `scale` pixels per map unit. */
export async function drawFarPicture(
  journey: Journey,
  personas: readonly Persona[],
  text: Messages,
  scale: number,
): Promise<FarPicture> {
  const { mapBodyBitmap } = await import('../io/image/mapImage');
  const picture = await mapBodyBitmap({ journey, personas, text }, scale);
  return { journey, ...picture };
}
