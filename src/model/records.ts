// The record types Parcours stores and exports: journeys, personas, and the journey and persona
// templates saved on this device. Each has a schema, an append-only migrations list and a current
// version derived from it. A new record type, or a new version of one, is declared here.
import { JourneySchema, type Journey } from './journey';
import { JOURNEY_MIGRATIONS } from './migrations';
import { PERSONA_MIGRATIONS, PersonaSchema, type Persona } from './persona';
import {
  SAVED_TEMPLATE_MIGRATIONS,
  SavedJourneyTemplateSchema,
  SavedPersonaTemplateSchema,
  type SavedJourneyTemplate,
  type SavedPersonaTemplate,
} from './savedTemplates';
import { readRecord, type DocumentError, type RecordType } from './validate';

/** The first id that repeats in a list, with both positions, or null. */
function repeatedId(
  items: readonly { id: string }[],
): { id: string; first: number; again: number } | null {
  const seen = new Map<string, number>();
  for (const [index, item] of items.entries()) {
    const first = seen.get(item.id);
    if (first !== undefined) return { id: item.id, first, again: index };
    seen.set(item.id, index);
  }
  return null;
}

/** Checks what a schema cannot: ids are unique, and every id points at something that exists. */
function journeyIntegrity(journey: Journey): { path: string; message: string } | null {
  for (const list of ['stages', 'lanes'] as const) {
    const repeated = repeatedId(journey[list]);
    if (!repeated) continue;
    const noun = list === 'stages' ? 'stage' : 'lane';
    const first = journey[list][repeated.first]?.name ?? '';
    const again = journey[list][repeated.again]?.name ?? '';
    return {
      path: `${list}.${repeated.again}.id`,
      message: `${noun} "${again}" repeats the id "${repeated.id}" of ${noun} ${repeated.first + 1} ("${first}")`,
    };
  }
  const personas = repeatedId(journey.personaIds.map((id) => ({ id })));
  if (personas) {
    return {
      path: `personaIds.${personas.again}`,
      message: `links persona "${personas.id}" twice`,
    };
  }
  const stages = new Set(journey.stages.map((stage) => stage.id));
  const lanes = new Set(journey.lanes.map((lane) => lane.id));
  for (const [key, card] of Object.entries(journey.cards)) {
    if (card.id !== key) return { path: `cards.${key}.id`, message: 'does not match its key' };
    if (!stages.has(card.stageId)) {
      return {
        path: `cards.${key}.stageId`,
        message: `names a stage "${card.stageId}" the map does not have`,
      };
    }
    if (!lanes.has(card.laneId)) {
      return {
        path: `cards.${key}.laneId`,
        message: `names a lane "${card.laneId}" the map does not have`,
      };
    }
  }
  for (const [key, connector] of Object.entries(journey.connectors)) {
    if (connector.id !== key) {
      return { path: `connectors.${key}.id`, message: 'does not match its key' };
    }
    if (!journey.cards[connector.sourceCardId]) {
      return {
        path: `connectors.${key}.sourceCardId`,
        message: `names a card "${connector.sourceCardId}" the map does not have`,
      };
    }
    if (!journey.cards[connector.targetCardId]) {
      return {
        path: `connectors.${key}.targetCardId`,
        message: `names a card "${connector.targetCardId}" the map does not have`,
      };
    }
  }
  return null;
}

export const JOURNEY_RECORD: RecordType<Journey> = {
  noun: 'journey',
  schema: JourneySchema,
  migrations: JOURNEY_MIGRATIONS,
  check: journeyIntegrity,
};

export const PERSONA_RECORD: RecordType<Persona> = {
  noun: 'persona',
  schema: PersonaSchema,
  migrations: PERSONA_MIGRATIONS,
  unversionedIs: 1,
};

export const SAVED_JOURNEY_TEMPLATE_RECORD: RecordType<SavedJourneyTemplate> = {
  noun: 'saved journey template',
  schema: SavedJourneyTemplateSchema,
  migrations: SAVED_TEMPLATE_MIGRATIONS,
  unversionedIs: 1,
};

export const SAVED_PERSONA_TEMPLATE_RECORD: RecordType<SavedPersonaTemplate> = {
  noun: 'saved persona template',
  schema: SavedPersonaTemplateSchema,
  migrations: SAVED_TEMPLATE_MIGRATIONS,
  unversionedIs: 1,
};

export type DocumentResult = { ok: true; journey: Journey } | { ok: false; error: DocumentError };
export type PersonaResult = { ok: true; persona: Persona } | { ok: false; error: DocumentError };

/** Migrates, validates and checks a journey from storage or a file; never throws. */
export function readJourney(input: unknown): DocumentResult {
  const read = readRecord(JOURNEY_RECORD, input);
  return read.ok ? { ok: true, journey: read.value } : read;
}

/** Migrates and validates a persona from storage or a file; never throws. */
export function readPersona(input: unknown): PersonaResult {
  const read = readRecord(PERSONA_RECORD, input);
  return read.ok ? { ok: true, persona: read.value } : read;
}
