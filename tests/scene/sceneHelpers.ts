// Shared helpers for the scene tests: a deterministic measurer, one-card journeys of each kind,
// and queries over a scene's items (texts, rects and circles in a box, each card's own items).
import type { Card, CardKind, Journey, Persona, Rect } from '../../src/model';
import { CARD_KIND_SPECS, createCard, createJourney, createPersona } from '../../src/model';
import { SHEET_HEADER_HEIGHT, SHEET_MARGIN } from '../../src/scene/mapScene';
import type {
  Scene,
  SceneCircle,
  SceneItem,
  SceneRect,
  SceneText,
  TextMeasurer,
} from '../../src/scene/types';
import { LABELS } from '../model/helpers';

/** Every character (code point) `factor` × the font size wide, plus letter spacing elsewhere. */
export function charMeasurer(factor = 0.55): TextMeasurer {
  return (text, size) => Array.from(text).length * size * factor;
}

/** Where the map's (0, 0) lands on the sheet. */
export const MAP_ORIGIN = { x: SHEET_MARGIN, y: SHEET_MARGIN + SHEET_HEADER_HEIGHT };

/** A layout box moved onto the sheet. */
export function onSheet(box: Rect): Rect {
  return { ...box, x: box.x + MAP_ORIGIN.x, y: box.y + MAP_ORIGIN.y };
}

export const texts = (scene: Scene) =>
  scene.items.filter((item): item is SceneText => item.type === 'text');
export const circles = (scene: Scene) =>
  scene.items.filter((item): item is SceneCircle => item.type === 'circle');
export const rects = (scene: Scene) =>
  scene.items.filter((item): item is SceneRect => item.type === 'rect');

/** Whether a text's anchor and every baseline lie inside `box`. */
export function textInside(item: SceneText, box: Rect): boolean {
  const last = item.y + (item.lines.length - 1) * item.lineHeight;
  return (
    item.x >= box.x && item.x <= box.x + box.width && item.y >= box.y && last <= box.y + box.height
  );
}

/** The main text of a card of each kind, and its other fields filled so every badge shows. */
export const KIND_SAMPLES: { [K in CardKind]: (card: Card & { kind: K }) => Card & { kind: K } } = {
  note: (card) => ({ ...card, text: 'Searches for a hotel near the station' }),
  touchpoint: (card) => ({
    ...card,
    title: 'Booking website',
    channel: 'mobileApp',
    objective: 'drivePurchase',
    kpi: { name: 'Conversion', value: '3.2', target: '4', unit: '%' },
    rating: 4,
  }),
  painPoint: (card) => ({ ...card, text: 'The room is not ready at noon', severity: 'high' }),
  opportunity: (card) => ({
    ...card,
    text: 'Send a text when the room is ready',
    impact: 'high',
    effort: 'low',
  }),
  momentOfTruth: (card) => ({
    ...card,
    title: 'First look at the room',
    momentType: 'SMOT',
    description: 'The view decides the review',
  }),
  emotion: (card) => ({ ...card, score: 2, label: 'Delighted' }),
};

/** A default journey with one card of `kind` in the first stage of its own lane. */
export function oneCardJourney(kind: CardKind): { journey: Journey; card: Card } {
  const journey = createJourney(LABELS);
  const lane = journey.lanes.find((l) => l.kind === CARD_KIND_SPECS[kind].lane);
  const stage = journey.stages[0];
  if (!lane || !stage) throw new Error(`the default journey has a ${kind} lane`);
  const blank = { ...createCard(kind, { stageId: stage.id, laneId: lane.id }), id: 'card' };
  const card = (KIND_SAMPLES[kind] as (c: Card) => Card)(blank);
  return { journey: { ...journey, cards: { [card.id]: card } }, card };
}

/** Personas with fixed ids, as the journey arbitraries link them. */
export function poolPersonas(ids: readonly string[]): Persona[] {
  return ids.map((id, index) => ({
    ...createPersona(`Persona ${id}`, index),
    id,
    role: `Role of ${id}`,
  }));
}

/**
 * The items each card drawn as a card owns: from the rect that is exactly its box to the next
 * card's box, point (circle) or path (connectors come after every card). Keyed by card id.
 */
export function itemsByCard(
  scene: Scene,
  boxes: ReadonlyMap<string, Rect>,
): Map<string, SceneItem[]> {
  const byBox = new Map<string, string>();
  for (const [id, box] of boxes) byBox.set(key(onSheet(box)), id);
  const owned = new Map<string, SceneItem[]>();
  let current: SceneItem[] | null = null;
  for (const item of scene.items) {
    if (item.type === 'circle' || item.type === 'path') {
      current = null;
      continue;
    }
    if (item.type === 'rect' && item.radius === 10) {
      const id = byBox.get(key(item));
      if (id !== undefined) {
        current = [];
        owned.set(id, current);
        continue;
      }
    }
    current?.push(item);
  }
  return owned;
}

function key(box: Rect): string {
  return [box.x, box.y, box.width, box.height].map((v) => Math.round(v * 100)).join(',');
}
