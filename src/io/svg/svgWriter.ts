// Writes a scene as a standalone SVG document: real <rect>, <text> and <path> elements (never
// foreignObject), so browsers, LibreOffice, Inkscape and slide tools all show it, and its texts can
// be selected and searched. The bundled font travels inside it as @font-face rules.
import { SCENE_FONT_FAMILY } from '../../scene/theme';
import type { PathCommand, Scene, SceneItem, SceneText } from '../../scene/types';

export interface SvgOptions {
  /** Null: transparent. */
  background: string | null;
  /** @font-face rules with the font data inline; empty to rely on installed fonts. */
  fontCss: string;
}

/**
 * Inter first (inline in the file); where a reader ignores @font-face and Inter is not installed,
 * Arial or its metric twin Liberation Sans, narrower than Inter, so the texts measured for Inter
 * still fit their cards. LibreOffice reads only the first family and falls back to its own font.
 */
const FONT_STACK = `${SCENE_FONT_FAMILY}, Arial, 'Liberation Sans', Helvetica, sans-serif`;

/** Characters XML 1.0 cannot hold at all: most controls, lone surrogates, U+FFFE and U+FFFF. */
const NOT_XML =
  // eslint-disable-next-line no-control-regex -- these are the characters it removes
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Text made safe for XML content and attribute values. */
export function escapeXml(value: string): string {
  return value
    .replace(NOT_XML, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** Numbers short and exact enough: two decimals, no trailing zeros. */
function n(value: number): string {
  return String(Math.round(value * 100) / 100);
}

function paint(color: string | null): string {
  return color === null ? 'none' : escapeXml(color);
}

export function pathData(commands: readonly PathCommand[]): string {
  return commands
    .map((command) => {
      switch (command.op) {
        case 'M':
        case 'L':
          return `${command.op}${n(command.x)} ${n(command.y)}`;
        case 'C':
          return `C${n(command.x1)} ${n(command.y1)} ${n(command.x2)} ${n(command.y2)} ${n(command.x)} ${n(command.y)}`;
        case 'Z':
          return 'Z';
      }
    })
    .join('');
}

const ANCHORS = { start: 'start', middle: 'middle', end: 'end' } as const;

function textElement(item: SceneText): string {
  const attributes = [
    `x="${n(item.x)}"`,
    `y="${n(item.y)}"`,
    `font-size="${n(item.size)}"`,
    `font-weight="${item.weight}"`,
    `fill="${paint(item.color)}"`,
    item.align === 'start' ? '' : `text-anchor="${ANCHORS[item.align]}"`,
    item.italic ? 'font-style="italic"' : '',
    item.letterSpacing ? `letter-spacing="${n(item.letterSpacing)}"` : '',
  ].filter(Boolean);
  const lines = item.lines
    .map(
      (line, index) =>
        `<tspan x="${n(item.x)}"${index === 0 ? '' : ` dy="${n(item.lineHeight)}"`}>${escapeXml(line)}</tspan>`,
    )
    .join('');
  return `<text ${attributes.join(' ')}>${lines}</text>`;
}

function element(item: SceneItem, clipIds: { next: number }): string {
  switch (item.type) {
    case 'rect': {
      const radius = item.radius ? ` rx="${n(item.radius)}"` : '';
      const stroke = item.stroke
        ? ` stroke="${paint(item.stroke)}" stroke-width="${n(item.strokeWidth)}"`
        : '';
      return `<rect x="${n(item.x)}" y="${n(item.y)}" width="${n(item.width)}" height="${n(item.height)}"${radius} fill="${paint(item.fill)}"${stroke}/>`;
    }
    case 'text':
      return textElement(item);
    case 'path': {
      const dash = item.dash ? ` stroke-dasharray="${item.dash.map(n).join(' ')}"` : '';
      const caps = item.round ? ' stroke-linecap="round" stroke-linejoin="round"' : '';
      const stroke = item.stroke
        ? ` stroke="${paint(item.stroke)}" stroke-width="${n(item.strokeWidth)}"${dash}${caps}`
        : '';
      return `<path d="${pathData(item.commands)}" fill="${paint(item.fill)}"${stroke}/>`;
    }
    case 'circle': {
      const stroke = item.stroke
        ? ` stroke="${paint(item.stroke)}" stroke-width="${n(item.strokeWidth)}"`
        : '';
      return `<circle cx="${n(item.cx)}" cy="${n(item.cy)}" r="${n(item.r)}" fill="${paint(item.fill)}"${stroke}/>`;
    }
    case 'image': {
      const box = `x="${n(item.x)}" y="${n(item.y)}" width="${n(item.width)}" height="${n(item.height)}"`;
      const image = `<image ${box} href="${escapeXml(item.href)}" preserveAspectRatio="xMidYMid slice"`;
      if (!item.round) return `${image}/>`;
      const id = `clip${clipIds.next++}`;
      const r = Math.min(item.width, item.height) / 2;
      return `<clipPath id="${id}"><circle cx="${n(item.x + item.width / 2)}" cy="${n(item.y + item.height / 2)}" r="${n(r)}"/></clipPath>${image} clip-path="url(#${id})"/>`;
    }
  }
}

/** The scene as SVG text, with an XML declaration. */
export function sceneToSvg(scene: Scene, options: SvgOptions): string {
  const clipIds = { next: 0 };
  const parts = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<svg xmlns="http://www.w3.org/2000/svg" width="${n(scene.width)}" height="${n(scene.height)}" viewBox="0 0 ${n(scene.width)} ${n(scene.height)}" font-family="${FONT_STACK}">`,
    `<title>${escapeXml(scene.title)}</title>`,
    options.fontCss
      ? `<defs><style>${escapeXml(options.fontCss)
          .replace(/&apos;/g, "'")
          .replace(/&quot;/g, '"')}</style></defs>`
      : '',
    options.background
      ? `<rect width="100%" height="100%" fill="${paint(options.background)}"/>`
      : '',
    ...scene.items.map((item) => element(item, clipIds)),
    '</svg>',
  ];
  return parts.filter(Boolean).join('\n');
}
