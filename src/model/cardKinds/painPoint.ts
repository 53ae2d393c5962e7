// A pain point: what hurts the customer, and how badly.
import { z } from 'zod/mini';
import { LEVELS, LevelSchema } from '../vocabulary';
import { LONG_TEXT, defineCardKind, longText, placement, type CardFace } from './define';
import { faceHeight } from './faceHeight';

export const PainPointCardSchema = z.object({
  ...placement,
  kind: z.literal('painPoint'),
  text: longText,
  severity: LevelSchema,
});
export type PainPointCard = z.infer<typeof PainPointCardSchema>;

const painPointFace = (card: PainPointCard): CardFace => ({
  header: [{ type: 'severity', level: card.severity }],
  footer: [],
  detail: '',
});

export const painPointKind = defineCardKind<PainPointCard>()({
  lane: 'painPoints',
  textField: 'text',
  multiline: true,
  textLimit: LONG_TEXT,
  textOptional: false,
  tintAmount: 0.06,
  blank: () => ({ text: '', severity: 'medium' }),
  height: (card, text) => faceHeight(text, painPointFace(card), card.text),
  face: painPointFace,
  csv: {
    columns: ['severity'],
    write: (card) => ({ severity: card.severity }),
    read: (cells, base) => ({
      ...base,
      severity: cells.choice('severity', LEVELS, base.severity, (value) => ({
        code: 'badLevel',
        column: 'severity',
        value,
      })),
    }),
  },
});
