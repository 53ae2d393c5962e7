// A small journey for the focus tests: two stages of interest, touchpoints on two channels, a pain
// point, a moment of truth, two personas' emotion points plus a shared one, and two connectors.
import {
  createCard,
  createJourney,
  type Card,
  type CellAddress,
  type Channel,
  type Journey,
} from '../../src/model';
import { createFlowDeriver } from '../../src/canvas/deriveFlow';
import { layoutJourney } from '../../src/model';
import { LABELS, must } from '../model/helpers';

export function focusJourney() {
  const base = createJourney(LABELS);
  const [awareness, research, purchase] = base.stages;
  const lane = (kind: string) =>
    must(
      base.lanes.find((l) => l.kind === kind),
      kind,
    );
  const touchpoints = lane('touchpoints');
  const emotions = lane('emotions');
  const pains = lane('painPoints');
  const moments = lane('momentsOfTruth');
  const stage = (s: typeof awareness) => must(s, 'stage').id;

  const at = (stageId: string, laneId: string) => ({ stageId, laneId });
  const plain = (kind: 'painPoint' | 'momentOfTruth', id: string, cell: CellAddress): Card => ({
    ...createCard(kind, cell),
    id,
  });
  const touchpoint = (id: string, cell: CellAddress, channel: Channel): Card => {
    const card = createCard('touchpoint', cell);
    if (card.kind !== 'touchpoint') throw new Error('expected a touchpoint');
    return { ...card, id, channel };
  };
  const emotion = (id: string, cell: CellAddress, personaId: string | null): Card => {
    const card = createCard('emotion', cell);
    if (card.kind !== 'emotion') throw new Error('expected an emotion point');
    return { ...card, id, personaId };
  };
  const cards: Card[] = [
    touchpoint('web-ad', at(stage(awareness), touchpoints.id), 'web'),
    touchpoint('store-visit', at(stage(research), touchpoints.id), 'store'),
    touchpoint('web-checkout', at(stage(purchase), touchpoints.id), 'web'),
    plain('painPoint', 'late-fees', at(stage(purchase), pains.id)),
    plain('momentOfTruth', 'reviews', at(stage(research), moments.id)),
    emotion('camille-1', at(stage(awareness), emotions.id), 'camille'),
    emotion('camille-2', at(stage(purchase), emotions.id), 'camille'),
    emotion('bruno-1', at(stage(research), emotions.id), 'bruno'),
    emotion('shared-1', at(stage(awareness), emotions.id), null),
  ];
  const journey: Journey = {
    ...base,
    personaIds: ['camille', 'bruno'],
    stages: base.stages.map((s) =>
      s.id === stage(research) ? { ...s, momentOfTruth: 'ZMOT' } : s,
    ),
    cards: Object.fromEntries(cards.map((c) => [c.id, c])),
    connectors: {
      'web-to-web': {
        id: 'web-to-web',
        sourceCardId: 'web-ad',
        targetCardId: 'web-checkout',
        label: '',
        style: 'solid',
      },
      'web-to-store': {
        id: 'web-to-store',
        sourceCardId: 'web-ad',
        targetCardId: 'store-visit',
        label: '',
        style: 'dashed',
      },
    },
  };
  return {
    journey,
    stages: { awareness: stage(awareness), research: stage(research), purchase: stage(purchase) },
    lanes: {
      touchpoints: touchpoints.id,
      emotions: emotions.id,
      pains: pains.id,
      moments: moments.id,
    },
  };
}

/** The focus journey, its layout, and the map's nodes as the canvas derives them (no focus). */
export function focusMap() {
  const { journey } = focusJourney();
  const layout = layoutJourney(journey);
  const nodes = createFlowDeriver().nodes({
    journey,
    layout,
    selectedCardIds: new Set(),
    personaColors: new Map(),
    personaNames: new Map([['camille', 'Camille']]),
  });
  return { journey, layout, nodes };
}
