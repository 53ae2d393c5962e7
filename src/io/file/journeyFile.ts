// The Parcours journey file: a versioned JSON envelope around one journey and the personas it links.
import { JOURNEY_SCHEMA_VERSION, type Journey, type Persona } from '../../model';

export const JOURNEY_FILE_FORMAT = 'parcours.journey';
/** Every Parcours file ends with this, e.g. `hotel-stay.parcours.json`. */
export const PARCOURS_FILE_EXTENSION = 'parcours.json';

export interface JourneyFileEnvelope {
  format: typeof JOURNEY_FILE_FORMAT;
  schemaVersion: number;
  appVersion: string;
  exportedAt: string;
  journey: Journey;
  personas: Persona[];
}

/** The envelope for one journey, with only the personas it links. */
export function journeyEnvelope(
  journey: Journey,
  personas: readonly Persona[],
  appVersion: string,
  now: Date = new Date(),
): JourneyFileEnvelope {
  return {
    format: JOURNEY_FILE_FORMAT,
    schemaVersion: JOURNEY_SCHEMA_VERSION,
    appVersion,
    exportedAt: now.toISOString(),
    journey,
    personas: personas.filter((persona) => journey.personaIds.includes(persona.id)),
  };
}

export function journeyFile(journey: Journey, personas: Persona[], appVersion: string): Blob {
  const envelope = journeyEnvelope(journey, personas, appVersion);
  return new Blob([JSON.stringify(envelope, null, 2)], { type: 'application/json' });
}
