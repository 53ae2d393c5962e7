// Personas: library entries shared by every journey in the workspace.
import { z } from 'zod/mini';
import { STAMP_VERSION, currentVersion, type Migration } from './migrations';
import { userLine, userText } from './text';
import { ChannelSchema, ColorSchema } from './vocabulary';

const shortText = userText(500);
const list = z.array(userText(2_000)).check(z.maxLength(200));

export const CustomFieldSchema = z.object({
  id: z.string().check(z.minLength(1)),
  label: shortText,
  value: userText(5_000),
});
export type CustomField = z.infer<typeof CustomFieldSchema>;

/** Append-only: each step upgrades a stored persona by one version. */
export const PERSONA_MIGRATIONS: readonly Migration[] = [STAMP_VERSION];
export const PERSONA_SCHEMA_VERSION = currentVersion(PERSONA_MIGRATIONS);

export const PersonaSchema = z.object({
  schemaVersion: z.literal(PERSONA_SCHEMA_VERSION),
  id: z.string().check(z.minLength(1)),
  name: userLine(500),
  /** Id of a stored avatar image; null shows generated initials. */
  avatarImageId: z.nullable(z.string().check(z.minLength(1))),
  age: z.nullable(z.number().check(z.int(), z.minimum(0), z.maximum(150))),
  role: shortText,
  location: shortText,
  quote: userText(2_000),
  bio: userText(10_000),
  goals: list,
  frustrations: list,
  motivations: list,
  behaviours: list,
  preferredChannels: z.array(ChannelSchema).check(z.maxLength(20)),
  /** Tech savviness from 1 (novice) to 5 (expert), or null when unknown. */
  techSavviness: z.nullable(z.number().check(z.int(), z.minimum(1), z.maximum(5))),
  tags: z.array(userLine(100)).check(z.maxLength(100)),
  color: ColorSchema,
  customFields: z.array(CustomFieldSchema).check(z.maxLength(200)),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Persona = z.infer<typeof PersonaSchema>;
