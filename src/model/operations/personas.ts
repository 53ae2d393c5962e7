// Operations linking library personas to a journey.
import type { Id } from '../ids';
import { removeCardsWhere } from './cards';
import type { JourneyRecipe } from './recipe';

export function linkPersona(personaId: Id): JourneyRecipe {
  return (draft) => {
    if (!draft.personaIds.includes(personaId)) draft.personaIds.push(personaId);
  };
}

/** Unlinks a persona and removes its emotion curve from this journey (one undoable step). */
export function unlinkPersona(personaId: Id): JourneyRecipe {
  return (draft) => {
    const index = draft.personaIds.indexOf(personaId);
    if (index < 0) return;
    draft.personaIds.splice(index, 1);
    removeCardsWhere(draft, (card) => card.kind === 'emotion' && card.personaId === personaId);
  };
}
