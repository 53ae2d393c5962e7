// An opportunity: an idea to improve the journey, with its impact and the effort it takes.
import { z } from 'zod/mini';
import { LEVELS, LevelSchema } from '../vocabulary';
import { LONG_TEXT, defineCardKind, longText, placement, type CardFace } from './define';
import { faceHeight } from './faceHeight';

export const OpportunityCardSchema = z.object({
  ...placement,
  kind: z.literal('opportunity'),
  text: longText,
  impact: LevelSchema,
  effort: LevelSchema,
});
export type OpportunityCard = z.infer<typeof OpportunityCardSchema>;

const opportunityFace = (card: OpportunityCard): CardFace => ({
  header: [{ type: 'impactEffort', impact: card.impact, effort: card.effort }],
  footer: [],
  detail: '',
});

export const opportunityKind = defineCardKind<OpportunityCard>()({
  lane: 'opportunities',
  textField: 'text',
  multiline: true,
  textLimit: LONG_TEXT,
  textOptional: false,
  tintAmount: 0.06,
  blank: () => ({ text: '', impact: 'medium', effort: 'medium' }),
  height: (card, text) => faceHeight(text, opportunityFace(card), card.text),
  face: opportunityFace,
  csv: {
    columns: ['impact', 'effort'],
    write: (card) => ({ impact: card.impact, effort: card.effort }),
    read: (cells, base) => {
      const level = (column: 'impact' | 'effort') =>
        cells.choice(column, LEVELS, base[column], (value) => ({
          code: 'badLevel',
          column,
          value,
        }));
      return { ...base, impact: level('impact'), effort: level('effort') };
    },
  },
});
