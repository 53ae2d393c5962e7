// fast-check arbitraries for random edit sessions: every journey operation, generated as
// index-based choices and resolved against the ids of the journey it is applied to.
import fc from 'fast-check';
import type { CardFields, CardKind } from '../../src/model/card';
import { CARD_KINDS } from '../../src/model/card';
import { createCard } from '../../src/model/factories';
import type { Journey } from '../../src/model/journey';
import {
  addCard,
  addLane,
  addStage,
  collapseLane,
  connectCards,
  deleteCards,
  describeJourney,
  disconnect,
  duplicateCard,
  flagStageMomentOfTruth,
  linkPersona,
  moveCard,
  moveLane,
  moveStage,
  recolourLane,
  recolourStage,
  removeLane,
  removeStage,
  renameJourney,
  renameLane,
  renameStage,
  resizeLane,
  setLaneKind,
  unlinkPersona,
  updateCard,
  updateConnector,
  type JourneyRecipe,
} from '../../src/model/operations';
import {
  CONNECTOR_STYLES,
  LANE_KINDS,
  LEVELS,
  MOMENT_TYPES,
  CHANNELS,
  OBJECTIVES,
} from '../../src/model/vocabulary';

export const PERSONA_POOL = ['p1', 'p2', 'p3'] as const;
const COLOURS = ['#112233', '#abcdef', '#e03131', '#2f9e44', '#000000'] as const;

const pick = fc.nat({ max: 1_000 });
const index = fc.integer({ min: -2, max: 10 });
const name = fc.string({ maxLength: 12 });
const colour = fc.constantFrom(...COLOURS);
const persona = fc.constantFrom(...PERSONA_POOL);

/** Card fields an editor might send, including placement keys that updateCard must ignore. */
const cardFields = fc.record(
  {
    text: fc.string({ maxLength: 80 }),
    title: name,
    label: name,
    owner: name,
    description: fc.string({ maxLength: 40 }),
    customType: name,
    // Scores in (−0.5, 0) and −0 itself round to −0, which Immer leaves out of the patches (see the
    // it.fails case in cards.test.ts); they are left out here so the round trip stays exact.
    score: fc.oneof(
      fc.integer({ min: -6, max: 6 }),
      fc
        .double({ min: -10, max: 10, noNaN: true })
        .filter((score) => !Object.is(score, -0) && !(score < 0 && score > -0.5)),
    ),
    severity: fc.constantFrom(...LEVELS),
    impact: fc.constantFrom(...LEVELS),
    effort: fc.constantFrom(...LEVELS),
    channel: fc.constantFrom(...CHANNELS),
    objective: fc.constantFrom(...OBJECTIVES),
    momentType: fc.constantFrom(...MOMENT_TYPES),
    rating: fc.option(fc.integer({ min: 1, max: 5 })),
    kpi: fc.record({ name, value: name, target: name, unit: name }, { noNullPrototype: true }),
    color: fc.option(colour),
    personaId: fc.option(persona),
    id: fc.constant('hijack'),
    kind: fc.constantFrom(...CARD_KINDS),
    stageId: fc.constant('elsewhere'),
    laneId: fc.constant('elsewhere'),
    order: fc.integer(),
  },
  { requiredKeys: [], noNullPrototype: true },
);

/** One abstract operation; `pick` numbers choose among the ids that exist when it is applied. */
export type Op =
  | { type: 'addStage'; at: number; name: string; reuse: boolean }
  | { type: 'renameStage'; stage: number; name: string }
  | { type: 'moveStage'; stage: number; to: number }
  | { type: 'recolourStage'; stage: number; color: string }
  | { type: 'flagStageMomentOfTruth'; stage: number; moment: (typeof MOMENT_TYPES)[number] | null }
  | { type: 'removeStage'; stage: number }
  | { type: 'addLane'; at: number; name: string; kind: (typeof LANE_KINDS)[number]; reuse: boolean }
  | { type: 'renameLane'; lane: number; name: string }
  | { type: 'moveLane'; lane: number; to: number }
  | { type: 'recolourLane'; lane: number; color: string }
  | { type: 'setLaneKind'; lane: number; kind: (typeof LANE_KINDS)[number] }
  | { type: 'collapseLane'; lane: number; collapsed: boolean }
  | { type: 'resizeLane'; lane: number; height: number }
  | { type: 'removeLane'; lane: number }
  | {
      type: 'addCard';
      stage: number;
      lane: number;
      kind: CardKind;
      at: number | undefined;
      fields: CardFields;
    }
  | { type: 'updateCard'; card: number; fields: CardFields }
  | { type: 'moveCard'; card: number; stage: number; lane: number; at: number | undefined }
  | { type: 'duplicateCard'; card: number }
  | { type: 'deleteCards'; cards: number[] }
  | {
      type: 'connectCards';
      source: number;
      target: number;
      label: string;
      style: (typeof CONNECTOR_STYLES)[number];
      reuse: boolean;
    }
  | { type: 'disconnect'; connector: number }
  | {
      type: 'updateConnector';
      connector: number;
      fields: { label?: string; style?: (typeof CONNECTOR_STYLES)[number] };
    }
  | { type: 'linkPersona'; persona: string }
  | { type: 'unlinkPersona'; persona: string }
  | { type: 'renameJourney'; title: string }
  | { type: 'describeJourney'; description: string };

const op = <T extends Op['type'], R extends Record<string, fc.Arbitrary<unknown>>>(
  type: T,
  fields: R,
) => fc.record({ type: fc.constant(type), ...fields }, { noNullPrototype: true });

/** Every operation kind, with card edits weighted up since they are the most common. */
export const opArbitrary: fc.Arbitrary<Op> = fc.oneof(
  op('addStage', { at: index, name, reuse: fc.boolean() }),
  op('renameStage', { stage: pick, name }),
  op('moveStage', { stage: pick, to: index }),
  op('recolourStage', { stage: pick, color: colour }),
  op('flagStageMomentOfTruth', {
    stage: pick,
    moment: fc.option(fc.constantFrom(...MOMENT_TYPES)),
  }),
  op('removeStage', { stage: pick }),
  op('addLane', { at: index, name, kind: fc.constantFrom(...LANE_KINDS), reuse: fc.boolean() }),
  op('renameLane', { lane: pick, name }),
  op('moveLane', { lane: pick, to: index }),
  op('recolourLane', { lane: pick, color: colour }),
  op('setLaneKind', { lane: pick, kind: fc.constantFrom(...LANE_KINDS) }),
  op('collapseLane', { lane: pick, collapsed: fc.boolean() }),
  op('resizeLane', {
    lane: pick,
    height: fc.oneof(
      fc.integer({ min: -50, max: 2_500 }),
      fc.double({ min: 0, max: 3_000, noNaN: true }),
    ),
  }),
  op('removeLane', { lane: pick }),
  {
    weight: 4,
    arbitrary: op('addCard', {
      stage: pick,
      lane: pick,
      kind: fc.constantFrom(...CARD_KINDS),
      at: fc.option(index, { nil: undefined }),
      fields: cardFields,
    }),
  },
  { weight: 2, arbitrary: op('updateCard', { card: pick, fields: cardFields }) },
  {
    weight: 3,
    arbitrary: op('moveCard', {
      card: pick,
      stage: pick,
      lane: pick,
      at: fc.option(index, { nil: undefined }),
    }),
  },
  op('duplicateCard', { card: pick }),
  op('deleteCards', { cards: fc.array(pick, { maxLength: 3 }) }),
  {
    weight: 2,
    arbitrary: op('connectCards', {
      source: pick,
      target: pick,
      label: name,
      style: fc.constantFrom(...CONNECTOR_STYLES),
      reuse: fc.boolean(),
    }),
  },
  op('disconnect', { connector: pick }),
  op('updateConnector', {
    connector: pick,
    fields: fc.record(
      { label: name, style: fc.constantFrom(...CONNECTOR_STYLES) },
      { requiredKeys: [], noNullPrototype: true },
    ),
  }),
  op('linkPersona', { persona }),
  op('unlinkPersona', { persona }),
  op('renameJourney', { title: name }),
  op('describeJourney', { description: fc.string({ maxLength: 40 }) }),
) as fc.Arbitrary<Op>;

/** A session of up to `maxLength` random operations. */
export const sessionArbitrary = (maxLength = 30) =>
  fc.array(opArbitrary, { maxLength, size: 'max' });

/** Chooses one of `ids` by a pick number; an empty list gives an id that matches nothing. */
function choose(ids: readonly string[], n: number): string {
  return ids.length === 0 ? 'missing' : (ids[n % ids.length] ?? 'missing');
}

/** Turns an abstract operation into a recipe against the ids of `journey`. */
export function toRecipe(o: Op, journey: Journey, step: number): JourneyRecipe {
  const stages = journey.stages.map((s) => s.id);
  const lanes = journey.lanes.map((l) => l.id);
  const cards = Object.keys(journey.cards).sort();
  const connectors = Object.keys(journey.connectors).sort();
  switch (o.type) {
    case 'addStage':
      return addStage(
        {
          id: o.reuse ? choose(stages, step) : `s${step}`,
          name: o.name,
          color: COLOURS[step % COLOURS.length] ?? '#000000',
          momentOfTruth: null,
        },
        o.at,
      );
    case 'renameStage':
      return renameStage(choose(stages, o.stage), o.name);
    case 'moveStage':
      return moveStage(choose(stages, o.stage), o.to);
    case 'recolourStage':
      return recolourStage(choose(stages, o.stage), o.color);
    case 'flagStageMomentOfTruth':
      return flagStageMomentOfTruth(choose(stages, o.stage), o.moment);
    case 'removeStage':
      return removeStage(choose(stages, o.stage));
    case 'addLane':
      return addLane(
        {
          id: o.reuse ? choose(lanes, step) : `l${step}`,
          name: o.name,
          kind: o.kind,
          color: '#5c7cfa',
          collapsed: false,
          minHeight: 120,
        },
        o.at,
      );
    case 'renameLane':
      return renameLane(choose(lanes, o.lane), o.name);
    case 'moveLane':
      return moveLane(choose(lanes, o.lane), o.to);
    case 'recolourLane':
      return recolourLane(choose(lanes, o.lane), o.color);
    case 'setLaneKind':
      return setLaneKind(choose(lanes, o.lane), o.kind);
    case 'collapseLane':
      return collapseLane(choose(lanes, o.lane), o.collapsed);
    case 'resizeLane':
      return resizeLane(choose(lanes, o.lane), o.height);
    case 'removeLane':
      return removeLane(choose(lanes, o.lane));
    case 'addCard': {
      const blank = createCard(o.kind, {
        stageId: choose(stages, o.stage),
        laneId: choose(lanes, o.lane),
      });
      const card = { ...blank, id: `c${step}` };
      // Fill the new card through updateCard so its fields are valid for its kind.
      return (draft) => {
        addCard(card, o.at)(draft);
        updateCard(card.id, o.fields)(draft);
      };
    }
    case 'updateCard':
      return updateCard(choose(cards, o.card), o.fields);
    case 'moveCard':
      return moveCard(
        choose(cards, o.card),
        { stageId: choose(stages, o.stage), laneId: choose(lanes, o.lane) },
        o.at,
      );
    case 'duplicateCard':
      return duplicateCard(choose(cards, o.card), `d${step}`);
    case 'deleteCards':
      return deleteCards(o.cards.map((n) => choose(cards, n)));
    case 'connectCards':
      return connectCards({
        id: o.reuse ? choose(connectors, step) : `k${step}`,
        sourceCardId: choose(cards, o.source),
        targetCardId: choose(cards, o.target),
        label: o.label,
        style: o.style,
      });
    case 'disconnect':
      return disconnect(choose(connectors, o.connector));
    case 'updateConnector':
      return updateConnector(choose(connectors, o.connector), o.fields);
    case 'linkPersona':
      return linkPersona(o.persona);
    case 'unlinkPersona':
      return unlinkPersona(o.persona);
    case 'renameJourney':
      return renameJourney(o.title);
    case 'describeJourney':
      return describeJourney(o.description);
  }
}
