// Shared steps for the CSV import tests: a journey holding every card kind with every field set,
// and a way to compare cards by content and place rather than by id.
import { csvAddition, planCsvImport, type CsvImportContext } from '../../src/io/csv/csvImport';
import {
  applyRecipe,
  createCard,
  createJourney,
  ops,
  type Card,
  type Journey,
  type Persona,
} from '../../src/model';
import { LABELS } from '../persistence/helpers';

/** A card as a person sees it: where it is (by name) and what it says, never its id or rank. */
export function describeCard(journey: Journey, card: Card) {
  const { id: _id, stageId, laneId, order: _order, ...content } = card;
  return {
    stage: journey.stages.find((s) => s.id === stageId)?.name,
    lane: journey.lanes.find((l) => l.id === laneId)?.name,
    ...content,
  };
}

/** Every card of a journey, described, in export order (stage, lane, rank). */
export function describeCards(journey: Journey) {
  const stageIndex = (card: Card) => journey.stages.findIndex((s) => s.id === card.stageId);
  const laneIndex = (card: Card) => journey.lanes.findIndex((l) => l.id === card.laneId);
  return Object.values(journey.cards)
    .sort(
      (a, b) => stageIndex(a) - stageIndex(b) || laneIndex(a) - laneIndex(b) || a.order - b.order,
    )
    .map((card) => describeCard(journey, card));
}

/** Plans the CSV against `journey` and applies the plan as the store would; throws on a file error. */
export function importInto(journey: Journey, csv: string, personas: readonly Persona[] = []) {
  const context: CsvImportContext = { journey, personas };
  const result = planCsvImport(csv, context);
  if (!result.ok) throw new Error(`file error: ${result.error.code}`);
  const addition = csvAddition(result.plan, journey.stages.length);
  const { journey: next } = applyRecipe(journey, ops.addInBulk(addition));
  return { plan: result.plan, addition, journey: next };
}

/** A standard journey with one card of every kind, every field filled in, some text awkward. */
export function everyKindJourney(persona: Persona): Journey {
  const journey = createJourney(LABELS);
  const [awareness, research, purchase] = journey.stages;
  const [actions, touchpoints, thoughts, emotions, pains, opportunities, moments] = journey.lanes;
  if (!awareness || !research || !purchase || !actions || !touchpoints || !thoughts) {
    throw new Error('default journey');
  }
  if (!emotions || !pains || !opportunities || !moments) throw new Error('default lanes');
  const at = (stage: typeof awareness, lane: typeof actions) => ({
    stageId: stage.id,
    laneId: lane.id,
  });
  const cards: Card[] = [
    {
      ...createCard('note', at(awareness, actions)),
      text: 'Sees an ad, "wow", then\nleaves',
    } as Card,
    {
      ...createCard('note', at(awareness, thoughts)),
      text: '=SUM(A1:A2) is not a formula',
    } as Card,
    {
      ...createCard('touchpoint', at(research, touchpoints)),
      title: 'Comparison site',
      channel: 'mobileApp',
      objective: 'drivePurchase',
      owner: 'Digital; marketing',
      kpi: { name: 'NPS', value: '+42', target: '50', unit: 'pts' },
      rating: 4,
    } as Card,
    {
      ...createCard('touchpoint', at(purchase, touchpoints)),
      title: 'Counter',
      channel: 'store',
      rating: null,
    } as Card,
    {
      ...createCard('painPoint', at(purchase, pains)),
      text: 'Queue at the desk',
      severity: 'high',
    } as Card,
    {
      ...createCard('opportunity', at(purchase, opportunities)),
      text: 'Self check-in kiosk',
      impact: 'high',
      effort: 'low',
    } as Card,
    {
      ...createCard('momentOfTruth', at(research, moments)),
      momentType: 'ZMOT',
      title: 'Reads reviews',
      description: 'Two stars,\r\nthen leaves',
    } as Card,
    {
      ...createCard('momentOfTruth', at(purchase, moments)),
      momentType: 'custom',
      customType: 'Unboxing',
      title: 'Opens the box',
    } as Card,
    {
      ...createCard('emotion', at(awareness, emotions)),
      score: -2,
      label: 'Déçu',
      personaId: persona.id,
    } as Card,
    {
      ...createCard('emotion', at(research, emotions)),
      score: 1,
      label: '',
      personaId: null,
    } as Card,
  ];
  return {
    ...journey,
    personaIds: [persona.id],
    cards: Object.fromEntries(cards.map((card) => [card.id, card])),
  };
}
