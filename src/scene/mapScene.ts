// The map as a scene: title and personas, stage and lane headers, cells, every card with its face,
// the emotion curves with their legend, and the connectors with their labels. Pure: the same
// journey, catalogue and measurer always give the same scene. It follows the canvas's layout
// (layoutJourney) and the map's stylesheet, so a picture looks like the map on screen.
import { badgeLabel, signedScore } from '../i18n/cardFace';
import type { Messages } from '../i18n/en';
import {
  LABEL_PLATE,
  LAYOUT,
  SHARED_CURVE_COLOR,
  curveColor,
  cardKindColors,
  cardKindOf,
  cardTitle,
  cardsByCell,
  cellKey,
  emotionCurveGeometry,
  emotionNeutralY,
  layoutJourney,
  roundedCorners,
  routeConnectors,
  smoothCurve,
  tint,
  type Card,
  type CardBadge,
  type EmotionCard,
  type Id,
  type Journey,
  type Lane,
  type MapLayout,
  type Persona,
  type Point,
  type Rect,
} from '../model';
import {
  badge,
  badgeSize,
  blockHeight,
  fitLines,
  initials,
  rect,
  textBlock,
  type BadgeStyle,
  type TextStyle,
} from './draw';
import { SCENE_COLORS as C } from './theme';
import type { PathCommand, Scene, SceneItem, TextMeasurer } from './types';

/** Blank space around the map, in map pixels. */
export const SHEET_MARGIN = 24;
/** The title and persona strip above the map. */
export const SHEET_HEADER_HEIGHT = 76;

export interface MapSceneInput {
  journey: Journey;
  /** The library's personas: those the journey links are shown, and colour their curves. */
  personas: readonly Persona[];
  text: Messages;
  measure: TextMeasurer;
  /** The number each stage shows, when the journey is part of a larger map; else its position. */
  stageNumbers?: ReadonlyMap<Id, number>;
}

const CARD_BORDER = 5;
const CARD_PADDING_X = 12;
const CARD_PADDING_Y = 10;
const CARD_GAP = 6;
const CARD_MAX_LINES = 6;

const TITLE: TextStyle = { size: 15, weight: 400, color: C.ink, lineHeight: 20 };
const DESCRIPTION: TextStyle = { size: 13, weight: 400, color: C.inkSoft };
const PILL = { size: 12, weight: 600, paddingX: 8, paddingY: 2, letterSpacing: 0 } as const;

/** How each badge looks, as in the map's stylesheet. */
function badgeStyle(item: CardBadge): BadgeStyle {
  switch (item.type) {
    case 'channel':
      return { ...PILL, color: C.channelInk, fill: C.channelSoft, radius: 999 };
    case 'objective':
      return { ...PILL, weight: 400, color: C.inkSoft, fill: null, radius: 0, paddingX: 0 };
    case 'kpi':
      return { ...PILL, color: C.ink, fill: C.surfaceSunken, radius: 6 };
    case 'rating':
      return {
        ...PILL,
        weight: 400,
        color: C.rating,
        fill: null,
        radius: 0,
        paddingX: 0,
        letterSpacing: 1,
      };
    case 'severity': {
      const colors = {
        low: [C.low, C.momentSoft],
        medium: [C.medium, C.mediumSoft],
        high: [C.dangerStrong, C.dangerSofter],
      } as const;
      const [color, background] = colors[item.level];
      return { ...PILL, color, fill: background, radius: 999 };
    }
    case 'impactEffort':
      return { ...PILL, color: C.successStrong, fill: C.successSoft, radius: 999 };
    case 'moment':
      return {
        ...PILL,
        weight: 700,
        color: C.surface,
        fill: C.moment,
        radius: 6,
        letterSpacing: 0.6,
      };
    case 'emotion':
      return { ...PILL, weight: 700, color: C.ink, fill: null, radius: 0, paddingX: 0 };
  }
}

interface Row {
  items: SceneItem[];
  height: number;
}

/** Badges laid out left to right, wrapping like a flex row with a 6 px gap. */
function badgeRows(
  badges: readonly CardBadge[],
  x: number,
  top: number,
  width: number,
  text: Messages,
  measure: TextMeasurer,
): Row {
  const items: SceneItem[] = [];
  let cursorX = x;
  let rowTop = top;
  let rowHeight = 0;
  for (const item of badges) {
    const style = badgeStyle(item);
    const label = badgeLabel(item, text);
    const size = badgeSize(label, style, measure);
    if (cursorX > x && cursorX + size.width > x + width) {
      rowTop += rowHeight + CARD_GAP;
      cursorX = x;
      rowHeight = 0;
    }
    // A badge wider than the card is cut to fit.
    const shown =
      size.width > width
        ? (fitLines(label, measure, width - 2 * style.paddingX, style, 1)[0] ?? '')
        : label;
    const drawn = badge(cursorX, rowTop, shown, style, measure);
    items.push(...drawn.items);
    cursorX += drawn.width + CARD_GAP;
    rowHeight = Math.max(rowHeight, drawn.height);
  }
  return { items, height: badges.length === 0 ? 0 : rowTop - top + rowHeight };
}

function cardItems(card: Card, box: Rect, text: Messages, measure: TextMeasurer): SceneItem[] {
  const colors = cardKindColors(card.kind);
  const items: SceneItem[] = [
    rect(box.x, box.y, box.width, box.height, {
      fill: colors.fill,
      stroke: C.line,
      radius: LAYOUT_RADIUS,
    }),
    // The accent bar: the card's own colour, else its kind's.
    rect(box.x, box.y, CARD_BORDER, box.height, { fill: card.color ?? colors.line }),
  ];
  const x = box.x + CARD_BORDER + CARD_PADDING_X;
  const width = box.width - CARD_BORDER - 2 * CARD_PADDING_X - 1;
  const bottom = box.y + box.height - CARD_PADDING_Y;
  const face = cardKindOf(card).face(card);
  let top = box.y + CARD_PADDING_Y;

  const header = badgeRows(face.header, x, top, width, text, measure);
  const footer = badgeRows(face.footer, x, 0, width, text, measure);
  items.push(...header.items);
  if (header.height > 0) top += header.height + CARD_GAP;

  // The title always keeps a line; the footer and the description share what is left.
  const footerSpace = footer.height > 0 ? footer.height + CARD_GAP : 0;
  const room = Math.max(TITLE.lineHeight!, bottom - top - footerSpace);
  const title = cardTitle(card);
  const titleStyle: TextStyle = title ? TITLE : { ...TITLE, italic: true, color: C.inkFaint };
  const maxTitleLines = Math.max(1, Math.min(CARD_MAX_LINES, Math.floor(room / TITLE.lineHeight!)));
  const titleLines = fitLines(
    title || text.canvas.untitled,
    measure,
    width,
    titleStyle,
    maxTitleLines,
  );
  items.push(textBlock(x, top, titleLines, titleStyle));
  top += blockHeight(titleLines.length, titleStyle);

  if (footer.height > 0 && top + CARD_GAP + footer.height <= bottom + 0.5) {
    top += CARD_GAP;
    items.push(...translate(footer.items, 0, top));
    top += footer.height;
  }
  if (face.detail) {
    const lineHeight = blockHeight(1, DESCRIPTION);
    const lines = Math.floor((bottom - top - CARD_GAP) / lineHeight);
    if (lines >= 1) {
      const detail = fitLines(face.detail, measure, width, DESCRIPTION, lines);
      items.push(textBlock(x, top + CARD_GAP, detail, DESCRIPTION));
    }
  }
  return items;
}

const LAYOUT_RADIUS = 10;
const POINT_RADIUS = LAYOUT.emotionPointSize / 2;

function emotionPointItems(
  card: EmotionCard,
  box: Rect,
  color: string,
  measure: TextMeasurer,
): SceneItem[] {
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;
  const items: SceneItem[] = [
    {
      type: 'circle',
      cx,
      cy,
      r: POINT_RADIUS - 1.5,
      fill: C.surface,
      stroke: card.color ?? color,
      strokeWidth: 3,
    },
    textBlock(
      cx,
      cy - blockHeight(1, { size: 12, weight: 700, color: C.ink }) / 2,
      [signedScore(card.score)],
      {
        size: 12,
        weight: 700,
        color: C.ink,
        align: 'middle',
      },
    ),
  ];
  if (card.label) {
    const style: TextStyle = { size: 12, weight: 400, color: C.inkSoft, align: 'middle' };
    const [label = ''] = fitLines(card.label, measure, LAYOUT.columnWidth - 16, style, 1);
    const width = measure(label, 12, 400) + 8;
    const top = box.y + box.height + 4;
    items.push(
      rect(cx - width / 2, top, width, blockHeight(1, style), { fill: C.surface, radius: 4 }),
      textBlock(cx, top, [label], style),
    );
  }
  return items;
}

function laneHeaderItems(
  lane: Lane,
  row: Rect,
  text: Messages,
  measure: TextMeasurer,
): SceneItem[] {
  const items: SceneItem[] = [
    rect(0, row.y, LAYOUT.laneHeaderWidth, row.height, { fill: C.surface, stroke: C.line }),
    rect(0, row.y, 6, row.height, { fill: lane.color }),
  ];
  const x = 6 + 14;
  const width = LAYOUT.laneHeaderWidth - x - 14;
  const nameStyle: TextStyle = { size: 16, weight: 700, color: C.ink };
  const name = lane.name || text.canvas.untitled;
  const collapsed = row.height <= LAYOUT.collapsedLaneHeight;
  const top = row.y + (collapsed ? (row.height - blockHeight(1, nameStyle)) / 2 : 12);
  const maxLines = collapsed
    ? 1
    : Math.max(1, Math.floor((row.height - 24 - 20) / blockHeight(1, nameStyle)));
  const lines = fitLines(name, measure, width, nameStyle, Math.min(3, maxLines));
  items.push(textBlock(x, top, lines, nameStyle));
  const kindName = text.laneKinds[lane.kind];
  if (kindName !== name && !collapsed) {
    const kindStyle: TextStyle = { size: 12, weight: 400, color: C.inkSoft, letterSpacing: 0.48 };
    const [kind = ''] = fitLines(kindName.toUpperCase(), measure, width, kindStyle, 1);
    items.push(textBlock(x, top + blockHeight(lines.length, nameStyle) + 4, [kind], kindStyle));
  }
  return items;
}

function stageHeaderItems(
  journey: Journey,
  index: number,
  column: Rect,
  text: Messages,
  measure: TextMeasurer,
  stageNumbers?: ReadonlyMap<Id, number>,
): SceneItem[] {
  const stage = journey.stages[index]!;
  const height = LAYOUT.stageHeaderHeight;
  const items: SceneItem[] = [
    rect(column.x, 0, column.width, height, { fill: C.surface, stroke: C.line }),
    rect(column.x, 0, column.width, 5, { fill: stage.color }),
  ];
  const middle = 5 + (height - 5) / 2;
  items.push(
    {
      type: 'circle',
      cx: column.x + 14 + 14,
      cy: middle,
      r: 14,
      fill: stage.color,
      stroke: null,
      strokeWidth: 0,
    },
    textBlock(
      column.x + 28,
      middle - blockHeight(1, { size: 14, weight: 700, color: C.surface }) / 2,
      [String(stageNumbers?.get(stage.id) ?? index + 1)],
      {
        size: 14,
        weight: 700,
        color: C.surface,
        align: 'middle',
      },
    ),
  );
  let right = column.x + column.width - 14;
  if (stage.momentOfTruth) {
    const style = badgeStyle({
      type: 'moment',
      momentType: stage.momentOfTruth,
      name: stage.momentOfTruth,
    });
    const size = badgeSize(stage.momentOfTruth, style, measure);
    const drawn = badge(
      right - size.width,
      middle - size.height / 2,
      stage.momentOfTruth,
      style,
      measure,
    );
    items.push(...drawn.items);
    right -= size.width + 10;
  }
  const nameStyle: TextStyle = { size: 18, weight: 700, color: C.ink, lineHeight: 18 * 1.2 };
  const x = column.x + 14 + 28 + 10;
  const lines = fitLines(stage.name || text.canvas.untitled, measure, right - x, nameStyle, 2);
  items.push(textBlock(x, middle - blockHeight(lines.length, nameStyle) / 2, lines, nameStyle));
  return items;
}

/** A connector's routed line (the model's, as on the canvas) as path commands, corners rounded. */
function connectorCommands(points: readonly Point[]): PathCommand[] {
  const [first] = points;
  if (!first) return [];
  return [
    { op: 'M', x: first.x, y: first.y },
    ...roundedCorners(points).map((part): PathCommand =>
      'c1' in part
        ? {
            op: 'C',
            x1: part.c1.x,
            y1: part.c1.y,
            x2: part.c2.x,
            y2: part.c2.y,
            x: part.to.x,
            y: part.to.y,
          }
        : { op: 'L', x: part.to.x, y: part.to.y },
    ),
  ];
}

const DASHES = { solid: null, dashed: [8, 6], dotted: [2, 6] } as const;

function mapItems(
  journey: Journey,
  layout: MapLayout,
  personaColors: ReadonlyMap<Id, string>,
  text: Messages,
  measure: TextMeasurer,
  stageNumbers?: ReadonlyMap<Id, number>,
): SceneItem[] {
  const items: SceneItem[] = [];
  const cells = cardsByCell(journey);
  // Cells, then the grid lines over them.
  journey.lanes.forEach((lane, laneIndex) => {
    const row = layout.rows[laneIndex]!;
    for (const column of layout.columns) {
      items.push(
        rect(column.x, row.y, column.width, row.height, { fill: tint(lane.color, 0.04) }),
        rect(column.x + column.width - 1, row.y, 1, row.height, { fill: C.line }),
        rect(column.x, row.y + row.height - 1, column.width, 1, { fill: C.line }),
      );
    }
  });
  journey.stages.forEach((_, index) => {
    const column = layout.columns[index]!;
    items.push(...stageHeaderItems(journey, index, column, text, measure, stageNumbers));
  });
  journey.lanes.forEach((lane, laneIndex) => {
    items.push(...laneHeaderItems(lane, layout.rows[laneIndex]!, text, measure));
  });

  // Emotion lanes: the neutral line, then one curve per persona.
  journey.lanes.forEach((lane, laneIndex) => {
    const row = layout.rows[laneIndex]!;
    if (lane.kind !== 'emotions' || row.collapsed) return;
    const y = emotionNeutralY(row);
    items.push({
      type: 'path',
      commands: [
        { op: 'M', x: LAYOUT.laneHeaderWidth, y },
        { op: 'L', x: layout.width, y },
      ],
      stroke: C.lineStrong,
      strokeWidth: 1,
      fill: null,
      dash: [6, 6],
      round: false,
    });
    for (const curve of emotionCurveGeometry(journey, layout, lane.id)) {
      const [first] = curve.points;
      if (!first || curve.points.length < 2) continue;
      items.push({
        type: 'path',
        commands: [
          { op: 'M', x: first.x, y: first.y },
          ...smoothCurve(curve.points).map(({ c1, c2, to }) => ({
            op: 'C' as const,
            x1: c1.x,
            y1: c1.y,
            x2: c2.x,
            y2: c2.y,
            x: to.x,
            y: to.y,
          })),
        ],
        stroke: curveColor(curve.personaId, personaColors),
        strokeWidth: 3,
        fill: null,
        dash: null,
        round: true,
      });
    }
  });

  // Cards and points, cell by cell in rank order.
  for (const lane of journey.lanes) {
    for (const stage of journey.stages) {
      for (const card of cells.get(cellKey(stage.id, lane.id)) ?? []) {
        const box = layout.cards.get(card.id);
        if (!box) continue;
        // An emotion card is a point wherever it sits, as on the canvas: its 28 px box holds no
        // card face.
        if (card.kind === 'emotion') {
          items.push(
            ...emotionPointItems(card, box, curveColor(card.personaId, personaColors), measure),
          );
        } else {
          items.push(...cardItems(card, box, text, measure));
        }
      }
    }
  }

  // Connectors over the cards, routed round them as on the canvas, each label on a white plate
  // where the route keeps it clear of the cards.
  const routes = routeConnectors(Object.values(journey.connectors), layout);
  for (const connector of Object.values(journey.connectors)) {
    const route = routes.get(connector.id);
    if (!route) continue;
    items.push({
      type: 'path',
      commands: connectorCommands(route.points),
      stroke: C.inkSoft,
      strokeWidth: 2,
      fill: null,
      dash: DASHES[connector.style] ? [...DASHES[connector.style]!] : null,
      round: false,
    });
    if (connector.label && route.label) {
      const style: BadgeStyle = {
        ...PILL,
        weight: 400,
        color: C.ink,
        fill: C.surface,
        radius: 4,
        paddingX: LABEL_PLATE.paddingX,
      };
      const [label = ''] = fitLines(connector.label, measure, LABEL_PLATE.maxTextWidth, style, 1);
      const size = badgeSize(label, style, measure);
      const place = { x: route.label.x - size.width / 2, y: route.label.y - size.height / 2 };
      items.push(
        rect(place.x, place.y, size.width, size.height, {
          fill: C.surface,
          stroke: C.line,
          radius: 4,
        }),
        ...badge(place.x, place.y, label, { ...style, fill: null }, measure).items,
      );
    }
  }
  return items;
}

/** The title, and each linked persona with its colour: the curves' legend. */
function headerItems(
  journey: Journey,
  linked: readonly Persona[],
  sharedCurve: boolean,
  text: Messages,
  measure: TextMeasurer,
  width: number,
): SceneItem[] {
  const items: SceneItem[] = [];
  const middle = SHEET_MARGIN + SHEET_HEADER_HEIGHT / 2 - 8;
  const titleStyle: TextStyle = { size: 26, weight: 700, color: C.ink };
  const [title = ''] = fitLines(
    journey.title || text.canvas.untitled,
    measure,
    Math.max(200, width * 0.5),
    titleStyle,
    1,
  );
  items.push(textBlock(SHEET_MARGIN, middle - blockHeight(1, titleStyle) / 2, [title], titleStyle));
  let x = SHEET_MARGIN + measure(title, 26, 700) + 24;
  const nameStyle: TextStyle = { size: 15, weight: 600, color: C.ink };
  const roleStyle: TextStyle = { size: 13, weight: 400, color: C.inkSoft };
  const entries = [
    ...linked.map((persona) => ({
      name: persona.name,
      role: persona.role,
      color: persona.color,
      mark: initials(persona.name),
    })),
    ...(sharedCurve
      ? [{ name: text.export.sharedCurve, role: '', color: SHARED_CURVE_COLOR, mark: '' }]
      : []),
  ];
  for (const entry of entries) {
    if (x > SHEET_MARGIN + width - 120) break;
    items.push(
      {
        type: 'circle',
        cx: x + 18,
        cy: middle,
        r: 18,
        fill: entry.color,
        stroke: null,
        strokeWidth: 0,
      },
      textBlock(x + 18, middle - blockHeight(1, { ...nameStyle, weight: 700 }) / 2, [entry.mark], {
        ...nameStyle,
        weight: 700,
        color: C.surface,
        align: 'middle',
      }),
    );
    const textX = x + 36 + 8;
    const [name = ''] = fitLines(entry.name, measure, 220, nameStyle, 1);
    const [role = ''] = entry.role ? fitLines(entry.role, measure, 220, roleStyle, 1) : [];
    const height = blockHeight(1, nameStyle) + (role ? blockHeight(1, roleStyle) : 0);
    items.push(textBlock(textX, middle - height / 2, [name], nameStyle));
    if (role)
      items.push(
        textBlock(textX, middle - height / 2 + blockHeight(1, nameStyle), [role], roleStyle),
      );
    x = textX + Math.max(measure(name, 15, 600), role ? measure(role, 13, 400) : 0) + 16;
    // The legend's line: the curve's colour as it is drawn on the map.
    items.push({
      type: 'path',
      commands: [
        { op: 'M', x, y: middle },
        { op: 'L', x: x + 24, y: middle },
      ],
      stroke: entry.color,
      strokeWidth: 3,
      fill: null,
      dash: null,
      round: true,
    });
    x += 24 + 24;
  }
  return items;
}

/** The whole sheet: header, then the map below it, with margins all round. */
const colorsOf = (personas: readonly Persona[]) =>
  new Map(personas.map((persona) => [persona.id, persona.color]));

/**
 * The map alone, in the canvas's own coordinates: no sheet margin, title or persona header. The
 * canvas shows it as one picture when zoomed too far out to read the cards (FarPicture.tsx).
 */
export function buildMapBodyScene(input: MapSceneInput): Scene {
  const { journey, personas, text, measure } = input;
  const layout = layoutJourney(journey);
  return {
    width: layout.width,
    height: layout.height,
    items: mapItems(journey, layout, colorsOf(personas), text, measure, input.stageNumbers),
    title: journey.title,
  };
}

export function buildMapScene(input: MapSceneInput): Scene {
  const { journey, personas, text, measure } = input;
  const layout = layoutJourney(journey);
  const personaColors = colorsOf(personas);
  const linked = journey.personaIds.flatMap((id) => personas.filter((p) => p.id === id));
  const emotionCards = Object.values(journey.cards).filter((card) => card.kind === 'emotion');
  const sharedCurve = emotionCards.some(
    (card) => card.kind === 'emotion' && card.personaId === null,
  );
  const top = SHEET_MARGIN + SHEET_HEADER_HEIGHT;
  const items: SceneItem[] = [
    ...headerItems(
      journey,
      linked,
      sharedCurve && emotionCards.length > 0,
      text,
      measure,
      layout.width,
    ),
    ...translate(
      mapItems(journey, layout, personaColors, text, measure, input.stageNumbers),
      SHEET_MARGIN,
      top,
    ),
  ];
  return {
    width: layout.width + 2 * SHEET_MARGIN,
    height: top + layout.height + SHEET_MARGIN,
    items,
    title: journey.title,
  };
}

/** Items moved right by `dx` and down by `dy`. */
export function translate(items: SceneItem[], dx: number, dy: number): SceneItem[] {
  return items.map((item) => {
    switch (item.type) {
      case 'rect':
      case 'image':
      case 'text':
        return { ...item, x: item.x + dx, y: item.y + dy };
      case 'circle':
        return { ...item, cx: item.cx + dx, cy: item.cy + dy };
      case 'path':
        return { ...item, commands: item.commands.map((command) => moveCommand(command, dx, dy)) };
    }
  });
}

function moveCommand(command: PathCommand, dx: number, dy: number): PathCommand {
  switch (command.op) {
    case 'M':
    case 'L':
      return { ...command, x: command.x + dx, y: command.y + dy };
    case 'C':
      return {
        ...command,
        x1: command.x1 + dx,
        y1: command.y1 + dy,
        x2: command.x2 + dx,
        y2: command.y2 + dy,
        x: command.x + dx,
        y: command.y + dy,
      };
    case 'Z':
      return command;
  }
}
