// @vitest-environment node
// Property tests over random edit sessions: undo and redo by Immer patches round-trip exactly,
// no operation mutates its input, and every journey along the way stays valid and consistent.
import fc from 'fast-check';
import { applyPatches } from 'immer';
import { describe, expect, it } from 'vitest';
import { JourneySchema, type Journey } from '../../src/model/journey';
import { LAYOUT, layoutJourney } from '../../src/model/layout';
import { applyRecipe, type JourneyEdit } from '../../src/model/operations/recipe';
import { cardsByCell } from '../../src/model/queries';
import { readJourney } from '../../src/model';
import { sessionArbitrary, toRecipe, type Op } from './arbitraries';
import { overlappingPairs } from './geometry';
import { deepFreeze, seededJourney } from './helpers';

const NUM_RUNS = 200;

interface Session {
  start: Journey;
  edits: JourneyEdit[];
  /** history[i] is the journey before edit i; history[edits.length] is the last journey. */
  history: Journey[];
}

/**
 * Applies every operation in turn. Every journey is frozen (the start by deepFreeze, the rest by
 * Immer), so a mutation would throw; with `compareInputs` each input is also compared with a
 * structured clone taken before the edit.
 */
function play(ops: readonly Op[], compareInputs = false): Session {
  const start = deepFreeze(seededJourney());
  const history: Journey[] = [start];
  const edits: JourneyEdit[] = [];
  let journey = start;
  ops.forEach((op, step) => {
    const before = compareInputs ? structuredClone(journey) : null;
    const edit = applyRecipe(journey, toRecipe(op, journey, step));
    if (before) expect(journey).toStrictEqual(before);
    edits.push(edit);
    history.push(edit.journey);
    journey = edit.journey;
  });
  return { start, edits, history };
}

/** Breaches of the model's own invariants, which every operation must keep. */
function problems(journey: Journey): string[] {
  const found: string[] = [];
  const parsed = JourneySchema.safeParse(journey);
  if (!parsed.success) found.push(`schema: ${parsed.error.issues[0]?.message ?? ''}`);
  const stageIds = new Set(journey.stages.map((s) => s.id));
  const laneIds = new Set(journey.lanes.map((l) => l.id));
  if (stageIds.size !== journey.stages.length) found.push('duplicate stage id');
  if (laneIds.size !== journey.lanes.length) found.push('duplicate lane id');
  if (new Set(journey.personaIds).size !== journey.personaIds.length) found.push('persona twice');
  for (const [key, card] of Object.entries(journey.cards)) {
    if (card.id !== key) found.push(`card ${key} stored under another id`);
    if (!stageIds.has(card.stageId) || !laneIds.has(card.laneId)) found.push(`card ${key} lost`);
  }
  const links = new Set<string>();
  for (const [key, connector] of Object.entries(journey.connectors)) {
    const { sourceCardId: from, targetCardId: to } = connector;
    if (connector.id !== key) found.push(`connector ${key} stored under another id`);
    if (from === to) found.push(`connector ${key} is a self-link`);
    if (!journey.cards[from] || !journey.cards[to]) found.push(`connector ${key} dangles`);
    if (links.has(`${from}>${to}`)) found.push(`connector ${key} duplicates a link`);
    links.add(`${from}>${to}`);
  }
  for (const [key, cell] of cardsByCell(journey)) {
    const orders = cell.map((card) => card.order);
    if (new Set(orders).size !== orders.length) found.push(`cell ${key} has tied ranks`);
  }
  return found;
}

describe('random edit sessions', () => {
  it('undo by inverse patches in reverse returns to the first journey, and redo by forward patches to the last', () => {
    fc.assert(
      fc.property(sessionArbitrary(30), (ops) => {
        const { start, edits, history } = play(ops, true);
        const last = history[history.length - 1] as Journey;

        let undone = last;
        for (let i = edits.length - 1; i >= 0; i -= 1) {
          undone = applyPatches(undone, (edits[i] as JourneyEdit).inversePatches);
          expect(undone).toStrictEqual(history[i]);
        }
        expect(undone).toStrictEqual(start);

        let redone = start;
        edits.forEach((edit, i) => {
          redone = applyPatches(redone, edit.patches);
          expect(redone).toStrictEqual(history[i + 1]);
        });
        expect(redone).toStrictEqual(last);
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('undo then redo of every step lands back on the same journey', () => {
    fc.assert(
      fc.property(sessionArbitrary(30), (ops) => {
        const { edits, history } = play(ops);
        edits.forEach((edit, i) => {
          const undone = applyPatches(history[i + 1] as Journey, edit.inversePatches);
          expect(applyPatches(undone, edit.patches)).toStrictEqual(history[i + 1]);
        });
      }),
      { numRuns: NUM_RUNS / 4 },
    );
  });

  it('keep every journey valid, with connectors and cards pointing at things that exist', () => {
    fc.assert(
      fc.property(sessionArbitrary(30), (ops) => {
        const { history } = play(ops);
        expect(history.flatMap(problems)).toEqual([]);
        // What autosave or export writes reads back as the same journey.
        const json: unknown = JSON.parse(JSON.stringify(history[history.length - 1]));
        expect(readJourney(json)).toStrictEqual({ ok: true, journey: json });
      }),
      { numRuns: NUM_RUNS / 2 },
    );
  });

  it('lay out every journey without overlapping boxes in lanes that are not emotion lanes', () => {
    // Emotion lanes are left out: see the two it.fails cases in layout.test.ts.
    fc.assert(
      fc.property(sessionArbitrary(30), (ops) => {
        const { history } = play(ops);
        const last = history[history.length - 1] as Journey;
        const emotionLanes = new Set(
          last.lanes.filter((lane) => lane.kind === 'emotions').map((lane) => lane.id),
        );
        const layout = layoutJourney(last);
        for (const id of emotionLanes) {
          for (const card of Object.values(last.cards)) {
            if (card.laneId === id) layout.cards.delete(card.id);
          }
        }
        expect(overlappingPairs(last, layout)).toEqual([]);
        expect(layout.width).toBe(LAYOUT.laneHeaderWidth + last.stages.length * LAYOUT.columnWidth);
      }),
      { numRuns: NUM_RUNS / 4 },
    );
  });
});
