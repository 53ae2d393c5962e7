// Operations on stages, the columns of a journey map.
import type { Id } from '../ids';
import type { Stage } from '../journey';
import type { MomentType } from '../vocabulary';
import { cleanLine, cleanStrings } from '../text';
import { removeCardsWhere } from './cards';
import { clampIndex, moveById, type JourneyRecipe } from './recipe';

/** Inserts a stage at `index` (at the end when omitted). */
export function addStage(stage: Stage, index?: number): JourneyRecipe {
  return (draft) => {
    if (draft.stages.some((existing) => existing.id === stage.id)) return;
    draft.stages.splice(clampIndex(index, draft.stages.length), 0, {
      ...cleanStrings(stage),
      name: cleanLine(stage.name),
    });
  };
}

export function renameStage(stageId: Id, name: string): JourneyRecipe {
  return (draft) => {
    const stage = draft.stages.find((s) => s.id === stageId);
    if (stage) stage.name = cleanLine(name);
  };
}

export function recolourStage(stageId: Id, color: string): JourneyRecipe {
  return (draft) => {
    const stage = draft.stages.find((s) => s.id === stageId);
    if (stage) stage.color = color;
  };
}

export function flagStageMomentOfTruth(stageId: Id, momentType: MomentType | null): JourneyRecipe {
  return (draft) => {
    const stage = draft.stages.find((s) => s.id === stageId);
    if (stage) stage.momentOfTruth = momentType;
  };
}

export function moveStage(stageId: Id, toIndex: number): JourneyRecipe {
  return (draft) => moveById(draft.stages, stageId, toIndex);
}

/** Removes a stage together with its cards and every connector touching them. */
export function removeStage(stageId: Id): JourneyRecipe {
  return (draft) => {
    const index = draft.stages.findIndex((s) => s.id === stageId);
    if (index < 0) return;
    draft.stages.splice(index, 1);
    removeCardsWhere(draft, (card) => card.stageId === stageId);
  };
}
