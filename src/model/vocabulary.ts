// The fixed vocabularies of journey mapping: channels, objectives, lane kinds, moment-of-truth types.
import { z } from 'zod/mini';

// Every schema of the model builds on this module, so it is where the schemas learn English: Zod's
// lean build names no problem ("Invalid input") until given a locale, and Parcours shows these
// messages when it refuses a file or sets a record aside ("Too big: expected string to have <=500
// characters").
z.config(z.locales.en());

export const CHANNELS = [
  'web',
  'mobileApp',
  'store',
  'phone',
  'email',
  'chat',
  'social',
  'sms',
  'messaging',
  'mail',
  'event',
  'partner',
  'other',
] as const;
export const ChannelSchema = z.enum(CHANNELS);
export type Channel = z.infer<typeof ChannelSchema>;

export const OBJECTIVES = ['inform', 'brandImage', 'drivePurchase'] as const;
export const ObjectiveSchema = z.enum(OBJECTIVES);
export type Objective = z.infer<typeof ObjectiveSchema>;

export const MOMENT_TYPES = ['ZMOT', 'FMOT', 'SMOT', 'TMOT', 'UMOT', 'custom'] as const;
export const MomentTypeSchema = z.enum(MOMENT_TYPES);
export type MomentType = z.infer<typeof MomentTypeSchema>;

export const LEVELS = ['low', 'medium', 'high'] as const;
export const LevelSchema = z.enum(LEVELS);
export type Level = z.infer<typeof LevelSchema>;

export const LANE_KINDS = [
  'actions',
  'touchpoints',
  'thoughts',
  'emotions',
  'painPoints',
  'opportunities',
  'momentsOfTruth',
  'kpis',
  'backstage',
  'custom',
] as const;
export const LaneKindSchema = z.enum(LANE_KINDS);
export type LaneKind = z.infer<typeof LaneKindSchema>;

export const CONNECTOR_STYLES = ['solid', 'dashed', 'dotted'] as const;
export const ConnectorStyleSchema = z.enum(CONNECTOR_STYLES);
export type ConnectorStyle = z.infer<typeof ConnectorStyleSchema>;

/** Colours are stored as #rrggbb so every exporter can read them. */
export const ColorSchema = z
  .string()
  .check(z.regex(/^#[0-9a-fA-F]{6}$/, 'expected a colour like #1a2b3c'));

export const EMOTION_MIN = -2;
export const EMOTION_MAX = 2;
