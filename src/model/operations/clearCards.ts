// Clears a map for a new workshop: every card and connector goes, stages, lanes and personas stay.
import type { JourneyRecipe } from './recipe';

export function clearCards(): JourneyRecipe {
  return (draft) => {
    for (const id of Object.keys(draft.cards)) delete draft.cards[id];
    for (const id of Object.keys(draft.connectors)) delete draft.connectors[id];
  };
}
