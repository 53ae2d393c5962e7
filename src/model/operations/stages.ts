// Operations on stages, the columns of a journey map.
import type { Id } from '../ids';
import type { Stage } from '../journey';
import type { MomentType } from '../vocabulary';
import { cleanLine } from '../text';
import { removeCardsWhere } from './cards';
import { editById, insertNamed, moveById, removeById, type JourneyRecipe } from './recipe';

/** Inserts a stage at `index` (at the end when omitted). */
export function addStage(stage: Stage, index?: number): JourneyRecipe {
  return (draft) => insertNamed(draft.stages, stage, index);
}

function withStage(stageId: Id, change: (stage: Stage) => void): JourneyRecipe {
  return (draft) => editById(draft.stages, stageId, change);
}

export function renameStage(stageId: Id, name: string): JourneyRecipe {
  return withStage(stageId, (stage) => {
    stage.name = cleanLine(name);
  });
}

export function recolourStage(stageId: Id, color: string): JourneyRecipe {
  return withStage(stageId, (stage) => {
    stage.color = color;
  });
}

export function flagStageMomentOfTruth(stageId: Id, momentType: MomentType | null): JourneyRecipe {
  return withStage(stageId, (stage) => {
    stage.momentOfTruth = momentType;
  });
}

export function moveStage(stageId: Id, toIndex: number): JourneyRecipe {
  return (draft) => moveById(draft.stages, stageId, toIndex);
}

/** Removes a stage together with its cards and every connector touching them. */
export function removeStage(stageId: Id): JourneyRecipe {
  return (draft) => {
    if (removeById(draft.stages, stageId)) {
      removeCardsWhere(draft, (card) => card.stageId === stageId);
    }
  };
}
