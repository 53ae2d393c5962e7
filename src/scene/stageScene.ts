// The scene of part of a map: the chosen stages only, with the lane headers, the title and the
// persona legend, and each stage numbered as in the whole map. A PDF page per stage draws one stage
// this way, so every page repeats the lane names beside its cards.
import { journeyWithStages } from '../model/stageFilter';
import type { Id } from '../model';
import { buildMapScene, type MapSceneInput } from './mapScene';
import type { Scene } from './types';

export interface MapPartInput extends MapSceneInput {
  /** The stages drawn, in the journey's order; null: the whole map. */
  stageIds: readonly Id[] | null;
}

export function buildMapPartScene(input: MapPartInput): Scene {
  const { journey, stageIds } = input;
  if (stageIds === null) return buildMapScene(input);
  const stageNumbers = new Map(journey.stages.map((stage, index) => [stage.id, index + 1]));
  return buildMapScene({ ...input, journey: journeyWithStages(journey, stageIds), stageNumbers });
}
