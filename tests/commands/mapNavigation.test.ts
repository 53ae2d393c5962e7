// Arrow keys on the map: from cell to card to the next cell down, across stages at the same depth,
// out to the stage and lane headers at the edges, and nowhere past the map's edge.
import { describe, expect, it } from 'vitest';
import {
  cellNodeId,
  firstCell,
  neighbour,
  nodeOfSelection,
  placeOf,
} from '../../src/commands/mapNavigation';
import { createCard, createJourney, type Journey } from '../../src/model';
import { LABELS } from '../persistence/helpers';

/** Two cards in the first cell (stage 0, lane 0), one in the cell to its right. */
function journeyWithCards(): Journey {
  const journey = createJourney(LABELS);
  const [s0, s1] = journey.stages;
  const [l0] = journey.lanes;
  const a = { ...createCard('note', { stageId: s0!.id, laneId: l0!.id }), order: 0 };
  const b = { ...createCard('note', { stageId: s0!.id, laneId: l0!.id }), order: 1 };
  const c = { ...createCard('note', { stageId: s1!.id, laneId: l0!.id }), order: 0 };
  return { ...journey, cards: { [b.id]: b, [a.id]: a, [c.id]: c } };
}

describe('moving around the map with the arrow keys', () => {
  const journey = journeyWithCards();
  const [s0, s1] = journey.stages;
  const [l0, l1] = journey.lanes;
  const [b, a, c] = Object.keys(journey.cards);
  const cell00 = cellNodeId(s0!.id, l0!.id);

  it('starts on the first cell', () => {
    expect(firstCell(journey)).toBe(cell00);
  });

  it('goes down from a cell through its cards in order, then to the cell below', () => {
    expect(neighbour(journey, cell00, 0, 1)).toBe(a);
    expect(neighbour(journey, a!, 0, 1)).toBe(b);
    expect(neighbour(journey, b!, 0, 1)).toBe(cellNodeId(s0!.id, l1!.id));
  });

  it('goes up from a cell to the last card of the cell above, and from the top to the stage', () => {
    expect(neighbour(journey, cellNodeId(s0!.id, l1!.id), 0, -1)).toBe(b);
    expect(neighbour(journey, a!, 0, -1)).toBe(cell00);
    expect(neighbour(journey, cell00, 0, -1)).toBe(`stage:${s0!.id}`);
  });

  it('goes across at the same depth, or as deep as the next cell goes', () => {
    expect(neighbour(journey, a!, 1, 0)).toBe(c);
    expect(neighbour(journey, b!, 1, 0)).toBe(c);
    expect(neighbour(journey, c!, -1, 0)).toBe(a);
    expect(neighbour(journey, cell00, -1, 0)).toBe(`lane:${l0!.id}`);
  });

  it('walks the headers and steps back into the grid from them', () => {
    expect(neighbour(journey, `stage:${s0!.id}`, 1, 0)).toBe(`stage:${s1!.id}`);
    expect(neighbour(journey, `stage:${s0!.id}`, 0, 1)).toBe(cell00);
    expect(neighbour(journey, `lane:${l0!.id}`, 0, 1)).toBe(`lane:${l1!.id}`);
    expect(neighbour(journey, `lane:${l0!.id}`, 1, 0)).toBe(cell00);
  });

  it('stops at the edges of the map', () => {
    const lastStage = journey.stages.at(-1)!;
    const lastLane = journey.lanes.at(-1)!;
    expect(neighbour(journey, `stage:${s0!.id}`, 0, -1)).toBeNull();
    expect(neighbour(journey, `lane:${l0!.id}`, -1, 0)).toBeNull();
    expect(neighbour(journey, cellNodeId(lastStage.id, l0!.id), 1, 0)).toBeNull();
    expect(neighbour(journey, cellNodeId(s0!.id, lastLane.id), 0, 1)).toBeNull();
    expect(neighbour(journey, 'nothing', 1, 0)).toBeNull();
  });

  it('skips the cards of a collapsed lane, which the map does not draw', () => {
    const collapsed = {
      ...journey,
      lanes: journey.lanes.map((lane, i) => (i === 0 ? { ...lane, collapsed: true } : lane)),
    };
    expect(neighbour(collapsed, cell00, 0, 1)).toBe(cellNodeId(s0!.id, l1!.id));
  });

  it('names the node a selection stands on, and reads node ids back', () => {
    expect(nodeOfSelection({ kind: 'cards', ids: [a!] })).toBe(a);
    expect(nodeOfSelection({ kind: 'lane', id: l0!.id })).toBe(`lane:${l0!.id}`);
    expect(nodeOfSelection({ kind: 'connector', id: 'x' })).toBeNull();
    expect(placeOf(journey, cell00)).toEqual({ kind: 'cell', stageId: s0!.id, laneId: l0!.id });
  });
});
