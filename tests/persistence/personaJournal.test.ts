// @vitest-environment node
// Persona sheets left unsaved when the page went away: written to the journal synchronously on
// pagehide, put back on the next load when newer than storage, set aside when they cannot be.
import { describe, expect, it } from 'vitest';
import { recoverPersonaJournals } from '../../src/persistence/journalRecovery';
import { PERSONA_JOURNAL_PREFIX, createPersonaSaver } from '../../src/persistence/personaSaver';
import { MemoryStorage, freshRepository, must, samplePersona } from './helpers';

describe('the persona journal', () => {
  it('holds a pending sheet the moment the page goes away, and puts it back on the next load', async () => {
    const { repository } = freshRepository();
    const stored = { ...samplePersona('Inès'), updatedAt: '2026-01-01T00:00:00.000Z' };
    await repository.savePersona(stored);
    const storage = new MemoryStorage();
    const page = new EventTarget();
    // The exit write to IndexedDB never lands: the page is gone before it commits.
    const saver = createPersonaSaver(
      { savePersona: async () => {}, savePersonaOnExit: () => true },
      () => {},
      page as never,
      storage,
    );
    saver.schedule({ ...stored, role: 'Buyer', updatedAt: '2026-01-01T00:00:05.000Z' });

    page.dispatchEvent(new Event('pagehide'));
    expect(storage.getItem(PERSONA_JOURNAL_PREFIX + stored.id)).toContain('Buyer');

    expect(await recoverPersonaJournals(repository, storage)).toBe(1);
    const { personas } = await repository.listPersonas();
    expect(must(personas[0]).role).toBe('Buyer');
    expect(storage.length).toBe(0);
  });

  it('journals a sheet whose write started but never landed when the page goes away', async () => {
    const storage = new MemoryStorage();
    const page = new EventTarget();
    const errors: unknown[] = [];
    const failures: Array<(error: Error) => void> = [];
    // Another tab holds the database: each autosave write is under way, then fails.
    const saver = createPersonaSaver(
      {
        savePersona: () => new Promise<void>((_, reject) => failures.push(reject)),
        savePersonaOnExit: () => true,
      },
      (error) => errors.push(error),
      page as never,
      storage,
    );
    const persona = { ...samplePersona('Inès'), role: 'Head buyer' };
    saver.schedule(persona);
    const firstWrite = saver.flush();
    expect(failures).toHaveLength(1);
    expect(saver.pendingFor(persona.id)?.role).toBe('Head buyer');
    must(failures[0])(new Error('blocked'));
    await firstWrite;
    expect(errors).toHaveLength(1);
    expect(saver.pendingFor(persona.id)?.role).toBe('Head buyer');

    // A second write is under way when the page goes away: the journal still gets the sheet.
    void saver.flush();
    page.dispatchEvent(new Event('pagehide'));
    expect(storage.getItem(PERSONA_JOURNAL_PREFIX + persona.id)).toContain('Head buyer');
  });

  it('leaves a newer stored sheet alone, and sets aside a damaged or orphaned one', async () => {
    const { db, repository } = freshRepository();
    const stored = { ...samplePersona('Inès'), updatedAt: '2026-01-01T00:00:09.000Z' };
    await repository.savePersona(stored);
    const storage = new MemoryStorage();
    const older = { ...stored, role: 'Old', updatedAt: '2026-01-01T00:00:01.000Z' };
    const orphan = samplePersona('Gone');
    storage.setItem(PERSONA_JOURNAL_PREFIX + stored.id, JSON.stringify(older));
    storage.setItem(PERSONA_JOURNAL_PREFIX + orphan.id, JSON.stringify(orphan));
    storage.setItem(`${PERSONA_JOURNAL_PREFIX}torn`, '{"name":');

    expect(await recoverPersonaJournals(repository, storage)).toBe(0);

    expect(must((await repository.listPersonas()).personas[0]).role).toBe(stored.role);
    const reasons = (await db.quarantine.toArray()).map((record) => record.reason).sort();
    expect(reasons).toEqual([
      'unsaved persona edits from the journal: the persona is no longer in the library',
      'unsaved persona edits from the journal: the record is not an object',
    ]);
    expect(storage.length).toBe(0);
  });
});
