// The Parcours workspace backup: a versioned JSON envelope around every journey and persona.
import type { Journey, Persona } from '../../model';
import { envelopeHeader, jsonFileBlob, type EnvelopeHeader } from './envelope';
import { PARCOURS_FILE_EXTENSION } from './journeyFile';

export const WORKSPACE_FILE_FORMAT = 'parcours.workspace';

export interface WorkspaceFileEnvelope extends EnvelopeHeader<typeof WORKSPACE_FILE_FORMAT> {
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
    ...envelopeHeader(WORKSPACE_FILE_FORMAT, appVersion, now),
    journeys: [...journeys],
    personas: [...personas],
  };
}

export function workspaceFile(
  journeys: readonly Journey[],
  personas: readonly Persona[],
  appVersion: string,
): Blob {
  return jsonFileBlob(workspaceEnvelope(journeys, personas, appVersion));
}

/** `parcours-backup-YYYY-MM-DD.parcours.json`, dated in the user's own time zone. */
export function backupFileName(now: Date = new Date()): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  const day = `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
  return `parcours-backup-${day}.${PARCOURS_FILE_EXTENSION}`;
}
