// Operations on the journey as a whole: its title and description.
import { cleanLine, cleanText } from '../text';
import type { JourneyRecipe } from './recipe';

export function renameJourney(title: string): JourneyRecipe {
  return (draft) => {
    draft.title = cleanLine(title);
  };
}

export function describeJourney(description: string): JourneyRecipe {
  return (draft) => {
    draft.description = cleanText(description);
  };
}
