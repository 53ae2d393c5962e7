// Writing an import: one transaction, all or nothing, and every taken id counted.
import { describe, expect, it } from 'vitest';
import { importText } from './fixtures';
import { freshRepository, sampleJourney, samplePersona } from '../persistence/helpers';
import { journeyText, populatedJourney } from './fixtures';

describe('storing an import', () => {
  it('counts stored, trashed and persona ids as taken', async () => {
    const { repository } = freshRepository();
    const kept = sampleJourney('Kept');
    const trashed = sampleJourney('Trashed');
    const persona = samplePersona('Claire');
    await repository.saveJourney(kept);
    await repository.saveJourney(trashed);
    await repository.trashJourney(trashed.id);
    await repository.savePersona(persona);
    const taken = await repository.takenIds();
    expect([...taken.journeyIds].sort()).toEqual([kept.id, trashed.id].sort());
    expect([...taken.personaIds]).toEqual([persona.id]);
  });

  it('writes the journeys and personas of a file, regenerating a taken journey id', async () => {
    const { repository } = freshRepository();
    const persona = samplePersona('Claire');
    const journey = populatedJourney(persona);
    await repository.saveJourney(journey);
    const result = importText(journeyText(journey, [persona]), {
      library: await repository.takenIds(),
    });
    if (!result.ok) throw new Error('import failed');
    await repository.importRecords(result.plan.journeys, result.plan.personas);
    const { journeys } = await repository.listJourneys();
    expect(journeys).toHaveLength(2);
    expect(journeys.map((j) => j.title)).toEqual([journey.title, journey.title]);
    expect((await repository.listPersonas()).personas).toEqual([persona]);
  });

  it('changes nothing when one record of the import cannot be written', async () => {
    const { repository } = freshRepository();
    const existing = sampleJourney('Existing');
    await repository.saveJourney(existing);
    const persona = samplePersona('New persona');
    const fresh = sampleJourney('Fresh');
    // A stale plan: its second journey's id was taken after it was made.
    const clash = { ...sampleJourney('Clash'), id: existing.id };
    await expect(repository.importRecords([fresh, clash], [persona])).rejects.toThrow();
    const { journeys } = await repository.listJourneys();
    expect(journeys.map((j) => j.title)).toEqual(['Existing']);
    expect((await repository.listPersonas()).personas).toEqual([]);
  });
});
