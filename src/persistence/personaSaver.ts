// Autosave for persona sheets: each persona is written about 300 ms after its last change, and
// anything storage has not confirmed is written synchronously when the page goes away: to the
// journal in localStorage, which nothing can cancel, then to IndexedDB as a best effort.
import type { Id, Persona } from '../model';
import type { JournalStorage } from './editJournal';
import type { Repository } from './repository';

/** Where a persona's unsaved sheet waits, keyed by its id, until storage has it. */
export const PERSONA_JOURNAL_PREFIX = 'parcours.personaJournal.';

export const PERSONA_SAVE_DELAY_MS = 300;

interface Unsaved {
  persona: Persona;
  /** Set while the write waits for the typing to stop; null once the write has started. */
  timer: ReturnType<typeof setTimeout> | null;
}

export function createPersonaSaver(
  repository: Pick<Repository, 'savePersona' | 'savePersonaOnExit'>,
  onError: (error: unknown) => void,
  page: Pick<Window, 'addEventListener'> | undefined = typeof window === 'undefined'
    ? undefined
    : window,
  journal: JournalStorage | null = null,
) {
  // A sheet stays here until storage confirms its write: a write that is slow, stalled by another
  // tab, or failed still counts as unsaved when the page goes away.
  const unsaved = new Map<Id, Unsaved>();

  async function write(id: Id) {
    const entry = unsaved.get(id);
    if (!entry) return;
    if (entry.timer) clearTimeout(entry.timer);
    entry.timer = null;
    const { persona } = entry;
    try {
      await repository.savePersona(persona);
      // A newer edit typed during the write stays, with its own timer.
      if (unsaved.get(id)?.persona === persona) {
        unsaved.delete(id);
        journal?.removeItem(PERSONA_JOURNAL_PREFIX + id);
      }
    } catch (error) {
      onError(error);
    }
  }

  page?.addEventListener('pagehide', () => {
    for (const [id, entry] of unsaved) {
      if (entry.timer) clearTimeout(entry.timer);
      try {
        journal?.setItem(PERSONA_JOURNAL_PREFIX + id, JSON.stringify(entry.persona));
      } catch {
        // Full: the IndexedDB write below is all there is.
      }
      if (!repository.savePersonaOnExit(entry.persona)) void repository.savePersona(entry.persona);
    }
    unsaved.clear();
  });

  return {
    schedule(persona: Persona) {
      const previous = unsaved.get(persona.id);
      if (previous?.timer) clearTimeout(previous.timer);
      const timer = setTimeout(() => void write(persona.id), PERSONA_SAVE_DELAY_MS);
      unsaved.set(persona.id, { persona, timer });
    },
    async flush() {
      await Promise.all([...unsaved.keys()].map(write));
    },
    /** The sheet storage has not confirmed yet, if any: newer than what storage holds. */
    pendingFor(id: Id): Persona | undefined {
      return unsaved.get(id)?.persona;
    },
  };
}
