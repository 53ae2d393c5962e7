// Factories: new stages, lanes, cards, connectors, personas and the default journey.
// Default names come from the caller, so the model stays free of any translation layer.
import { CARD_KIND_SPECS, type Card, type CardKind } from './card';
import { createId, type Id } from './ids';
import {
  JOURNEY_SCHEMA_VERSION,
  type Connector,
  type Journey,
  type Lane,
  type Stage,
} from './journey';
import {
  CARD_KIND_FOR_LANE,
  LANE_COLORS,
  PERSONA_COLORS,
  STAGE_COLORS,
  nextPersonaColor,
  pickColor,
} from './palette';
import { PERSONA_SCHEMA_VERSION, type Persona } from './persona';
import type { LaneKind } from './vocabulary';

export const DEFAULT_LANE_MIN_HEIGHT = 120;

/** The four stages and the common lanes of a new journey, in the user's language. */
export interface DefaultJourneyLabels {
  title: string;
  stages: readonly [string, string, string, string];
  lanes: Readonly<Record<DefaultLaneKind, string>>;
}

export const DEFAULT_LANE_KINDS = [
  'actions',
  'touchpoints',
  'thoughts',
  'emotions',
  'painPoints',
  'opportunities',
  'momentsOfTruth',
] as const satisfies readonly LaneKind[];
export type DefaultLaneKind = (typeof DEFAULT_LANE_KINDS)[number];

export function nowIso(): string {
  return new Date().toISOString();
}

export function createStage(name: string, index = 0): Stage {
  return { id: createId(), name, color: pickColor(STAGE_COLORS, index), momentOfTruth: null };
}

export function createLane(name: string, kind: LaneKind): Lane {
  return {
    id: createId(),
    name,
    kind,
    color: LANE_COLORS[kind],
    collapsed: false,
    minHeight: DEFAULT_LANE_MIN_HEIGHT,
  };
}

export function createJourney(labels: DefaultJourneyLabels): Journey {
  const now = nowIso();
  return {
    schemaVersion: JOURNEY_SCHEMA_VERSION,
    id: createId(),
    title: labels.title,
    description: '',
    stages: labels.stages.map((name, index) => createStage(name, index)),
    lanes: DEFAULT_LANE_KINDS.map((kind) => createLane(labels.lanes[kind], kind)),
    cards: {},
    connectors: {},
    personaIds: [],
    createdAt: now,
    updatedAt: now,
  };
}

export interface CellAddress {
  stageId: Id;
  laneId: Id;
}

/** A blank card of the given kind in a cell; `order` puts it last unless the caller says otherwise. */
export function createCard(kind: CardKind, cell: CellAddress, order = 0): Card {
  const base = { id: createId(), stageId: cell.stageId, laneId: cell.laneId, order, color: null };
  return { ...base, kind, ...CARD_KIND_SPECS[kind].blank() } as Card;
}

export function createCardForLane(lane: Lane, stageId: Id, order = 0): Card {
  return createCard(CARD_KIND_FOR_LANE[lane.kind], { stageId, laneId: lane.id }, order);
}

export function createConnector(sourceCardId: Id, targetCardId: Id, label = ''): Connector {
  return { id: createId(), sourceCardId, targetCardId, label, style: 'solid' };
}

/**
 * A blank persona. Its colour is the next one no persona in `taken` (the other personas' colours)
 * uses; a number picks the palette's colour at that index instead.
 */
export function createPersona(name: string, taken: readonly string[] | number = []): Persona {
  const now = nowIso();
  return {
    schemaVersion: PERSONA_SCHEMA_VERSION,
    id: createId(),
    name,
    avatarImageId: null,
    age: null,
    role: '',
    location: '',
    quote: '',
    bio: '',
    goals: [],
    frustrations: [],
    motivations: [],
    behaviours: [],
    preferredChannels: [],
    techSavviness: null,
    tags: [],
    color: typeof taken === 'number' ? pickColor(PERSONA_COLORS, taken) : nextPersonaColor(taken),
    customFields: [],
    createdAt: now,
    updatedAt: now,
  };
}
