// Shared data for the import and export tests: a populated journey, its personas, files as text.
import {
  createCard,
  createConnector,
  createJourney,
  createPersona,
  type Journey,
  type Persona,
} from '../../src/model';
import { journeyEnvelope } from '../../src/io/file/journeyFile';
import { workspaceEnvelope } from '../../src/io/file/workspaceFile';
import type { ImportError } from '../../src/io/file/importErrors';
import { readImportText, type ImportedFile, type ReadOptions } from '../../src/io/file/importFile';
import {
  planImport,
  type ImportPlan,
  type LibraryIds,
  type PersonaChoice,
} from '../../src/io/file/importPlan';
import { LABELS } from '../persistence/helpers';

/** A journey with a note, a touchpoint, an emotion point on a persona's curve and a connector. */
export function populatedJourney(persona: Persona, title = 'Hotel stay'): Journey {
  const journey = createJourney({ ...LABELS, title });
  const [stage, second] = journey.stages;
  const [actions, touchpoints, , emotions] = journey.lanes;
  if (!stage || !second || !actions || !touchpoints || !emotions) throw new Error('default lanes');
  const note = { ...createCard('note', { stageId: stage.id, laneId: actions.id }), text: 'Books' };
  const touchpoint = {
    ...createCard('touchpoint', { stageId: second.id, laneId: touchpoints.id }),
    title: 'Front desk',
  };
  const base = createCard('emotion', { stageId: second.id, laneId: emotions.id });
  if (base.kind !== 'emotion') throw new Error('emotion card');
  const emotion = { ...base, score: 2, personaId: persona.id };
  const connector = createConnector(note.id, touchpoint.id, 'walks in');
  return {
    ...journey,
    personaIds: [persona.id],
    cards: { [note.id]: note, [touchpoint.id]: touchpoint, [emotion.id]: emotion },
    connectors: { [connector.id]: connector },
  };
}

export function samplePersonas(): [Persona, Persona] {
  return [{ ...createPersona('Claire', 0), role: 'Business traveller' }, createPersona('Malik', 1)];
}

export function journeyText(journey: Journey, personas: Persona[]): string {
  return JSON.stringify(journeyEnvelope(journey, personas, '0.1.0'));
}

export function workspaceText(journeys: Journey[], personas: Persona[]): string {
  return JSON.stringify(workspaceEnvelope(journeys, personas, '0.1.0'));
}

export const EMPTY_LIBRARY = { journeyIds: new Set<string>(), personaIds: new Set<string>() };

export type ImportResult =
  { ok: true; file: ImportedFile; plan: ImportPlan } | { ok: false; error: ImportError };

/** The whole import on text, as the library runs it: read and check the file, then plan its ids. */
export function importText(
  text: string,
  options: ReadOptions & { library?: LibraryIds; personaChoice?: PersonaChoice } = {},
): ImportResult {
  const read = readImportText(text, options);
  if (!read.ok) return read;
  const library = options.library ?? { journeyIds: new Set(), personaIds: new Set() };
  return {
    ok: true,
    file: read.file,
    plan: planImport(read.file, library, options.personaChoice ?? 'keep'),
  };
}
