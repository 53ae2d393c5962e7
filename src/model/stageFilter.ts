// Keeps only chosen stages of a journey, for exporting part of a map. Pure: returns a new journey.
import type { Id } from './ids';
import type { Journey } from './journey';

/**
 * The journey with only the stages in `stageIds` (in the journey's own order), their cards, and the
 * connectors whose two ends are both kept. `null` means every stage. Never mutates its input.
 */
export function journeyWithStages(journey: Journey, stageIds: readonly Id[] | null): Journey {
  if (stageIds === null) return journey;
  const keep = new Set(stageIds);
  const cards = Object.fromEntries(
    Object.entries(journey.cards).filter(([, card]) => keep.has(card.stageId)),
  );
  const connectors = Object.fromEntries(
    Object.entries(journey.connectors).filter(
      ([, c]) => Object.hasOwn(cards, c.sourceCardId) && Object.hasOwn(cards, c.targetCardId),
    ),
  );
  return {
    ...journey,
    stages: journey.stages.filter((stage) => keep.has(stage.id)),
    cards,
    connectors,
  };
}
