// The accent colour and logo of PowerPoint decks, remembered on this device (localStorage): the
// export dialog reads them when it opens and writes them when the user changes them.
import type { DeckBrand } from '../io/deck/slidePlan';

const STORAGE_KEY = 'parcours.deckBrand';

/** The logo as chosen: its data URL and its size in pixels, for its proportions on the slides. */
export interface DeckLogo {
  name: string;
  dataUrl: string;
  width: number;
  height: number;
}

export interface DeckBrandChoice {
  accent: string | null;
  logo: DeckLogo | null;
}

export const NO_BRAND: DeckBrandChoice = { accent: null, logo: null };

const isColor = (value: unknown): value is string =>
  typeof value === 'string' && /^#[0-9a-f]{6}$/i.test(value);

function readLogo(value: unknown): DeckLogo | null {
  if (typeof value !== 'object' || value === null) return null;
  const { name, dataUrl, width, height } = value as Record<string, unknown>;
  const ok =
    typeof name === 'string' &&
    typeof dataUrl === 'string' &&
    /^data:image\/(png|jpeg);base64,/.test(dataUrl) &&
    typeof width === 'number' &&
    typeof height === 'number' &&
    width > 0 &&
    height > 0;
  return ok ? { name, dataUrl, width, height } : null;
}

/** The choice made in this tab, which holds even when the device could not remember it. */
let chosen: DeckBrandChoice | null = null;

/** The choice: this tab's, else the remembered one; nothing readable means no accent, no logo. */
export function loadDeckBrand(): DeckBrandChoice {
  if (chosen) return chosen;
  try {
    const stored = globalThis.localStorage?.getItem(STORAGE_KEY);
    if (!stored) return NO_BRAND;
    const value = JSON.parse(stored) as Record<string, unknown>;
    return { accent: isColor(value.accent) ? value.accent : null, logo: readLogo(value.logo) };
  } catch {
    return NO_BRAND;
  }
}

/** Remembers the choice; false when the device would not keep it (storage full or blocked). */
export function saveDeckBrand(choice: DeckBrandChoice): boolean {
  chosen = choice;
  try {
    if (choice.accent === null && choice.logo === null) {
      globalThis.localStorage?.removeItem(STORAGE_KEY);
    } else {
      globalThis.localStorage?.setItem(STORAGE_KEY, JSON.stringify(choice));
    }
    return true;
  } catch {
    return false;
  }
}

/** What the slide plan needs of the choice. */
export function brandOfChoice(choice: DeckBrandChoice): DeckBrand {
  const { logo } = choice;
  return { accent: choice.accent, logo: logo ? { width: logo.width, height: logo.height } : null };
}

export const LOGO_MAX_BYTES = 2 * 1024 * 1024;
const LOGO_TYPES = ['image/png', 'image/jpeg', 'image/svg+xml'];

export type LogoProblem = 'wrongType' | 'tooLarge' | 'unreadable';

/** Reads a chosen file as a logo, or says why it cannot be one. */
export async function readLogoFile(file: File): Promise<DeckLogo | LogoProblem> {
  const type = file.type || (/\.svg$/i.test(file.name) ? 'image/svg+xml' : '');
  if (!LOGO_TYPES.includes(type)) return 'wrongType';
  if (file.size > LOGO_MAX_BYTES) return 'tooLarge';
  try {
    const bytes = new Uint8Array(await file.arrayBuffer());
    let binary = '';
    for (let i = 0; i < bytes.length; i += 0x8000) {
      binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
    }
    const dataUrl = `data:${type};base64,${btoa(binary)}`;
    const image = await decode(dataUrl);
    const width = image.naturalWidth || 1;
    const height = image.naturalHeight || 1;
    if (type !== 'image/svg+xml') return { name: file.name, dataUrl, width, height };
    // Slides hold an SVG only beside a PNG copy: the logo goes in as a sharp PNG.
    return { name: file.name, ...svgAsPng(image, width, height) };
  } catch {
    return 'unreadable';
  }
}

function decode(src: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const image = new Image();
    image.onload = () => resolve(image);
    image.onerror = () => reject(new Error('not an image'));
    image.src = src;
  });
}

/** Logos are small on a slide: 800 px on the longer side is sharp even on the title slide. */
const SVG_LOGO_PX = 800;

function svgAsPng(image: HTMLImageElement, width: number, height: number) {
  const factor = SVG_LOGO_PX / Math.max(width, height);
  const canvas = document.createElement('canvas');
  canvas.width = Math.max(1, Math.round(width * factor));
  canvas.height = Math.max(1, Math.round(height * factor));
  const context = canvas.getContext('2d');
  if (!context) throw new Error('no canvas');
  context.drawImage(image, 0, 0, canvas.width, canvas.height);
  return { dataUrl: canvas.toDataURL('image/png'), width: canvas.width, height: canvas.height };
}
