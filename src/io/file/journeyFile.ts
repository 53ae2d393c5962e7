// The Parcours journey file: a versioned JSON envelope around one journey and the personas it links.
import type { Journey, Persona } from '../../model';
import { envelopeHeader, jsonFileBlob, type EnvelopeHeader } from './envelope';

export const JOURNEY_FILE_FORMAT = 'parcours.journey';
/** Every Parcours file ends with this, e.g. `hotel-stay.parcours.json`. */
export const PARCOURS_FILE_EXTENSION = 'parcours.json';

export interface JourneyFileEnvelope extends EnvelopeHeader<typeof JOURNEY_FILE_FORMAT> {
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
    ...envelopeHeader(JOURNEY_FILE_FORMAT, appVersion, now),
    journey,
    personas: personas.filter((persona) => journey.personaIds.includes(persona.id)),
  };
}

export function journeyFile(journey: Journey, personas: Persona[], appVersion: string): Blob {
  return jsonFileBlob(journeyEnvelope(journey, personas, appVersion));
}
