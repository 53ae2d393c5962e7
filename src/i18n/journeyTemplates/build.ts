// Builds the shipped journey templates from their one structure (structure.ts) and a language's
// words (texts.en.ts, texts.fr.ts): the structure says where each card sits and what it is, the
// texts say what it reads. A text list that does not fit its structure fails loudly, in tests.
import {
  DEFAULT_LANE_MIN_HEIGHT,
  LANE_COLORS,
  STAGE_COLORS,
  pickColor,
  type Channel,
  type JourneyTemplate,
  type LaneKind,
  type Level,
  type MomentType,
  type Objective,
  type TemplateCard,
} from '../../model';

/** Every shipped template, in the order the picker shows them; both languages have each one. */
export const SHIPPED_TEMPLATE_IDS = [
  'standard',
  'ecommerce',
  'omnichannelRetail',
  'hotelStay',
  'b2bOnboarding',
  'supportComplaint',
  'empty',
] as const;
export type ShippedTemplateId = (typeof SHIPPED_TEMPLATE_IDS)[number];

export interface ShippedJourneyTemplate {
  id: ShippedTemplateId;
  /** The tile's name and its one-line description in the picker. */
  name: string;
  summary: string;
  template: JourneyTemplate;
}

/** A card without its words: its kind, its cell (lane by index in `lanes`), its other fields. */
export type StructureCard = { stage: number; lane: number } & (
  | { kind: 'note' }
  | { kind: 'touchpoint'; channel: Channel; objective: Objective; rating: number | null }
  | { kind: 'painPoint'; severity: Level }
  | { kind: 'opportunity'; impact: Level; effort: Level }
  | { kind: 'momentOfTruth'; momentType: MomentType }
  | { kind: 'emotion'; score: number }
);

export interface TemplateStructure {
  stageCount: number;
  /** Lanes top to bottom, by kind. */
  lanes: readonly LaneKind[];
  cards: readonly StructureCard[];
  /** Connectors by card index, from and to; dashed: the customer changes channel. */
  connectors: readonly (readonly [number, number])[];
}

/** A card's words: one text, or a touchpoint's or a moment of truth's several fields. */
export type CardText =
  | string
  | { title: string; owner?: string; kpi?: readonly [string, string, string, string] }
  | { title: string; description: string };

export interface TemplateTexts {
  name: string;
  summary: string;
  title: string;
  stages: readonly string[];
  lanes: readonly string[];
  cards: readonly CardText[];
  connectors: readonly string[];
}

function fits(id: string, what: string, expected: number, actual: number) {
  if (expected !== actual) {
    throw new Error(`Template "${id}": ${actual} ${what} for a structure of ${expected}`);
  }
}

function cardFrom(id: string, card: StructureCard, words: CardText | undefined): TemplateCard {
  const one = typeof words === 'string' ? words : undefined;
  const fields = typeof words === 'object' ? words : undefined;
  const place = { stage: card.stage, lane: card.lane, color: null };
  switch (card.kind) {
    case 'note':
      return { ...place, kind: 'note', text: one ?? '' };
    case 'painPoint':
      return { ...place, kind: 'painPoint', text: one ?? '', severity: card.severity };
    case 'opportunity':
      return {
        ...place,
        kind: 'opportunity',
        text: one ?? '',
        impact: card.impact,
        effort: card.effort,
      };
    case 'emotion':
      return { ...place, kind: 'emotion', label: one ?? '', score: card.score };
    case 'touchpoint': {
      if (!fields || !('title' in fields) || 'description' in fields) {
        throw new Error(`Template "${id}": a touchpoint needs a title (and owner, KPI)`);
      }
      const [name, value, target, unit] = fields.kpi ?? ['', '', '', ''];
      return {
        ...place,
        kind: 'touchpoint',
        title: fields.title,
        channel: card.channel,
        objective: card.objective,
        owner: fields.owner ?? '',
        kpi: { name, value, target, unit },
        rating: card.rating,
      };
    }
    case 'momentOfTruth':
      if (!fields || !('description' in fields)) {
        throw new Error(`Template "${id}": a moment of truth needs a title and a description`);
      }
      return {
        ...place,
        kind: 'momentOfTruth',
        momentType: card.momentType,
        customType: '',
        title: fields.title,
        description: fields.description,
      };
  }
}

export function buildTemplate(
  id: ShippedTemplateId,
  structure: TemplateStructure,
  texts: TemplateTexts,
): ShippedJourneyTemplate {
  fits(id, 'stage names', structure.stageCount, texts.stages.length);
  fits(id, 'lane names', structure.lanes.length, texts.lanes.length);
  fits(id, 'card texts', structure.cards.length, texts.cards.length);
  fits(id, 'connector labels', structure.connectors.length, texts.connectors.length);
  return {
    id,
    name: texts.name,
    summary: texts.summary,
    template: {
      title: texts.title,
      description: '',
      stages: texts.stages.map((name, index) => ({
        name,
        color: pickColor(STAGE_COLORS, index),
        momentOfTruth: null,
      })),
      lanes: structure.lanes.map((kind, index) => ({
        name: texts.lanes[index] ?? '',
        kind,
        color: LANE_COLORS[kind],
        collapsed: false,
        minHeight: DEFAULT_LANE_MIN_HEIGHT,
      })),
      cards: structure.cards.map((card, index) => cardFrom(id, card, texts.cards[index])),
      connectors: structure.connectors.map(([from, to], index) => ({
        from,
        to,
        label: texts.connectors[index] ?? '',
        style: 'dashed' as const,
      })),
    },
  };
}
