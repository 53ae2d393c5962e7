// @vitest-environment node
// Persona autosave: one write shortly after the last change, and a synchronous write on exit.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createPersona, editPersona } from '../../src/model';
import { PERSONA_SAVE_DELAY_MS, createPersonaSaver } from '../../src/persistence/personaSaver';

describe('the persona saver', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  function setup() {
    const saved: string[] = [];
    const onExit: string[] = [];
    const page = new EventTarget() as unknown as Window;
    const repository = {
      savePersona: vi.fn(async (p: { name: string }) => void saved.push(p.name)),
      savePersonaOnExit: vi.fn((p: { name: string }) => (onExit.push(p.name), true)),
    };
    const saver = createPersonaSaver(repository as never, () => {}, page);
    return { saver, saved, onExit, page, repository };
  }

  it('writes once, shortly after a burst of changes, with the last version', async () => {
    const { saver, saved } = setup();
    let persona = createPersona('C');
    for (const name of ['Ca', 'Cam', 'Camille']) {
      persona = editPersona(persona, { name });
      saver.schedule(persona);
    }
    await vi.advanceTimersByTimeAsync(PERSONA_SAVE_DELAY_MS + 10);
    expect(saved).toEqual(['Camille']);
  });

  it('writes pending changes synchronously when the page goes away', () => {
    const { saver, onExit, page, saved } = setup();
    saver.schedule(editPersona(createPersona('A'), { name: 'Bruno' }));
    page.dispatchEvent(new Event('pagehide'));
    expect(onExit).toEqual(['Bruno']);
    expect(saved).toEqual([]);
  });
});
