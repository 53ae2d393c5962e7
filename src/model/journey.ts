// The journey document: ordered stages (columns), ordered lanes (rows), cards, connectors, personas.
import { z } from 'zod/mini';
import { CardSchema } from './card';
import { JOURNEY_MIGRATIONS, currentVersion } from './migrations';
import { userLine, userText } from './text';
import { ColorSchema, ConnectorStyleSchema, LaneKindSchema, MomentTypeSchema } from './vocabulary';

/** How many stages and lanes a journey may have; importers stop at these instead of failing. */
export const JOURNEY_LIMITS = { stages: 200, lanes: 100 } as const;

export const StageSchema = z.object({
  id: z.string().check(z.minLength(1)),
  name: userLine(500),
  color: ColorSchema,
  /** A moment of truth flagged on the whole stage, or null. */
  momentOfTruth: z.nullable(MomentTypeSchema),
});
export type Stage = z.infer<typeof StageSchema>;

export const LaneSchema = z.object({
  id: z.string().check(z.minLength(1)),
  name: userLine(500),
  kind: LaneKindSchema,
  color: ColorSchema,
  collapsed: z.boolean(),
  /** Minimum row height in pixels; the row still grows with its cards. */
  minHeight: z.number().check(z.int(), z.minimum(40), z.maximum(2_000)),
});
export type Lane = z.infer<typeof LaneSchema>;

export const ConnectorSchema = z.object({
  id: z.string().check(z.minLength(1)),
  sourceCardId: z.string().check(z.minLength(1)),
  targetCardId: z.string().check(z.minLength(1)),
  label: userLine(500),
  style: ConnectorStyleSchema,
});
export type Connector = z.infer<typeof ConnectorSchema>;

/** Derived from the migrations list, so a new step and the version can never disagree. */
export const JOURNEY_SCHEMA_VERSION = currentVersion(JOURNEY_MIGRATIONS);

export const JourneySchema = z.object({
  schemaVersion: z.literal(JOURNEY_SCHEMA_VERSION),
  id: z.string().check(z.minLength(1)),
  title: userLine(500),
  description: userText(10_000),
  stages: z.array(StageSchema).check(z.maxLength(JOURNEY_LIMITS.stages)),
  lanes: z.array(LaneSchema).check(z.maxLength(JOURNEY_LIMITS.lanes)),
  /** Cards by id, so an edit to one card touches one entry. */
  cards: z.record(z.string(), CardSchema),
  connectors: z.record(z.string(), ConnectorSchema),
  personaIds: z.array(z.string().check(z.minLength(1))).check(z.maxLength(100)),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Journey = z.infer<typeof JourneySchema>;
