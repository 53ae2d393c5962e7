// The Parcours journey file: a versioned JSON envelope around one journey and the personas it links.
import { JOURNEY_SCHEMA_VERSION, type Journey, type Persona } from '../model';

export const JOURNEY_FILE_FORMAT = 'parcours.journey';

export interface JourneyFileEnvelope {
  format: typeof JOURNEY_FILE_FORMAT;
  schemaVersion: number;
  appVersion: string;
  exportedAt: string;
  journey: Journey;
  personas: Persona[];
}

export function journeyFile(journey: Journey, personas: Persona[], appVersion: string): Blob {
  const envelope: JourneyFileEnvelope = {
    format: JOURNEY_FILE_FORMAT,
    schemaVersion: JOURNEY_SCHEMA_VERSION,
    appVersion,
    exportedAt: new Date().toISOString(),
    journey,
    personas: personas.filter((persona) => journey.personaIds.includes(persona.id)),
  };
  return new Blob([JSON.stringify(envelope, null, 2)], { type: 'application/json' });
}
