// Journey templates: a journey's stages, lanes, cards and connectors as plain data without ids.
// A template builds a fresh journey (new ids every time); a journey can be turned back into one.
// Shipped templates and the ones users save on their device share this shape.
import { z } from 'zod/mini';
import { TemplateCardSchema, type Card, type TemplateCard } from './card';
import { createCard } from './factories';
import { createId, type Id } from './ids';
import {
  JOURNEY_SCHEMA_VERSION,
  LaneSchema,
  StageSchema,
  type Connector,
  type Journey,
} from './journey';
import { compareCardOrder } from './queries';
import { userText } from './text';
import { ConnectorStyleSchema } from './vocabulary';

const shortText = userText(500);

/** A connector between two cards, named by their positions in the template's card list. */
export const TemplateConnectorSchema = z.object({
  from: z.number().check(z.int(), z.minimum(0)),
  to: z.number().check(z.int(), z.minimum(0)),
  label: shortText,
  style: ConnectorStyleSchema,
});
export type TemplateConnector = z.infer<typeof TemplateConnectorSchema>;

export const JourneyTemplateSchema = z.object({
  title: shortText,
  description: userText(10_000),
  stages: z.array(z.omit(StageSchema, { id: true })).check(z.minLength(1), z.maxLength(200)),
  lanes: z.array(z.omit(LaneSchema, { id: true })).check(z.minLength(1), z.maxLength(100)),
  /** In cell order: within one cell, earlier cards sit higher. */
  cards: z.array(TemplateCardSchema).check(z.maxLength(10_000)),
  connectors: z.array(TemplateConnectorSchema).check(z.maxLength(10_000)),
});
export type JourneyTemplate = z.infer<typeof JourneyTemplateSchema>;

/** Builds a new journey from a template, with fresh ids; cards or connectors naming nothing are left out. */
export function journeyFromTemplate(template: JourneyTemplate, now = new Date()): Journey {
  const stages = template.stages.map((stage) => ({ ...stage, id: createId() }));
  const lanes = template.lanes.map((lane) => ({ ...lane, id: createId() }));
  const cards: Record<Id, Card> = {};
  const cardIds: (Id | null)[] = [];
  const filled = new Map<string, number>();
  for (const entry of template.cards) {
    const stage = stages[entry.stage];
    const lane = lanes[entry.lane];
    if (!stage || !lane) {
      cardIds.push(null);
      continue;
    }
    const { stage: _stage, lane: _lane, ...fields } = structuredClone(entry);
    const key = `${stage.id} ${lane.id}`;
    const order = filled.get(key) ?? 0;
    filled.set(key, order + 1);
    // The blank card gives what a template leaves out (an emotion point's persona).
    const blank = createCard(fields.kind, { stageId: stage.id, laneId: lane.id }, order);
    const card = { ...blank, ...fields, id: blank.id } as Card;
    cards[card.id] = card;
    cardIds.push(card.id);
  }
  const connectors: Record<Id, Connector> = {};
  for (const { from, to, label, style } of template.connectors) {
    const sourceCardId = cardIds[from];
    const targetCardId = cardIds[to];
    if (!sourceCardId || !targetCardId || sourceCardId === targetCardId) continue;
    const id = createId();
    connectors[id] = { id, sourceCardId, targetCardId, label, style };
  }
  const iso = now.toISOString();
  return {
    schemaVersion: JOURNEY_SCHEMA_VERSION,
    id: createId(),
    title: template.title,
    description: template.description,
    stages,
    lanes,
    cards,
    connectors,
    personaIds: [],
    createdAt: iso,
    updatedAt: iso,
  };
}

/**
 * The emotion curve a template keeps: the journey's shared curve when it has points, else the
 * curve of the first linked persona that has any. A template has no personas, so one curve only.
 */
function keptCurve(journey: Journey): Id | null | undefined {
  const points = Object.values(journey.cards).filter((card) => card.kind === 'emotion');
  if (points.some((card) => card.personaId === null)) return null;
  const owners = new Set(points.map((card) => card.personaId));
  return journey.personaIds.find((id) => owners.has(id)) ?? points[0]?.personaId;
}

/** Turns a journey into a template: its structure and cards, without ids or personas. */
export function templateFromJourney(journey: Journey): JourneyTemplate {
  const stageIndex = new Map(journey.stages.map((stage, index) => [stage.id, index]));
  const laneIndex = new Map(journey.lanes.map((lane, index) => [lane.id, index]));
  const curve = keptCurve(journey);
  const kept = Object.values(journey.cards)
    .filter((card) => stageIndex.has(card.stageId) && laneIndex.has(card.laneId))
    .filter((card) => card.kind !== 'emotion' || card.personaId === curve)
    .map((card) => ({ card, stage: stageIndex.get(card.stageId) ?? 0 }))
    .map((entry) => ({ ...entry, lane: laneIndex.get(entry.card.laneId) ?? 0 }))
    .sort((a, b) => a.stage - b.stage || a.lane - b.lane || compareCardOrder(a.card, b.card));
  const position = new Map(kept.map((entry, index) => [entry.card.id, index]));
  // The template schema keeps each kind's own fields and drops identity, placement and persona.
  const cards = kept.map(({ card, stage, lane }): TemplateCard =>
    TemplateCardSchema.parse({ ...structuredClone(card), stage, lane }),
  );
  const connectors = Object.values(journey.connectors).flatMap((connector) => {
    const from = position.get(connector.sourceCardId);
    const to = position.get(connector.targetCardId);
    if (from === undefined || to === undefined) return [];
    return [{ from, to, label: connector.label, style: connector.style }];
  });
  return {
    title: journey.title,
    description: journey.description,
    stages: journey.stages.map(({ id: _id, ...stage }) => ({ ...stage })),
    lanes: journey.lanes.map(({ id: _id, ...lane }) => ({ ...lane })),
    cards,
    connectors,
  };
}
