// Downloads Parcours files: one journey with its personas, or a backup of the whole workspace.
import type { Journey, Persona } from '../../model';
import { downloadBlob, fileNameFor } from './download';
import { PARCOURS_FILE_EXTENSION, journeyFile } from './journeyFile';
import { backupFileName, workspaceFile } from './workspaceFile';

/** Saves `<title>.parcours.json`. */
export function downloadJourney(journey: Journey, personas: Persona[], appVersion: string): void {
  downloadBlob(
    journeyFile(journey, personas, appVersion),
    fileNameFor(journey.title, PARCOURS_FILE_EXTENSION),
  );
}

/** Saves `parcours-backup-YYYY-MM-DD.parcours.json`. */
export function downloadWorkspace(
  journeys: readonly Journey[],
  personas: readonly Persona[],
  appVersion: string,
): void {
  downloadBlob(workspaceFile(journeys, personas, appVersion), backupFileName());
}
