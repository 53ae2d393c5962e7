// Operations on lanes, the rows of a journey map.
import type { Id } from '../ids';
import type { Lane } from '../journey';
import type { LaneKind } from '../vocabulary';
import { cleanLine } from '../text';
import { removeCardsWhere } from './cards';
import { editById, insertNamed, moveById, removeById, type JourneyRecipe } from './recipe';

export const LANE_MIN_HEIGHT = 40;
export const LANE_MAX_HEIGHT = 2_000;

/** Inserts a lane at `index` (at the bottom when omitted). */
export function addLane(lane: Lane, index?: number): JourneyRecipe {
  return (draft) => insertNamed(draft.lanes, lane, index);
}

function withLane(laneId: Id, change: (lane: Lane) => void): JourneyRecipe {
  return (draft) => editById(draft.lanes, laneId, change);
}

export function renameLane(laneId: Id, name: string): JourneyRecipe {
  return withLane(laneId, (lane) => {
    lane.name = cleanLine(name);
  });
}

export function recolourLane(laneId: Id, color: string): JourneyRecipe {
  return withLane(laneId, (lane) => {
    lane.color = color;
  });
}

/** Changes what a lane is for; its existing cards keep their own kinds. */
export function setLaneKind(laneId: Id, kind: LaneKind): JourneyRecipe {
  return withLane(laneId, (lane) => {
    lane.kind = kind;
  });
}

export function collapseLane(laneId: Id, collapsed: boolean): JourneyRecipe {
  return withLane(laneId, (lane) => {
    lane.collapsed = collapsed;
  });
}

export function resizeLane(laneId: Id, minHeight: number): JourneyRecipe {
  // An emptied number field gives NaN: keep the height the lane has.
  if (!Number.isFinite(minHeight)) return () => {};
  const height = Math.round(Math.max(LANE_MIN_HEIGHT, Math.min(LANE_MAX_HEIGHT, minHeight)));
  return withLane(laneId, (lane) => {
    lane.minHeight = height;
  });
}

export function moveLane(laneId: Id, toIndex: number): JourneyRecipe {
  return (draft) => moveById(draft.lanes, laneId, toIndex);
}

/** Removes a lane together with its cards and every connector touching them. */
export function removeLane(laneId: Id): JourneyRecipe {
  return (draft) => {
    if (removeById(draft.lanes, laneId)) {
      removeCardsWhere(draft, (card) => card.laneId === laneId);
    }
  };
}
