// Templates a user saved on this device: journey templates (a map's structure and cards) and
// persona templates (a filled-in sheet without identity). Each saved entry is a versioned record
// (see records.ts), stored in a list in the settings table.
import { z } from 'zod/mini';
import { JourneyTemplateSchema } from './journeyTemplate';
import { STAMP_VERSION, currentVersion, type Migration } from './migrations';
import { PersonaSchema, type Persona } from './persona';
import { userText } from './text';

/** Append-only, shared by both kinds of saved template: they were first stored unversioned. */
export const SAVED_TEMPLATE_MIGRATIONS: readonly Migration[] = [STAMP_VERSION];
export const SAVED_TEMPLATE_VERSION = currentVersion(SAVED_TEMPLATE_MIGRATIONS);

/** The settings keys the saved template lists are stored under. */
export const SAVED_TEMPLATE_SETTINGS = {
  journey: 'journeyTemplates',
  persona: 'personaTemplates',
} as const;

export const SavedJourneyTemplateSchema = z.object({
  schemaVersion: z.literal(SAVED_TEMPLATE_VERSION),
  id: z.string().check(z.minLength(1)),
  /** What the picker shows: the journey's title when it was saved. */
  name: userText(500),
  savedAt: z.string(),
  template: JourneyTemplateSchema,
});
export type SavedJourneyTemplate = z.infer<typeof SavedJourneyTemplateSchema>;

/** What a persona template carries: every sheet field, never an id, dates, a version or an avatar. */
export const PersonaTemplateSchema = z.omit(PersonaSchema, {
  schemaVersion: true,
  id: true,
  createdAt: true,
  updatedAt: true,
  avatarImageId: true,
});
export type PersonaTemplate = Omit<z.infer<typeof PersonaTemplateSchema>, 'color'> &
  Partial<Pick<Persona, 'color'>>;

export const SavedPersonaTemplateSchema = z.object({
  schemaVersion: z.literal(SAVED_TEMPLATE_VERSION),
  id: z.string().check(z.minLength(1)),
  persona: PersonaTemplateSchema,
});
export type SavedPersonaTemplate = z.infer<typeof SavedPersonaTemplateSchema>;

/** A persona's sheet as a template: everything but identity, dates, version and photo. */
export function personaTemplateOf(persona: Persona): z.infer<typeof PersonaTemplateSchema> {
  const {
    schemaVersion: _version,
    id: _id,
    createdAt: _created,
    updatedAt: _updated,
    avatarImageId: _avatar,
    ...template
  } = persona;
  return template;
}
