// The card-kind registry. Cards are the content of a journey's cells; each kind is declared once,
// in its own file under ./cardKinds (schema, lane, main text, blank fields, height, face, CSV
// columns), and listed here, where the compiler checks the table against the union.
import { z } from 'zod/mini';
import type { CardKindDefinition } from './cardKinds/define';
import { EmotionCardSchema, emotionKind } from './cardKinds/emotion';
import { MomentOfTruthCardSchema, momentOfTruthKind } from './cardKinds/momentOfTruth';
import { NoteCardSchema, noteKind } from './cardKinds/note';
import { OpportunityCardSchema, opportunityKind } from './cardKinds/opportunity';
import { PainPointCardSchema, painPointKind } from './cardKinds/painPoint';
import { TouchpointCardSchema, touchpointKind } from './cardKinds/touchpoint';

export * from './cardKinds/define';
export * from './cardKinds/emotion';
export * from './cardKinds/momentOfTruth';
export * from './cardKinds/note';
export * from './cardKinds/opportunity';
export * from './cardKinds/painPoint';
export * from './cardKinds/touchpoint';

export const CardSchema = z.discriminatedUnion('kind', [
  NoteCardSchema,
  TouchpointCardSchema,
  PainPointCardSchema,
  OpportunityCardSchema,
  MomentOfTruthCardSchema,
  EmotionCardSchema,
]);
export type Card = z.infer<typeof CardSchema>;
export type CardKind = Card['kind'];

/** Every kind's declaration, keyed by kind. */
export const CARD_KIND_SPECS = {
  note: noteKind,
  touchpoint: touchpointKind,
  painPoint: painPointKind,
  opportunity: opportunityKind,
  momentOfTruth: momentOfTruthKind,
  emotion: emotionKind,
} as const satisfies { [K in CardKind]: CardKindDefinition<Extract<Card, { kind: K }>> };

/** The kinds, in the order menus and palettes offer them. */
export const CARD_KINDS = Object.keys(CARD_KIND_SPECS) as readonly CardKind[];

/** A kind's declaration, for a card of any kind (the table's entries are checked above). */
export function cardKindOf<C extends Card>(card: C): CardKindDefinition<C> {
  return CARD_KIND_SPECS[card.kind] as unknown as CardKindDefinition<C>;
}

/** Where a card sits in a template: its cell by stage and lane position instead of ids. */
const templateCell = {
  stage: z.number().check(z.int(), z.minimum(0), z.maximum(199)),
  lane: z.number().check(z.int(), z.minimum(0), z.maximum(99)),
};
const templatePlacement = { id: true, stageId: true, laneId: true, order: true } as const;

/** A card in a template keeps every field of its kind except identity and placement; an emotion
 * point also loses its persona, which belongs to one library. */
export const TemplateCardSchema = z.discriminatedUnion('kind', [
  z.extend(z.omit(NoteCardSchema, templatePlacement), templateCell),
  z.extend(z.omit(TouchpointCardSchema, templatePlacement), templateCell),
  z.extend(z.omit(PainPointCardSchema, templatePlacement), templateCell),
  z.extend(z.omit(OpportunityCardSchema, templatePlacement), templateCell),
  z.extend(z.omit(MomentOfTruthCardSchema, templatePlacement), templateCell),
  z.extend(z.omit(EmotionCardSchema, { ...templatePlacement, personaId: true }), templateCell),
]);
export type TemplateCard = z.infer<typeof TemplateCardSchema>;

/** The fields a caller may edit on a card of kind K (never its identity or placement). */
export type CardFields<K extends CardKind = CardKind> = K extends CardKind
  ? Partial<Omit<Extract<Card, { kind: K }>, 'id' | 'kind' | 'stageId' | 'laneId' | 'order'>>
  : never;
