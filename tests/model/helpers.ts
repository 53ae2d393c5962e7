// Shared helpers for the model tests: a labelled default journey, a seeded journey with fixed ids,
// and small utilities to apply recipes, freeze inputs and read the cards of a cell.
import { applyPatches } from 'immer';
import { expect } from 'vitest';
import {
  applyRecipe,
  type JourneyEdit,
  type JourneyRecipe,
} from '../../src/model/operations/recipe';
import { createCard, createJourney, type DefaultJourneyLabels } from '../../src/model/factories';
import type { Card, CardKind } from '../../src/model/card';
import type { Connector, Journey } from '../../src/model/journey';
import { cardsInCell } from '../../src/model/queries';

export const LABELS: DefaultJourneyLabels = {
  title: 'Online grocery order',
  stages: ['Awareness', 'Research', 'Purchase', 'Loyalty'],
  lanes: {
    actions: 'Actions',
    touchpoints: 'Touchpoints',
    thoughts: 'Thoughts & feelings',
    emotions: 'Emotions',
    painPoints: 'Pain points',
    opportunities: 'Opportunities',
    momentsOfTruth: 'Moments of truth',
  },
};

/** Returns the value, failing the test when it is missing. */
export function must<T>(value: T | undefined | null, what = 'value'): T {
  if (value === undefined || value === null) throw new Error(`expected ${what} to exist`);
  return value;
}

/** Freezes a value and everything inside it, so any mutation throws in strict mode. */
export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value as Record<string, unknown>)) deepFreeze(inner);
  }
  return value;
}

/** Applies a recipe and returns only the next journey. */
export function apply(journey: Journey, recipe: JourneyRecipe): Journey {
  return applyRecipe(journey, recipe).journey;
}

/**
 * Deep-freezes `journey`, applies a recipe to it, checks that the input is untouched and that the
 * patches undo and redo the edit, and returns the edit.
 */
export function applyChecked(journey: Journey, recipe: JourneyRecipe): JourneyEdit {
  const before = structuredClone(journey);
  const input = deepFreeze(journey);
  const edit = applyRecipe(input, recipe);
  expect(input).toStrictEqual(before);
  expect(applyPatches(edit.journey, edit.inversePatches)).toStrictEqual(before);
  expect(applyPatches(input, edit.patches)).toStrictEqual(edit.journey);
  return edit;
}

export function stageId(journey: Journey, index: number): string {
  return must(journey.stages[index], `stage ${index}`).id;
}

export function laneId(journey: Journey, index: number): string {
  return must(journey.lanes[index], `lane ${index}`).id;
}

export function laneOfKind(journey: Journey, kind: Journey['lanes'][number]['kind']): string {
  return must(
    journey.lanes.find((lane) => lane.kind === kind),
    `lane of kind ${kind}`,
  ).id;
}

/** The ids of a cell's cards in rank order. */
export function cellIds(journey: Journey, stage: string, lane: string): string[] {
  return cardsInCell(journey, stage, lane).map((card) => card.id);
}

/** The ranks of a cell's cards in rank order. */
export function cellOrders(journey: Journey, stage: string, lane: string): number[] {
  return cardsInCell(journey, stage, lane).map((card) => card.order);
}

export function card(journey: Journey, id: string): Card {
  return must(journey.cards[id], `card ${id}`);
}

/** A blank card with a chosen id, for deterministic tests. */
export function cardWithId(
  id: string,
  kind: CardKind,
  stage: string,
  lane: string,
  order = 0,
): Card {
  return { ...createCard(kind, { stageId: stage, laneId: lane }, order), id };
}

export function connector(id: string, sourceCardId: string, targetCardId: string): Connector {
  return { id, sourceCardId, targetCardId, label: '', style: 'solid' };
}

/** A default journey (4 stages, 7 lanes) with no cards. */
export function emptyJourney(): Journey {
  return createJourney(LABELS);
}

/**
 * A default journey with fixed-id cards:
 * - stage 0 / actions: a0, a1, a2 (ranks 0, 1, 2)
 * - stage 1 / actions: b0, b1 (ranks 0, 1)
 * - stage 0 / touchpoints: t0; stage 1 / touchpoints: t1
 * - stage 0 / emotions: e0 (shared curve); stage 1 / emotions: e1 (persona p1), e2 (persona p2)
 * - stage 2 / pain points: p0
 * and connectors x01 (a0 → a1), xab (a0 → b0), xt (t0 → t1), xe (e0 → e1), xp (b1 → p0).
 * Personas p1 and p2 are linked.
 */
export function seededJourney(): Journey {
  const journey = emptyJourney();
  const s0 = stageId(journey, 0);
  const s1 = stageId(journey, 1);
  const s2 = stageId(journey, 2);
  const actions = laneOfKind(journey, 'actions');
  const touchpoints = laneOfKind(journey, 'touchpoints');
  const emotions = laneOfKind(journey, 'emotions');
  const painPoints = laneOfKind(journey, 'painPoints');
  const cards: Card[] = [
    { ...cardWithId('a0', 'note', s0, actions, 0), text: 'Sees an advert' } as Card,
    { ...cardWithId('a1', 'note', s0, actions, 1), text: 'Asks a friend' } as Card,
    { ...cardWithId('a2', 'note', s0, actions, 2), text: 'Searches online' } as Card,
    { ...cardWithId('b0', 'note', s1, actions, 0), text: 'Compares prices' } as Card,
    { ...cardWithId('b1', 'note', s1, actions, 1), text: 'Reads reviews' } as Card,
    { ...cardWithId('t0', 'touchpoint', s0, touchpoints), title: 'TV advert' } as Card,
    { ...cardWithId('t1', 'touchpoint', s1, touchpoints), title: 'Website' } as Card,
    { ...cardWithId('e0', 'emotion', s0, emotions), score: 1 } as Card,
    { ...cardWithId('e1', 'emotion', s1, emotions, 0), score: -1, personaId: 'p1' } as Card,
    { ...cardWithId('e2', 'emotion', s1, emotions, 1), score: 2, personaId: 'p2' } as Card,
    { ...cardWithId('p0', 'painPoint', s2, painPoints), text: 'Slow checkout' } as Card,
  ];
  const connectors = [
    connector('x01', 'a0', 'a1'),
    connector('xab', 'a0', 'b0'),
    connector('xt', 't0', 't1'),
    connector('xe', 'e0', 'e1'),
    connector('xp', 'b1', 'p0'),
  ];
  return {
    ...journey,
    cards: Object.fromEntries(cards.map((c) => [c.id, c])),
    connectors: Object.fromEntries(connectors.map((c) => [c.id, c])),
    personaIds: ['p1', 'p2'],
  };
}
