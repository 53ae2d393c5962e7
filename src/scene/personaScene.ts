// A persona's sheet as a scene: the designed one-page handout of PersonaSheet.tsx and
// personaSheet.css (colour band, avatar and identity, quote, about/savviness/channels beside the
// four lists, details, footer), drawn at the paper's size in CSS pixels so that it fills a portrait
// page. Unlike the screen, where lists stop at a fixed count, the body takes all the height the page
// has: lists and the bio show as many entries and lines as fit, then "+ N more".
import { fill } from '../i18n/fill';
import type { Messages } from '../i18n/en';
import { tint, type Persona } from '../model';
import { blockHeight, disc, fitLines, initials, rect, textBlock, type TextStyle } from './draw';
import { translate } from './mapScene';
import { SCENE_COLORS as C } from './theme';
import { BODY, Column, MORE, NONE, listBlock, moreLine, type Colors } from './sheetColumn';
import type { Scene, SceneItem, TextMeasurer } from './types';

export type PersonaPaper = 'a4' | 'letter';

const PX_PER_MM = 96 / 25.4;
/** Portrait paper in CSS pixels. */
export const PERSONA_PAPER_PX: Record<PersonaPaper, { width: number; height: number }> = {
  a4: { width: 210 * PX_PER_MM, height: 297 * PX_PER_MM },
  letter: { width: 215.9 * PX_PER_MM, height: 279.4 * PX_PER_MM },
};

export interface PersonaSceneInput {
  persona: Persona;
  /** The avatar picture as a data: URL; null draws the initials. */
  avatar: string | null;
  paper: PersonaPaper;
  text: Messages;
  measure: TextMeasurer;
}

const BAND = 8;
const PAD_X = 13 * PX_PER_MM;
const PAD_TOP = 13 * PX_PER_MM;
const PAD_BOTTOM = 9 * PX_PER_MM;
const GAP = 16;
const AVATAR = 92;
const MAX_TAGS = 6;
const MAX_FIELDS = 4;
/** How much larger than on screen a sparse sheet's contents may be drawn. */
const MAX_ZOOM = 1.5;

function headerItems(
  input: PersonaSceneInput,
  colors: Colors,
  top: number,
  width: number,
): { items: SceneItem[]; height: number } {
  const { persona, text, measure } = input;
  const identity = new Column(measure, colors, 0);
  const x = PAD_X + AVATAR + 22;
  const room = width - AVATAR - 22;
  identity.paragraph(
    persona.name || text.canvas.untitled,
    x,
    room,
    { size: 27, weight: 700, color: C.ink, lineHeight: 27 * 1.15, letterSpacing: 0 },
    2,
  );
  if (persona.role.trim()) {
    identity.y += 4;
    identity.paragraph(
      persona.role,
      x,
      room,
      { size: 16, weight: 600, color: colors.persona, lineHeight: 16 * 1.45 },
      1,
    );
  }
  const meta = [
    persona.age !== null ? fill(text.personaSheet.age, { age: persona.age }) : '',
    persona.location.trim(),
  ].filter(Boolean);
  if (meta.length > 0) {
    identity.y += 4;
    identity.paragraph(
      meta.join(' · '),
      x,
      room,
      { size: 13, weight: 400, color: C.inkSoft, lineHeight: 13 * 1.45 },
      1,
    );
  }
  if (persona.tags.length > 0) {
    identity.y += 8;
    const tags = persona.tags.slice(0, MAX_TAGS);
    const extra = persona.tags.length - tags.length;
    const drawn = identity.chips(tags, x, room, true, 1);
    const hidden = extra + tags.length - drawn;
    if (hidden > 0) {
      identity.y += 4;
      identity.paragraph(fill(text.personaSheet.more, { count: hidden }), x, room, MORE, 1);
    }
  }
  const height = Math.max(AVATAR + 12, identity.y);
  const identityTop = top + (height - identity.y) / 2;
  const cx = PAD_X + AVATAR / 2;
  const cy = top + height / 2;
  const ring: SceneItem[] = [
    disc(cx, cy, AVATAR / 2 + 6, colors.line),
    disc(cx, cy, AVATAR / 2 + 4, C.surface),
    disc(cx, cy, AVATAR / 2, persona.color),
  ];
  const avatar: SceneItem[] = input.avatar
    ? [
        {
          type: 'image',
          x: cx - AVATAR / 2,
          y: cy - AVATAR / 2,
          width: AVATAR,
          height: AVATAR,
          href: input.avatar,
          round: true,
        },
      ]
    : [
        textBlock(cx, cy - (AVATAR / 2.6) * 0.6, [initials(persona.name)], {
          size: AVATAR / 2.6,
          weight: 700,
          color: C.surface,
          align: 'middle',
          lineHeight: (AVATAR / 2.6) * 1.2,
        }),
      ];
  return { items: [...ring, ...avatar, ...translate(identity.items, 0, identityTop)], height };
}

/** The persona's sheet, filling a portrait page of `paper`. */
export function buildPersonaScene(input: PersonaSceneInput): Scene {
  const paper = PERSONA_PAPER_PX[input.paper];
  let best: Scene | null = null;
  for (let zoom = MAX_ZOOM; zoom >= 1; zoom = Math.round((zoom - 0.05) * 100) / 100) {
    const page = { width: paper.width / zoom, height: paper.height / zoom };
    const sheet = layoutSheet(input, page);
    best = sheet.scene;
    if (sheet.cuts === 0) break;
  }
  return best!;
}

/**
 * The sheet laid out on a page of `page` CSS pixels. A sparse persona is laid out on a smaller
 * page, then drawn enlarged to the paper: its text grows until the page is full, never past
 * MAX_ZOOM, and never so far that an entry must be cut.
 */
function layoutSheet(
  input: PersonaSceneInput,
  page: { width: number; height: number },
): { scene: Scene; cuts: number } {
  const { persona, text, measure } = input;
  const colors: Colors = {
    persona: persona.color,
    soft: tint(persona.color, 0.1),
    line: tint(persona.color, 0.35),
    cuts: { count: 0 },
  };
  const width = page.width - 2 * PAD_X;
  const items: SceneItem[] = [
    rect(0, 0, page.width, page.height, { fill: C.surface }),
    rect(0, 0, page.width, BAND, { fill: persona.color }),
  ];
  let y = BAND + PAD_TOP;

  const header = headerItems(input, colors, y, width);
  items.push(...header.items);
  y += header.height + GAP;

  if (persona.quote.trim()) {
    const style: TextStyle = {
      size: 17,
      weight: 600,
      italic: true,
      color: C.ink,
      lineHeight: 17 * 1.4,
    };
    const lines = fitLines(persona.quote, measure, width - 70, style, 3);
    const height = 24 + blockHeight(lines.length, style);
    items.push(
      rect(PAD_X, y, width, height, { fill: colors.soft, radius: 12 }),
      textBlock(PAD_X + 14, y + 6, ['“'], {
        size: 54,
        weight: 700,
        color: colors.persona,
        lineHeight: 54,
      }),
      textBlock(PAD_X + 50, y + 12, lines, style),
    );
    y += height + GAP;
  }

  // The footer sits at the bottom of the page; details above it; the body takes the rest.
  const footerStyle: TextStyle = { size: 10.5, weight: 400, color: C.inkFaint, lineHeight: 15 };
  const footerTop = page.height - PAD_BOTTOM - 6 - blockHeight(1, footerStyle);
  items.push(rect(PAD_X, footerTop, width, 1, { fill: C.line }));
  const [footerName = ''] = fitLines(persona.name, measure, width / 2, footerStyle, 1);
  items.push(
    textBlock(PAD_X, footerTop + 6, [text.personaSheet.footer], footerStyle),
    textBlock(PAD_X + width, footerTop + 6, [footerName], { ...footerStyle, align: 'end' }),
  );
  let bottom = footerTop - GAP;

  const fields = persona.customFields.filter((f) => f.label.trim() || f.value.trim());
  if (fields.length > 0) {
    const details = detailItems(fields, input, colors, width);
    const top = bottom - details.height;
    items.push(...translate(details.items, 0, top));
    bottom = top - GAP;
  }

  // The body: about, savviness and channels beside the four lists.
  const sideWidth = ((width - 22) * 0.85) / 2.35;
  const listsX = PAD_X + sideWidth + 22;
  const listsWidth = width - sideWidth - 22;
  const side = sideItems(input, colors, { x: PAD_X, width: sideWidth - 20, top: y, bottom });
  items.push(...side.items);

  const listWidth = (listsWidth - 20) / 2;
  const keys = ['goals', 'frustrations', 'motivations', 'behaviours'] as const;
  /** The list blocks of one row, from `top`, each stopping before `rowBottom`. */
  const row = (index: 0 | 1, top: number, rowBottom: number) => {
    const columns = keys.slice(index * 2, index * 2 + 2).map((key, place) => {
      const x = listsX + place * (listWidth + 20);
      const column = new Column(measure, colors, top);
      column.heading(text.personaSheet[key], x, listWidth);
      const box = { x, width: listWidth, bottom: rowBottom };
      listBlock(column, persona[key], key === 'frustrations', box, text);
      return column;
    });
    return {
      items: columns.flatMap((column) => column.items),
      height: Math.max(...columns.map((column) => column.y)) - top,
    };
  };
  // Each row as tall as its content, as on screen; when both cannot fit, the first row keeps at
  // least half of the height and gives the second what it needs of the rest.
  const room = bottom - y - 18;
  const natural = [row(0, 0, Infinity).height, row(1, 0, Infinity).height];
  const firstHeight = Math.min(natural[0]!, Math.max(room / 2, room - natural[1]!));
  const first = row(0, y, y + firstHeight);
  const second = row(1, y + first.height + 18, bottom);
  items.push(...first.items, ...second.items);
  // The rule between the two columns runs as far down as either goes.
  const bodyBottom = Math.max(side.bottom, y + first.height + 18 + second.height);
  items.push(rect(PAD_X + sideWidth - 1, y, 1, Math.min(bottom, bodyBottom) - y, { fill: C.line }));

  return {
    scene: { width: page.width, height: page.height, items, title: persona.name },
    cuts: colors.cuts.count,
  };
}

function sideItems(
  input: PersonaSceneInput,
  colors: Colors,
  box: { x: number; width: number; top: number; bottom: number },
): { items: SceneItem[]; bottom: number } {
  const { persona, text, measure } = input;
  const { x, width } = box;
  // Savviness and channels first, at the bottom of the column; the bio takes what is left above.
  const lower = new Column(measure, colors, 0);
  lower.heading(text.personaSheet.techSavviness, x, width);
  const level = persona.techSavviness;
  if (level === null) {
    lower.paragraph(text.persona.unknown, x, width, NONE, 1);
  } else {
    const dotsTop = lower.y + 3;
    for (let dot = 1; dot <= 5; dot++) {
      lower.items.push({
        type: 'circle',
        cx: x + 6 + (dot - 1) * 17,
        cy: dotsTop + 6 + 3,
        r: 5,
        fill: dot <= level ? colors.persona : C.surface,
        stroke: colors.persona,
        strokeWidth: 2,
      });
    }
    const labelX = x + 5 * 17 + 5;
    lower.paragraph(
      text.persona.savviness[level as 1 | 2 | 3 | 4 | 5],
      labelX,
      width - (labelX - x),
      { size: 12, weight: 600, color: C.ink, lineHeight: 18 },
      1,
    );
  }
  lower.y += GAP;
  lower.heading(text.personaSheet.channels, x, width);
  if (persona.preferredChannels.length > 0) {
    lower.chips(
      persona.preferredChannels.map((channel) => text.channels[channel]),
      x,
      width,
      false,
      6,
    );
  } else {
    lower.paragraph(text.personaSheet.none, x, width, NONE, 1);
  }

  const about = new Column(measure, colors, box.top);
  about.heading(text.personaSheet.about, x, width);
  const lowerTop = Math.max(box.bottom - lower.y, box.top + 120);
  if (persona.bio.trim()) {
    const lines = Math.max(1, Math.floor((lowerTop - GAP - about.y) / BODY.lineHeight!));
    about.paragraph(persona.bio, x, width, BODY, lines);
  } else {
    about.paragraph(text.personaSheet.none, x, width, NONE, 1);
  }
  const top = about.y + GAP;
  return { items: [...about.items, ...translate(lower.items, 0, top)], bottom: top + lower.y };
}

/** The custom fields, two a row (label, then value on up to two lines), laid out from y = 0. */
function detailItems(
  fields: Persona['customFields'],
  input: PersonaSceneInput,
  colors: Colors,
  width: number,
): { items: SceneItem[]; height: number } {
  const { text, measure } = input;
  const details = new Column(measure, colors, 0);
  details.heading(text.personaSheet.details, PAD_X, width);
  const columnWidth = (width - 22) / 2;
  const labelWidth = ((columnWidth - 10) * 0.8) / 2.4;
  const shown = fields.slice(0, MAX_FIELDS);
  for (let start = 0; start < shown.length; start += 2) {
    const top = details.y;
    const cells = shown.slice(start, start + 2).map((field, index) => {
      const x = PAD_X + index * (columnWidth + 22);
      const label = new Column(measure, colors, top + 5);
      label.paragraph(field.label, x, labelWidth, { ...BODY, weight: 600, color: C.inkSoft }, 1);
      const value = new Column(measure, colors, top + 5);
      value.paragraph(field.value, x + labelWidth + 10, columnWidth - labelWidth - 10, BODY, 2);
      return { x, items: [...label.items, ...value.items], bottom: Math.max(label.y, value.y) };
    });
    const rowBottom = Math.max(...cells.map((cell) => cell.bottom)) + 5;
    for (const cell of cells) {
      details.items.push(
        ...cell.items,
        rect(cell.x, rowBottom - 1, columnWidth, 1, { fill: C.line }),
      );
    }
    details.y = rowBottom;
  }
  moreLine(details, fields.length - MAX_FIELDS, PAD_X, width, text);
  return { items: details.items, height: details.y };
}
