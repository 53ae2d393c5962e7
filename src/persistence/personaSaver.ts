// Autosave for persona sheets: each persona is written about 300 ms after its last change, and
// anything pending is written synchronously when the page goes away: to the journal in
// localStorage, which nothing can cancel, then to IndexedDB as a best effort.
import type { Id, Persona } from '../model';
import type { JournalStorage } from './editJournal';
import type { Repository } from './repository';

/** Where a persona's unsaved sheet waits, keyed by its id, until storage has it. */
export const PERSONA_JOURNAL_PREFIX = 'parcours.personaJournal.';

export const PERSONA_SAVE_DELAY_MS = 300;

export function createPersonaSaver(
  repository: Pick<Repository, 'savePersona' | 'savePersonaOnExit'>,
  onError: (error: unknown) => void,
  page: Pick<Window, 'addEventListener'> | undefined = typeof window === 'undefined'
    ? undefined
    : window,
  journal: JournalStorage | null = null,
) {
  const pending = new Map<Id, { persona: Persona; timer: ReturnType<typeof setTimeout> }>();

  async function write(id: Id) {
    const entry = pending.get(id);
    if (!entry) return;
    clearTimeout(entry.timer);
    pending.delete(id);
    try {
      await repository.savePersona(entry.persona);
      if (!pending.has(id)) journal?.removeItem(PERSONA_JOURNAL_PREFIX + id);
    } catch (error) {
      onError(error);
    }
  }

  page?.addEventListener('pagehide', () => {
    for (const [id, entry] of pending) {
      clearTimeout(entry.timer);
      try {
        journal?.setItem(PERSONA_JOURNAL_PREFIX + id, JSON.stringify(entry.persona));
      } catch {
        // Full: the IndexedDB write below is all there is.
      }
      if (!repository.savePersonaOnExit(entry.persona)) void repository.savePersona(entry.persona);
      pending.delete(id);
    }
  });

  return {
    schedule(persona: Persona) {
      const previous = pending.get(persona.id);
      if (previous) clearTimeout(previous.timer);
      const timer = setTimeout(() => void write(persona.id), PERSONA_SAVE_DELAY_MS);
      pending.set(persona.id, { persona, timer });
    },
    async flush() {
      await Promise.all([...pending.keys()].map(write));
    },
    /** The persona waiting to be written, if any: newer than what storage holds. */
    pendingFor(id: Id): Persona | undefined {
      return pending.get(id)?.persona;
    },
  };
}
