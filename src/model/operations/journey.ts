// Operations on the journey as a whole: its title and description.
import { cleanText } from '../text';
import type { JourneyRecipe } from './recipe';

export function renameJourney(title: string): JourneyRecipe {
  return (draft) => {
    draft.title = cleanText(title);
  };
}

export function describeJourney(description: string): JourneyRecipe {
  return (draft) => {
    draft.description = cleanText(description);
  };
}
