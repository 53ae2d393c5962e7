// A touchpoint: where the customer meets the organisation, on which channel, for what objective,
// with who owns it, the KPI that measures it and how satisfied customers are.
import { z } from 'zod/mini';
import { CHANNELS, ChannelSchema, OBJECTIVES, ObjectiveSchema } from '../vocabulary';
import { SHORT_TEXT, defineCardKind, placement, shortText, type CardFace } from './define';
import { faceHeight } from './faceHeight';

export const KpiSchema = z.object({
  name: shortText,
  value: shortText,
  target: shortText,
  unit: shortText,
});
export type Kpi = z.infer<typeof KpiSchema>;

export const TouchpointCardSchema = z.object({
  ...placement,
  kind: z.literal('touchpoint'),
  title: shortText,
  channel: ChannelSchema,
  objective: ObjectiveSchema,
  owner: shortText,
  kpi: KpiSchema,
  /** Satisfaction from 1 to 5 stars, or null when not rated. */
  rating: z.nullable(z.number().check(z.int(), z.minimum(1), z.maximum(5))),
});
export type TouchpointCard = z.infer<typeof TouchpointCardSchema>;

const hasKpi = (card: TouchpointCard) => Boolean(card.kpi.name || card.kpi.value);

const touchpointFace = (card: TouchpointCard): CardFace => ({
  header: [
    { type: 'channel', channel: card.channel },
    { type: 'objective', objective: card.objective },
  ],
  footer: [
    ...(hasKpi(card)
      ? [
          {
            type: 'kpi' as const,
            name: card.kpi.name,
            value: card.kpi.value,
            unit: card.kpi.unit,
          },
        ]
      : []),
    ...(card.rating !== null ? [{ type: 'rating' as const, stars: card.rating }] : []),
  ],
  detail: '',
});

export const touchpointKind = defineCardKind<TouchpointCard>()({
  lane: 'touchpoints',
  textField: 'title',
  multiline: false,
  textLimit: SHORT_TEXT,
  textOptional: false,
  tintAmount: 0,
  blank: () => ({
    title: '',
    channel: 'web',
    objective: 'inform',
    owner: '',
    kpi: { name: '', value: '', target: '', unit: '' },
    rating: null,
  }),
  height: (card, text) => faceHeight(text, touchpointFace(card), card.title),
  face: touchpointFace,
  csv: {
    columns: [
      'channel',
      'objective',
      'owner',
      'kpiName',
      'kpiValue',
      'kpiTarget',
      'kpiUnit',
      'rating',
    ],
    write: (card) => ({
      channel: card.channel,
      objective: card.objective,
      owner: card.owner,
      kpiName: card.kpi.name,
      kpiValue: card.kpi.value,
      kpiTarget: card.kpi.target,
      kpiUnit: card.kpi.unit,
      rating: card.rating === null ? '' : String(card.rating),
    }),
    read: (cells, base) => ({
      ...base,
      channel: cells.choice('channel', CHANNELS, base.channel, (value) => ({
        code: 'unknownChannel',
        value,
      })),
      objective: cells.choice('objective', OBJECTIVES, base.objective, (value) => ({
        code: 'unknownObjective',
        value,
      })),
      owner: cells.text('owner', SHORT_TEXT),
      kpi: {
        name: cells.text('kpiName', SHORT_TEXT),
        value: cells.text('kpiValue', SHORT_TEXT),
        target: cells.text('kpiTarget', SHORT_TEXT),
        unit: cells.text('kpiUnit', SHORT_TEXT),
      },
      rating: cells.whole('rating', 1, 5, (value) => ({ code: 'badRating', value })),
    }),
  },
});
