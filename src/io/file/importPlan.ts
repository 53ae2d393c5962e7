// Fits an imported file into the library: fresh ids where they collide, persona conflicts resolved.
import { createId, type Id, type Journey, type Persona } from '../../model';
import type { ImportedFile } from './importFile';

/**
 * What to do with a file's persona whose id is already in the library:
 * - keep: the library's version wins and the imported journeys point at it;
 * - replace: the file's version overwrites the library's;
 * - copy: the file's version is added under a new id, and the imported journeys point at the copy.
 */
export type PersonaChoice = 'keep' | 'replace' | 'copy';

/** The ids already taken in the library (including the trash, which may be restored). */
export interface LibraryIds {
  journeyIds: ReadonlySet<Id>;
  personaIds: ReadonlySet<Id>;
}

/** Exactly what to write, in one transaction. */
export interface ImportPlan {
  journeys: Journey[];
  personas: Persona[];
  /** How many journeys were given a new id because theirs was taken. */
  renamedJourneys: number;
}

/** The file's personas that share an id with a persona already in the library. */
export function personaConflicts(file: ImportedFile, library: LibraryIds): Persona[] {
  return file.personas.filter((persona) => library.personaIds.has(persona.id));
}

/** Points a journey's persona links and emotion curves at new persona ids. */
export function rewritePersonaIds(journey: Journey, renamed: ReadonlyMap<Id, Id>): Journey {
  if (renamed.size === 0) return journey;
  const rename = (id: Id) => renamed.get(id) ?? id;
  const cards = Object.fromEntries(
    Object.entries(journey.cards).map(([key, card]) => [
      key,
      card.kind === 'emotion' && card.personaId !== null
        ? { ...card, personaId: rename(card.personaId) }
        : card,
    ]),
  );
  return { ...journey, personaIds: journey.personaIds.map(rename), cards };
}

function freshId(taken: Set<Id>, newId: () => Id): Id {
  let id = newId();
  while (taken.has(id)) id = newId();
  return id;
}

export function planImport(
  file: ImportedFile,
  library: LibraryIds,
  choice: PersonaChoice,
  newId: () => Id = createId,
): ImportPlan {
  const personaIds = new Set([...library.personaIds, ...file.personas.map((p) => p.id)]);
  const renamedPersonas = new Map<Id, Id>();
  const personas: Persona[] = [];
  for (const persona of file.personas) {
    if (!library.personaIds.has(persona.id) || choice === 'replace') {
      personas.push(persona);
    } else if (choice === 'copy') {
      const id = freshId(personaIds, newId);
      personaIds.add(id);
      renamedPersonas.set(persona.id, id);
      personas.push({ ...persona, id });
    }
  }

  // Card, stage, lane and connector ids live inside their journey: only the journey id can clash.
  const journeyIds = new Set(library.journeyIds);
  const journeys: Journey[] = [];
  let renamedJourneys = 0;
  for (const journey of file.journeys) {
    let id = journey.id;
    if (journeyIds.has(id)) {
      id = freshId(journeyIds, newId);
      renamedJourneys += 1;
    }
    journeyIds.add(id);
    journeys.push({ ...rewritePersonaIds(journey, renamedPersonas), id });
  }
  return { journeys, personas, renamedJourneys };
}
