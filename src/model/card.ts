// Cards: the content of a journey's cells. Each kind is one branch of a discriminated union.
import { z } from 'zod';
import { userText } from './text';
import {
  ChannelSchema,
  ColorSchema,
  EMOTION_MAX,
  EMOTION_MIN,
  LevelSchema,
  MomentTypeSchema,
  ObjectiveSchema,
} from './vocabulary';

const text = userText(10_000);
const shortText = userText(500);

/** Where a card sits: its cell (stage × lane) and its rank inside that cell. */
const placement = {
  id: z.string().min(1),
  stageId: z.string().min(1),
  laneId: z.string().min(1),
  order: z.number().finite(),
  color: ColorSchema.nullable(),
};

export const KpiSchema = z.object({
  name: shortText,
  value: shortText,
  target: shortText,
  unit: shortText,
});
export type Kpi = z.infer<typeof KpiSchema>;

export const NoteCardSchema = z.object({ ...placement, kind: z.literal('note'), text });

export const TouchpointCardSchema = z.object({
  ...placement,
  kind: z.literal('touchpoint'),
  title: shortText,
  channel: ChannelSchema,
  objective: ObjectiveSchema,
  owner: shortText,
  kpi: KpiSchema,
  /** Satisfaction from 1 to 5 stars, or null when not rated. */
  rating: z.number().int().min(1).max(5).nullable(),
});

export const PainPointCardSchema = z.object({
  ...placement,
  kind: z.literal('painPoint'),
  text,
  severity: LevelSchema,
});

export const OpportunityCardSchema = z.object({
  ...placement,
  kind: z.literal('opportunity'),
  text,
  impact: LevelSchema,
  effort: LevelSchema,
});

export const MomentOfTruthCardSchema = z.object({
  ...placement,
  kind: z.literal('momentOfTruth'),
  momentType: MomentTypeSchema,
  /** The name of a custom moment type; empty unless momentType is 'custom'. */
  customType: shortText,
  title: shortText,
  description: text,
});

export const EmotionCardSchema = z.object({
  ...placement,
  kind: z.literal('emotion'),
  score: z.number().int().min(EMOTION_MIN).max(EMOTION_MAX),
  label: shortText,
  /** The persona whose curve this point belongs to; null for the journey's shared curve. */
  personaId: z.string().min(1).nullable(),
});

export const CardSchema = z.discriminatedUnion('kind', [
  NoteCardSchema,
  TouchpointCardSchema,
  PainPointCardSchema,
  OpportunityCardSchema,
  MomentOfTruthCardSchema,
  EmotionCardSchema,
]);

export type NoteCard = z.infer<typeof NoteCardSchema>;
export type TouchpointCard = z.infer<typeof TouchpointCardSchema>;
export type PainPointCard = z.infer<typeof PainPointCardSchema>;
export type OpportunityCard = z.infer<typeof OpportunityCardSchema>;
export type MomentOfTruthCard = z.infer<typeof MomentOfTruthCardSchema>;
export type EmotionCard = z.infer<typeof EmotionCardSchema>;
export type Card = z.infer<typeof CardSchema>;
export type CardKind = Card['kind'];
export const CARD_KINDS: readonly CardKind[] = [
  'note',
  'touchpoint',
  'painPoint',
  'opportunity',
  'momentOfTruth',
  'emotion',
];

/** The fields a caller may edit on a card of kind K (never its identity or placement). */
export type CardFields<K extends CardKind = CardKind> = K extends CardKind
  ? Partial<Omit<Extract<Card, { kind: K }>, 'id' | 'kind' | 'stageId' | 'laneId' | 'order'>>
  : never;
