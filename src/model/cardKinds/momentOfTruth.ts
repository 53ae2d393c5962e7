// A moment of truth: an instant that makes or breaks the customer's opinion, of a fixed type (ZMOT,
// FMOT, SMOT, TMOT, UMOT) or one the team names.
import { z } from 'zod/mini';
import { MOMENT_TYPES, MomentTypeSchema, type MomentType } from '../vocabulary';
import { LONG_TEXT, SHORT_TEXT, defineCardKind, longText, placement, shortText } from './define';

export const MomentOfTruthCardSchema = z.object({
  ...placement,
  kind: z.literal('momentOfTruth'),
  momentType: MomentTypeSchema,
  /** The name of a custom moment type; empty unless momentType is 'custom'. */
  customType: shortText,
  title: shortText,
  description: longText,
});
export type MomentOfTruthCard = z.infer<typeof MomentOfTruthCardSchema>;

/** The type as people read it: ZMOT…UMOT, or the custom type's own name ("MOT" when it has none). */
export function momentName(card: Pick<MomentOfTruthCard, 'momentType' | 'customType'>): string {
  return card.momentType === 'custom' ? card.customType.trim() || 'MOT' : card.momentType;
}

/** Reads a type back from its name: a fixed type (any case), else the name of a custom type. */
export function momentTypeFromName(value: string): { momentType: MomentType; customType: string } {
  const name = value.trim();
  const fixed = MOMENT_TYPES.find((type) => type.toLowerCase() === name.toLowerCase());
  if (fixed === 'custom') return { momentType: 'custom', customType: '' };
  if (fixed) return { momentType: fixed, customType: '' };
  return { momentType: 'custom', customType: name };
}

export const momentOfTruthKind = defineCardKind<MomentOfTruthCard>()({
  lane: 'momentsOfTruth',
  textField: 'title',
  multiline: false,
  textLimit: SHORT_TEXT,
  textOptional: false,
  tintAmount: 0.08,
  blank: () => ({ momentType: 'FMOT', customType: '', title: '', description: '' }),
  height: (card, text) =>
    56 + text.of(card.title) + (card.description ? text.of(card.description) : 0),
  face: (card) => ({
    header: [{ type: 'moment', momentType: card.momentType, name: momentName(card) }],
    footer: [],
    detail: card.description,
  }),
  csv: {
    // A custom type is written by its name, or "custom" when it has none (a name of only spaces
    // would read back as an empty cell, the default type); a name that is none of the fixed types
    // reads back as custom.
    columns: ['description', 'momentType'],
    write: (card) => ({
      description: card.description,
      momentType:
        card.momentType === 'custom' ? card.customType.trim() || 'custom' : card.momentType,
    }),
    read: (cells, base) => {
      const type = cells.text('momentType', SHORT_TEXT);
      return {
        ...base,
        ...(type.trim() === '' ? {} : momentTypeFromName(type)),
        description: cells.text('description', LONG_TEXT),
      };
    },
  },
});
