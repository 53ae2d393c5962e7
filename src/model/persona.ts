// Personas: library entries shared by every journey in the workspace.
import { z } from 'zod';
import { STAMP_VERSION, currentVersion, type Migration } from './migrations';
import { userLine, userText } from './text';
import { ChannelSchema, ColorSchema } from './vocabulary';

const shortText = userText(500);
const list = z.array(userText(2_000)).max(200);

export const CustomFieldSchema = z.object({
  id: z.string().min(1),
  label: shortText,
  value: userText(5_000),
});
export type CustomField = z.infer<typeof CustomFieldSchema>;

/** Append-only: each step upgrades a stored persona by one version. */
export const PERSONA_MIGRATIONS: readonly Migration[] = [STAMP_VERSION];
export const PERSONA_SCHEMA_VERSION = currentVersion(PERSONA_MIGRATIONS);

export const PersonaSchema = z.object({
  schemaVersion: z.literal(PERSONA_SCHEMA_VERSION),
  id: z.string().min(1),
  name: userLine(500),
  /** Id of a stored avatar image; null shows generated initials. */
  avatarImageId: z.string().min(1).nullable(),
  age: z.number().int().min(0).max(150).nullable(),
  role: shortText,
  location: shortText,
  quote: userText(2_000),
  bio: userText(10_000),
  goals: list,
  frustrations: list,
  motivations: list,
  behaviours: list,
  preferredChannels: z.array(ChannelSchema).max(20),
  /** Tech savviness from 1 (novice) to 5 (expert), or null when unknown. */
  techSavviness: z.number().int().min(1).max(5).nullable(),
  tags: z.array(userLine(100)).max(100),
  color: ColorSchema,
  customFields: z.array(CustomFieldSchema).max(200),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Persona = z.infer<typeof PersonaSchema>;
