// A card kind's colours, from its lane: the same on the map (handed to CSS as custom properties),
// in thumbnails, pictures and decks.
import { CARD_KIND_SPECS, type CardKind } from './card';
import { LANE_COLORS } from './palette';

/** `color` mixed with white: `amount` 0 is white, 1 is the colour itself (#rrggbb in and out). */
export function tint(color: string, amount: number): string {
  const channel = (index: number) => {
    const value = parseInt(color.slice(1 + index * 2, 3 + index * 2), 16);
    const mixed = Math.round(255 - (255 - value) * amount);
    return mixed.toString(16).padStart(2, '0');
  };
  return `#${channel(0)}${channel(1)}${channel(2)}`;
}

export interface CardKindColors {
  /** The outline and accent bar. */
  line: string;
  /** The box's background: white, or a light tint of the line colour. */
  fill: string;
}

const kindColors = new Map<CardKind, CardKindColors>();

/** A kind's colours: the same on the map, in thumbnails, pictures and decks. */
export function cardKindColors(kind: CardKind): CardKindColors {
  let colors = kindColors.get(kind);
  if (!colors) {
    const spec = CARD_KIND_SPECS[kind];
    const line = LANE_COLORS[spec.lane];
    // Asked for once per card drawn: worked out once per kind.
    colors = { line, fill: tint(line, spec.tintAmount) };
    kindColors.set(kind, colors);
  }
  return colors;
}
