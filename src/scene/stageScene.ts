// The scene of part of a map: the chosen stages only, with the lane headers, the title and the
// persona legend, and each stage numbered as in the whole map. A PDF page per stage draws one stage
// this way, so every page repeats the lane names beside its cards; there the title and legend stand
// in a panel beside the stage rather than above it, so that the stage's column runs the full height
// of a landscape page.
import { SHARED_CURVE_COLOR, type Id, type Persona } from '../model';
import { journeyWithStages } from '../model/stageFilter';
import { blockHeight, disc, fitLines, initials, textBlock, type TextStyle } from './draw';
import {
  SHEET_HEADER_HEIGHT,
  SHEET_MARGIN,
  buildMapScene,
  translate,
  type MapSceneInput,
} from './mapScene';
import { SCENE_COLORS as C } from './theme';
import type { Scene, SceneItem } from './types';

export interface MapPartInput extends MapSceneInput {
  /** The stages drawn, in the journey's order; null: the whole map. */
  stageIds: readonly Id[] | null;
}

/** The panel beside a single stage: as wide as a card column, a little more. */
const PANEL_WIDTH = 300;
const PANEL_GAP = 32;

export function buildMapPartScene(input: MapPartInput): Scene {
  const { journey, stageIds } = input;
  if (stageIds === null) return buildMapScene(input);
  const stageNumbers = new Map(journey.stages.map((stage, index) => [stage.id, index + 1]));
  const part = journeyWithStages(journey, stageIds);
  const scene = buildMapScene({ ...input, journey: part, stageNumbers });
  return stageIds.length === 1 ? besidePanel(scene, { ...input, journey: part }) : scene;
}

/** Where an item starts vertically: the header's items all start above the map. */
function topOf(item: SceneItem): number {
  switch (item.type) {
    case 'rect':
    case 'image':
    case 'text':
      return item.y;
    case 'circle':
      return item.cy;
    case 'path': {
      const first = item.commands[0];
      return first && first.op !== 'Z' ? first.y : 0;
    }
  }
}

/** The map without its header, moved up, and the title and legend in a panel at its right. */
function besidePanel(scene: Scene, input: MapSceneInput): Scene {
  const headerBottom = SHEET_MARGIN + SHEET_HEADER_HEIGHT;
  const map = translate(
    scene.items.filter((item) => topOf(item) >= headerBottom),
    0,
    -SHEET_HEADER_HEIGHT,
  );
  const x = scene.width - SHEET_MARGIN + PANEL_GAP;
  return {
    ...scene,
    width: x + PANEL_WIDTH + SHEET_MARGIN,
    height: scene.height - SHEET_HEADER_HEIGHT,
    items: [...map, ...panelItems(input, x)],
  };
}

function panelItems(input: MapSceneInput, x: number): SceneItem[] {
  const { journey, personas, text, measure } = input;
  const items: SceneItem[] = [];
  const titleStyle: TextStyle = { size: 24, weight: 700, color: C.ink, lineHeight: 30 };
  const title = fitLines(
    journey.title || text.canvas.untitled,
    measure,
    PANEL_WIDTH,
    titleStyle,
    4,
  );
  let y = SHEET_MARGIN;
  items.push(textBlock(x, y, title, titleStyle));
  y += blockHeight(title.length, titleStyle) + 20;

  const linked = journey.personaIds.flatMap((id) => personas.filter((p) => p.id === id));
  const sharedCurve = Object.values(journey.cards).some(
    (card) => card.kind === 'emotion' && card.personaId === null,
  );
  const entries = [
    ...linked.map((persona: Persona) => ({
      name: persona.name || text.canvas.untitled,
      role: persona.role,
      color: persona.color,
      mark: initials(persona.name),
    })),
    ...(sharedCurve
      ? [{ name: text.export.sharedCurve, role: '', color: SHARED_CURVE_COLOR, mark: '' }]
      : []),
  ];
  const nameStyle: TextStyle = { size: 15, weight: 600, color: C.ink };
  const roleStyle: TextStyle = { size: 13, weight: 400, color: C.inkSoft };
  const textX = x + 36 + 10;
  const textWidth = PANEL_WIDTH - 36 - 10 - 34;
  for (const entry of entries) {
    const [name = ''] = fitLines(entry.name, measure, textWidth, nameStyle, 1);
    const role = entry.role ? fitLines(entry.role, measure, textWidth, roleStyle, 2) : [];
    const height = Math.max(36, blockHeight(1, nameStyle) + blockHeight(role.length, roleStyle));
    const middle = y + 18;
    items.push(
      disc(x + 18, middle, 18, entry.color),
      textBlock(x + 18, middle - blockHeight(1, { ...nameStyle, weight: 700 }) / 2, [entry.mark], {
        ...nameStyle,
        weight: 700,
        color: C.surface,
        align: 'middle',
      }),
      textBlock(textX, y, [name], nameStyle),
      {
        type: 'path',
        commands: [
          { op: 'M', x: x + PANEL_WIDTH - 24, y: middle },
          { op: 'L', x: x + PANEL_WIDTH, y: middle },
        ],
        stroke: entry.color,
        strokeWidth: 3,
        fill: null,
        dash: null,
        round: true,
      },
    );
    if (role.length > 0)
      items.push(textBlock(textX, y + blockHeight(1, nameStyle), role, roleStyle));
    y += height + 14;
  }
  return items;
}
