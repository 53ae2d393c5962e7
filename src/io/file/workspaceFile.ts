// The Parcours workspace backup: a versioned JSON envelope around every journey and persona.
import { JOURNEY_SCHEMA_VERSION, type Journey, type Persona } from '../../model';
import { PARCOURS_FILE_EXTENSION } from './journeyFile';

export const WORKSPACE_FILE_FORMAT = 'parcours.workspace';

export interface WorkspaceFileEnvelope {
  format: typeof WORKSPACE_FILE_FORMAT;
  schemaVersion: number;
  appVersion: string;
  exportedAt: string;
  journeys: Journey[];
  personas: Persona[];
}

export function workspaceEnvelope(
  journeys: readonly Journey[],
  personas: readonly Persona[],
  appVersion: string,
  now: Date = new Date(),
): WorkspaceFileEnvelope {
  return {
    format: WORKSPACE_FILE_FORMAT,
    schemaVersion: JOURNEY_SCHEMA_VERSION,
    appVersion,
    exportedAt: now.toISOString(),
    journeys: [...journeys],
    personas: [...personas],
  };
}

export function workspaceFile(
  journeys: readonly Journey[],
  personas: readonly Persona[],
  appVersion: string,
): Blob {
  const envelope = workspaceEnvelope(journeys, personas, appVersion);
  return new Blob([JSON.stringify(envelope, null, 2)], { type: 'application/json' });
}

/** `parcours-backup-YYYY-MM-DD.parcours.json`, dated in the user's own time zone. */
export function backupFileName(now: Date = new Date()): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  const day = `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
  return `parcours-backup-${day}.${PARCOURS_FILE_EXTENSION}`;
}
