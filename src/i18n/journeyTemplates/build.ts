// Short builders to write the shipped journey templates as readable data: cards name their lane by
// kind and connectors name their cards by a short ref, and defineTemplate turns that into indexes.
import {
  DEFAULT_LANE_KINDS,
  DEFAULT_LANE_MIN_HEIGHT,
  LANE_COLORS,
  STAGE_COLORS,
  pickColor,
  type Channel,
  type JourneyTemplate,
  type LaneKind,
  type Level,
  type MomentType,
  type Objective,
  type TemplateCard,
} from '../../model';

/** Every shipped template, in the order the picker shows them; both languages have each one. */
export const SHIPPED_TEMPLATE_IDS = [
  'standard',
  'ecommerce',
  'omnichannelRetail',
  'hotelStay',
  'b2bOnboarding',
  'supportComplaint',
  'empty',
] as const;
export type ShippedTemplateId = (typeof SHIPPED_TEMPLATE_IDS)[number];

export interface ShippedJourneyTemplate {
  id: ShippedTemplateId;
  /** The tile's name and its one-line description in the picker. */
  name: string;
  summary: string;
  template: JourneyTemplate;
}

type Placed<T> = T extends TemplateCard ? Omit<T, 'lane'> & { lane: LaneKind } : never;
/** A card as written in a template file: its lane by kind, and an optional ref for connectors. */
export type CardSpec = Placed<TemplateCard> & { ref?: string };

export function note(stage: number, lane: LaneKind, text: string, ref?: string): CardSpec {
  return { kind: 'note', stage, lane, text, color: null, ...(ref ? { ref } : {}) };
}

export interface TouchpointSpec {
  channel: Channel;
  objective: Objective;
  owner?: string;
  /** Name, current value, target and unit. */
  kpi?: readonly [string, string, string, string];
  rating?: number;
  ref?: string;
}

export function touchpoint(stage: number, title: string, spec: TouchpointSpec): CardSpec {
  const [name, value, target, unit] = spec.kpi ?? ['', '', '', ''];
  return {
    kind: 'touchpoint',
    stage,
    lane: 'touchpoints',
    title,
    channel: spec.channel,
    objective: spec.objective,
    owner: spec.owner ?? '',
    kpi: { name, value, target, unit },
    rating: spec.rating ?? null,
    color: null,
    ...(spec.ref ? { ref: spec.ref } : {}),
  };
}

export function painPoint(stage: number, text: string, severity: Level): CardSpec {
  return { kind: 'painPoint', stage, lane: 'painPoints', text, severity, color: null };
}

export function opportunity(stage: number, text: string, impact: Level, effort: Level): CardSpec {
  return { kind: 'opportunity', stage, lane: 'opportunities', text, impact, effort, color: null };
}

export function moment(
  stage: number,
  momentType: MomentType,
  title: string,
  description: string,
): CardSpec {
  return {
    kind: 'momentOfTruth',
    stage,
    lane: 'momentsOfTruth',
    momentType,
    customType: '',
    title,
    description,
    color: null,
  };
}

/** A point on the journey's shared emotion curve (−2 … +2): templates have no personas. */
export function emotion(stage: number, score: number, label: string): CardSpec {
  return { kind: 'emotion', stage, lane: 'emotions', score, label, color: null };
}

export interface TemplateSpec {
  id: ShippedTemplateId;
  name: string;
  summary: string;
  title: string;
  stages: readonly string[];
  /** Lanes top to bottom, by kind; each kind appears once. */
  lanes: readonly (readonly [LaneKind, string])[];
  cards?: readonly CardSpec[];
  /** From ref, to ref, label; dashed when the customer changes channel. */
  connectors?: readonly (readonly [string, string, string])[];
}

export function defineTemplate(spec: TemplateSpec): ShippedJourneyTemplate {
  const laneIndex = new Map(spec.lanes.map(([kind], index) => [kind, index]));
  const cards = (spec.cards ?? []).map(({ ref: _ref, lane, ...card }): TemplateCard => {
    const index = laneIndex.get(lane);
    if (index === undefined) throw new Error(`${spec.id}: no ${lane} lane for a card`);
    return { ...card, lane: index };
  });
  const refs = new Map(
    (spec.cards ?? []).flatMap((card, index) => (card.ref ? [[card.ref, index]] : [])),
  );
  const connectors = (spec.connectors ?? []).map(([from, to, label]) => {
    const source = refs.get(from);
    const target = refs.get(to);
    if (source === undefined || target === undefined) {
      throw new Error(`${spec.id}: connector ${from} → ${to} names an unknown card`);
    }
    return { from: source, to: target, label, style: 'dashed' as const };
  });
  return {
    id: spec.id,
    name: spec.name,
    summary: spec.summary,
    template: {
      title: spec.title,
      description: '',
      stages: spec.stages.map((name, index) => ({
        name,
        color: pickColor(STAGE_COLORS, index),
        momentOfTruth: null,
      })),
      lanes: spec.lanes.map(([kind, name]) => ({
        name,
        kind,
        color: LANE_COLORS[kind],
        collapsed: false,
        minHeight: DEFAULT_LANE_MIN_HEIGHT,
      })),
      cards,
      connectors,
    },
  };
}

/** The seven lanes of a standard map, named from a catalogue's lane kinds. */
export function standardLanes(names: Record<LaneKind, string>): [LaneKind, string][] {
  return DEFAULT_LANE_KINDS.map((kind) => [kind, names[kind]]);
}
