// What every Parcours file opens with (its format, the schema version of what it holds, the app
// that wrote it and when), and how a file envelope becomes a downloadable JSON blob.
import { JOURNEY_SCHEMA_VERSION } from '../../model';

export interface EnvelopeHeader<Format extends string> {
  format: Format;
  schemaVersion: number;
  appVersion: string;
  exportedAt: string;
}

export function envelopeHeader<Format extends string>(
  format: Format,
  appVersion: string,
  now: Date,
): EnvelopeHeader<Format> {
  return {
    format,
    schemaVersion: JOURNEY_SCHEMA_VERSION,
    appVersion,
    exportedAt: now.toISOString(),
  };
}

/** The envelope as indented JSON, ready to download. */
export function jsonFileBlob(envelope: EnvelopeHeader<string>): Blob {
  return new Blob([JSON.stringify(envelope, null, 2)], { type: 'application/json' });
}
