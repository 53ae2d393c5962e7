// An emotion point: how a persona (or the journey's shared curve) feels at a stage, from −2 to +2,
// with an optional label. The map draws the points as a curve.
import { z } from 'zod/mini';
import { EMOTION_MAX, EMOTION_MIN } from '../vocabulary';
import { SHORT_TEXT, defineCardKind, placement, shortText } from './define';

/** The size of an emotion point on the map; it does not grow with its label. */
export const EMOTION_POINT_SIZE = 28;

export const EmotionCardSchema = z.object({
  ...placement,
  kind: z.literal('emotion'),
  score: z.number().check(z.int(), z.minimum(EMOTION_MIN), z.maximum(EMOTION_MAX)),
  label: shortText,
  /** The persona whose curve this point belongs to; null for the journey's shared curve. */
  personaId: z.nullable(z.string().check(z.minLength(1))),
});
export type EmotionCard = z.infer<typeof EmotionCardSchema>;

export const emotionKind = defineCardKind<EmotionCard>()({
  lane: 'emotions',
  textField: 'label',
  multiline: false,
  textLimit: SHORT_TEXT,
  textOptional: true,
  tintAmount: 0,
  blank: () => ({ score: 0, label: '', personaId: null }),
  height: () => EMOTION_POINT_SIZE,
  face: (card) => ({
    header: [{ type: 'emotion', score: card.score, personaId: card.personaId }],
    footer: [],
    detail: '',
  }),
  csv: {
    columns: ['emotionScore', 'persona'],
    write: (card, personaName) => ({
      emotionScore: String(card.score),
      persona: card.personaId ? personaName(card.personaId) : '',
    }),
    read: (cells, base) => ({
      ...base,
      score:
        cells.whole('emotionScore', EMOTION_MIN, EMOTION_MAX, (value) => ({
          code: 'badScore',
          value,
        })) ?? 0,
      personaId: cells.persona('persona'),
    }),
  },
});
