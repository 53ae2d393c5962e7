// Autosave for persona sheets: each persona is written about 300 ms after its last change, and
// anything pending is written synchronously when the page goes away.
import type { Id, Persona } from '../model';
import type { Repository } from './repository';

export const PERSONA_SAVE_DELAY_MS = 300;

export function createPersonaSaver(
  repository: Pick<Repository, 'savePersona' | 'savePersonaOnExit'>,
  onError: (error: unknown) => void,
  page: Pick<Window, 'addEventListener'> | undefined = typeof window === 'undefined'
    ? undefined
    : window,
) {
  const pending = new Map<Id, { persona: Persona; timer: ReturnType<typeof setTimeout> }>();

  async function write(id: Id) {
    const entry = pending.get(id);
    if (!entry) return;
    clearTimeout(entry.timer);
    pending.delete(id);
    try {
      await repository.savePersona(entry.persona);
    } catch (error) {
      onError(error);
    }
  }

  page?.addEventListener('pagehide', () => {
    for (const [id, entry] of pending) {
      clearTimeout(entry.timer);
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
