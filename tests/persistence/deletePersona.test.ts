// @vitest-environment node
// Deleting a persona: it is unlinked from every journey in one transaction, and undo restores all.
import { describe, expect, it } from 'vitest';
import { applyRecipe, createCard, ops } from '../../src/model';
import { freshRepository, must, sampleJourney, samplePersona } from './helpers';

describe('deleting a persona', () => {
  it('unlinks it from the journeys that used it, with its emotion points, and undo restores them', async () => {
    const { repository } = freshRepository();
    const persona = samplePersona('Inès');
    await repository.savePersona(persona);
    let journey = sampleJourney('Hotel stay');
    const lane = must(journey.lanes.find((l) => l.kind === 'emotions'));
    const point = {
      ...createCard('emotion', { stageId: must(journey.stages[0]).id, laneId: lane.id }),
      personaId: persona.id,
    };
    journey = applyRecipe(
      journey,
      ops.combine(ops.linkPersona(persona.id), ops.addCard(point)),
    ).journey;
    const untouched = sampleJourney('Unrelated');
    await repository.saveJourney(journey);
    await repository.saveJourney(untouched);

    const deleted = must(await repository.deletePersona(persona.id));
    const after = await repository.loadJourney(journey.id);
    expect(after.ok && after.journey.personaIds).toEqual([]);
    expect(after.ok && after.journey.cards[point.id]).toBeUndefined();
    expect((await repository.listPersonas()).personas).toHaveLength(0);
    expect(deleted.journeys).toHaveLength(1);

    await repository.restorePersona(deleted);
    const restored = await repository.loadJourney(journey.id);
    expect(restored.ok && restored.journey).toEqual(journey);
    expect((await repository.listPersonas()).personas.map((p) => p.name)).toEqual(['Inès']);
  });

  it('returns null for a persona that does not exist', async () => {
    const { repository } = freshRepository();
    expect(await repository.deletePersona('nobody')).toBeNull();
  });
});
