// The workspace: everything stored on this device — journeys, personas and settings.
import { z } from 'zod';
import { JourneySchema } from './journey';
import { PersonaSchema } from './persona';

export const LOCALES = ['en', 'fr'] as const;
export const LocaleSchema = z.enum(LOCALES);
export type Locale = z.infer<typeof LocaleSchema>;

export const SettingsSchema = z.object({
  /** The chosen language, or null to follow the browser. */
  locale: LocaleSchema.nullable(),
});
export type Settings = z.infer<typeof SettingsSchema>;

export const WorkspaceSchema = z.object({
  journeys: z.array(JourneySchema),
  personas: z.array(PersonaSchema),
  settings: SettingsSchema,
});
export type Workspace = z.infer<typeof WorkspaceSchema>;
