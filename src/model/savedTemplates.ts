// Journey templates a user saved on this device, as stored in the settings table.
// They are read back through the schema: a damaged entry is left out, never a crash.
import { z } from 'zod';
import { JourneyTemplateSchema } from './journeyTemplate';
import { userText } from './text';

export const SavedJourneyTemplateSchema = z.object({
  id: z.string().min(1),
  /** What the picker shows: the journey's title when it was saved. */
  name: userText(500),
  savedAt: z.string(),
  template: JourneyTemplateSchema,
});
export type SavedJourneyTemplate = z.infer<typeof SavedJourneyTemplateSchema>;

/** The valid saved templates in a stored setting; anything else (missing, damaged) yields none. */
export function readSavedJourneyTemplates(value: unknown): SavedJourneyTemplate[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((entry: unknown) => {
    const parsed = SavedJourneyTemplateSchema.safeParse(entry);
    return parsed.success ? [parsed.data] : [];
  });
}
