// The card-kind registry: what the model knows about each kind of card in one table, typed against
// the union so the compiler names every kind that is missing. The lane a new card of the kind goes
// to, its colours (the canvas hands them to CSS as custom properties; exports draw with them), the
// field holding its main text, and its blank fields. The views of each kind (canvas content,
// inspector fields) and its file formats (CSV, deck) switch on the kind, and the compiler checks
// that those switches are exhaustive.
import type { Card, CardKind } from './card';
import { LANE_COLORS } from './palette';
import type { LaneKind } from './vocabulary';

/** A card's own fields: everything but identity, placement, kind and accent colour. */
export type CardKindFields<K extends CardKind> = Omit<
  Extract<Card, { kind: K }>,
  'id' | 'stageId' | 'laneId' | 'order' | 'kind' | 'color'
>;

export interface CardKindSpec<K extends CardKind> {
  /** The lane kind this card naturally sits in; the kind takes that lane's colour. */
  lane: LaneKind;
  /** The field holding the card's main text, which the map shows and edits in place. */
  textField: keyof CardKindFields<K> & ('text' | 'title' | 'label');
  /** Whether the main text may span several lines (a title is one line). */
  multiline: boolean;
  /** How strongly the card's box is tinted with its colour: 0 is white. */
  tintAmount: number;
  blank: () => CardKindFields<K>;
}

export const CARD_KIND_SPECS = {
  note: {
    lane: 'actions',
    textField: 'text',
    multiline: true,
    tintAmount: 0,
    blank: () => ({ text: '' }),
  },
  touchpoint: {
    lane: 'touchpoints',
    textField: 'title',
    multiline: false,
    tintAmount: 0,
    blank: () => ({
      title: '',
      channel: 'web',
      objective: 'inform',
      owner: '',
      kpi: { name: '', value: '', target: '', unit: '' },
      rating: null,
    }),
  },
  painPoint: {
    lane: 'painPoints',
    textField: 'text',
    multiline: true,
    tintAmount: 0.06,
    blank: () => ({ text: '', severity: 'medium' }),
  },
  opportunity: {
    lane: 'opportunities',
    textField: 'text',
    multiline: true,
    tintAmount: 0.06,
    blank: () => ({ text: '', impact: 'medium', effort: 'medium' }),
  },
  momentOfTruth: {
    lane: 'momentsOfTruth',
    textField: 'title',
    multiline: false,
    tintAmount: 0.08,
    blank: () => ({ momentType: 'FMOT', customType: '', title: '', description: '' }),
  },
  emotion: {
    lane: 'emotions',
    textField: 'label',
    multiline: false,
    tintAmount: 0,
    blank: () => ({ score: 0, label: '', personaId: null }),
  },
} as const satisfies { [K in CardKind]: CardKindSpec<K> };

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

/** A kind's colours: the same on the map, in thumbnails, pictures and decks. */
export function cardKindColors(kind: CardKind): CardKindColors {
  const spec = CARD_KIND_SPECS[kind];
  const line = LANE_COLORS[spec.lane];
  return { line, fill: tint(line, spec.tintAmount) };
}
