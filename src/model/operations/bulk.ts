// Adding many things at once (a CSV import of cards): new stages and lanes at the end, personas
// linked, and cards appended to their cells in the order given, all in one recipe, so one undo.
import type { Card } from '../card';
import type { Id } from '../ids';
import type { Lane, Stage } from '../journey';
import { cleanLine, cleanStrings } from '../text';
import type { JourneyRecipe } from './recipe';

export interface BulkAddition {
  stages: readonly Stage[];
  lanes: readonly Lane[];
  /** Personas the new cards need on the journey (emotion points on their curves). */
  personaIds: readonly Id[];
  /** Cards with fresh ids; their `order` is ignored, each goes last in its cell. */
  cards: readonly Card[];
}

const cellKey = (stageId: Id, laneId: Id) => `${stageId}\u0000${laneId}`;

export function addInBulk(addition: BulkAddition): JourneyRecipe {
  return (draft) => {
    for (const stage of addition.stages) {
      if (!draft.stages.some((s) => s.id === stage.id))
        draft.stages.push({ ...stage, name: cleanLine(stage.name) });
    }
    for (const lane of addition.lanes) {
      if (!draft.lanes.some((l) => l.id === lane.id))
        draft.lanes.push({ ...lane, name: cleanLine(lane.name) });
    }
    for (const id of addition.personaIds) {
      if (!draft.personaIds.includes(id)) draft.personaIds.push(id);
    }
    const stageIds = new Set(draft.stages.map((s) => s.id));
    const laneIds = new Set(draft.lanes.map((l) => l.id));
    // The next free rank of every cell, computed once: appending thousands of cards stays linear.
    const next = new Map<string, number>();
    for (const card of Object.values(draft.cards)) {
      const key = cellKey(card.stageId, card.laneId);
      next.set(key, Math.max(next.get(key) ?? 0, Math.floor(card.order) + 1));
    }
    for (const card of addition.cards) {
      if (draft.cards[card.id] || !stageIds.has(card.stageId) || !laneIds.has(card.laneId))
        continue;
      const key = cellKey(card.stageId, card.laneId);
      const order = next.get(key) ?? 0;
      next.set(key, order + 1);
      draft.cards[card.id] = { ...cleanStrings(card), order };
    }
  };
}
