// @vitest-environment node
// Card operations: add at an index, edit fields, move between and within cells, duplicate, delete.
import { applyPatches } from 'immer';
import { describe, expect, it } from 'vitest';
import type { Card, CardFields } from '../../src/model/card';
import { JourneySchema } from '../../src/model/journey';
import {
  addCard,
  deleteCards,
  duplicateCard,
  moveCard,
  updateCard,
} from '../../src/model/operations/cards';
import { applyRecipe } from '../../src/model/operations/recipe';
import {
  applyChecked,
  card,
  cardWithId,
  cellIds,
  cellOrders,
  deepFreeze,
  emptyJourney,
  laneOfKind,
  seededJourney,
  stageId,
} from './helpers';

function cells() {
  const journey = seededJourney();
  return {
    journey,
    s0: stageId(journey, 0),
    s1: stageId(journey, 1),
    s2: stageId(journey, 2),
    actions: laneOfKind(journey, 'actions'),
    touchpoints: laneOfKind(journey, 'touchpoints'),
    emotions: laneOfKind(journey, 'emotions'),
  };
}

describe('addCard', () => {
  it('adds a card at the end of its cell when no index is given', () => {
    const { journey, s0, actions } = cells();
    const next = applyChecked(journey, addCard(cardWithId('new', 'note', s0, actions))).journey;
    expect(cellIds(next, s0, actions)).toEqual(['a0', 'a1', 'a2', 'new']);
    expect(cellOrders(next, s0, actions)).toEqual([0, 1, 2, 3]);
  });

  it('adds a card at the given index and renumbers the cell', () => {
    const { journey, s0, actions } = cells();
    const next = applyChecked(journey, addCard(cardWithId('new', 'note', s0, actions), 1)).journey;
    expect(cellIds(next, s0, actions)).toEqual(['a0', 'new', 'a1', 'a2']);
    expect(cellOrders(next, s0, actions)).toEqual([0, 1, 2, 3]);
  });

  it('adds a card at the top for index 0 and clamps an index past the end', () => {
    const { journey, s0, actions } = cells();
    const top = applyChecked(journey, addCard(cardWithId('new', 'note', s0, actions), 0)).journey;
    expect(cellIds(top, s0, actions)).toEqual(['new', 'a0', 'a1', 'a2']);
    const end = applyChecked(journey, addCard(cardWithId('new', 'note', s0, actions), 50)).journey;
    expect(cellIds(end, s0, actions)).toEqual(['a0', 'a1', 'a2', 'new']);
  });

  it('adds the first card of an empty cell with rank 0', () => {
    const journey = emptyJourney();
    const s = stageId(journey, 3);
    const lane = laneOfKind(journey, 'opportunities');
    const next = applyChecked(journey, addCard(cardWithId('o', 'opportunity', s, lane, 7))).journey;
    expect(card(next, 'o').order).toBe(0);
    expect(JourneySchema.safeParse(next).success).toBe(true);
  });

  it('ignores the rank carried by the new card and uses the index instead', () => {
    const { journey, s0, actions } = cells();
    const next = applyChecked(
      journey,
      addCard(cardWithId('new', 'note', s0, actions, -4), 2),
    ).journey;
    expect(cellIds(next, s0, actions)).toEqual(['a0', 'a1', 'new', 'a2']);
  });

  it('leaves cards of other cells untouched', () => {
    const { journey, s0, s1, actions } = cells();
    const next = applyRecipe(journey, addCard(cardWithId('new', 'note', s0, actions), 0)).journey;
    expect(next.cards.b0).toBe(journey.cards.b0);
    expect(cellIds(next, s1, actions)).toEqual(['b0', 'b1']);
  });

  it('ignores a card whose cell does not exist', () => {
    const { journey, s0, actions } = cells();
    for (const stray of [
      cardWithId('new', 'note', 'missing-stage', actions),
      cardWithId('new', 'note', s0, 'missing-lane'),
    ]) {
      const edit = applyRecipe(journey, addCard(stray));
      expect(edit.journey).toBe(journey);
      expect(edit.patches).toEqual([]);
    }
  });

  it('ignores a card whose id is already used', () => {
    const { journey, s1, actions } = cells();
    const edit = applyRecipe(journey, addCard(cardWithId('a0', 'note', s1, actions)));
    expect(edit.journey).toBe(journey);
  });
});

describe('updateCard', () => {
  it('edits the text of a note', () => {
    const { journey } = cells();
    const next = applyChecked(journey, updateCard('a0', { text: 'Sees a billboard' })).journey;
    expect(card(next, 'a0')).toMatchObject({ kind: 'note', text: 'Sees a billboard', order: 0 });
  });

  it('edits several touchpoint fields at once', () => {
    const { journey } = cells();
    const kpi = { name: 'Visits', value: '1200', target: '1500', unit: '/day' };
    const next = applyChecked(
      journey,
      updateCard<'touchpoint'>('t1', {
        title: 'Mobile site',
        channel: 'mobileApp',
        objective: 'drivePurchase',
        owner: 'E-commerce',
        kpi,
        rating: 4,
        color: '#ff0000',
      }),
    ).journey;
    expect(card(next, 't1')).toMatchObject({
      title: 'Mobile site',
      channel: 'mobileApp',
      objective: 'drivePurchase',
      owner: 'E-commerce',
      kpi,
      rating: 4,
      color: '#ff0000',
    });
    expect(JourneySchema.safeParse(next).success).toBe(true);
  });

  it('edits the severity of a pain point', () => {
    const { journey } = cells();
    const next = applyChecked(journey, updateCard<'painPoint'>('p0', { severity: 'high' })).journey;
    expect(card(next, 'p0')).toMatchObject({ severity: 'high', text: 'Slow checkout' });
  });

  it('edits the label and persona of an emotion point', () => {
    const { journey } = cells();
    const next = applyChecked(
      journey,
      updateCard<'emotion'>('e0', { label: 'Curious', personaId: 'p2' }),
    ).journey;
    expect(card(next, 'e0')).toMatchObject({ label: 'Curious', personaId: 'p2', score: 1 });
  });

  it('clamps an emotion score above +2 to +2 and below −2 to −2', () => {
    const { journey } = cells();
    const high = applyChecked(journey, updateCard<'emotion'>('e0', { score: 7 })).journey;
    const low = applyChecked(journey, updateCard<'emotion'>('e0', { score: -12 })).journey;
    const infinite = applyChecked(
      journey,
      updateCard<'emotion'>('e0', { score: Infinity }),
    ).journey;
    expect(card(high, 'e0')).toMatchObject({ score: 2 });
    expect(card(low, 'e0')).toMatchObject({ score: -2 });
    expect(card(infinite, 'e0')).toMatchObject({ score: 2 });
    expect(JourneySchema.safeParse(high).success).toBe(true);
  });

  it('rounds a fractional emotion score to a whole step', () => {
    const { journey } = cells();
    const up = applyChecked(journey, updateCard<'emotion'>('e0', { score: 1.6 })).journey;
    const down = applyChecked(journey, updateCard<'emotion'>('e0', { score: -0.4 })).journey;
    expect(card(up, 'e0')).toMatchObject({ score: 2 });
    expect((card(down, 'e0') as Extract<Card, { kind: 'emotion' }>).score + 0).toBe(0);
  });

  it('describes a score rounded to zero from below exactly in its patches', () => {
    const { journey } = cells();
    const atZero = applyRecipe(journey, updateCard<'emotion'>('e0', { score: 0 })).journey;
    const edit = applyRecipe(atZero, updateCard<'emotion'>('e0', { score: -0.3 }));
    expect(applyPatches(atZero, edit.patches)).toStrictEqual(edit.journey);
  });

  it('keeps every score from −2 to +2 as given', () => {
    const { journey } = cells();
    for (const score of [-2, -1, 0, 1, 2]) {
      const next = applyRecipe(journey, updateCard<'emotion'>('e1', { score })).journey;
      expect(card(next, 'e1')).toMatchObject({ score });
    }
  });

  it('keeps a valid emotion score when given NaN', () => {
    const { journey } = cells();
    const next = applyRecipe(journey, updateCard<'emotion'>('e0', { score: Number.NaN })).journey;
    expect(card(next, 'e0')).toMatchObject({ score: 1 });
  });

  it('cannot change id, kind, stage, lane or rank', () => {
    const { journey, s1, touchpoints } = cells();
    const sneaky = {
      id: 'hijacked',
      kind: 'painPoint',
      stageId: s1,
      laneId: touchpoints,
      order: 99,
      text: 'Edited',
    } as unknown as CardFields;
    const next = applyChecked(journey, updateCard('a1', sneaky)).journey;
    expect(card(next, 'a1')).toStrictEqual({ ...card(journey, 'a1'), text: 'Edited' });
    expect(next.cards.hijacked).toBeUndefined();
  });

  it('ignores fields that do not belong to the card’s kind', () => {
    const { journey } = cells();
    const fields = { severity: 'high', score: 2, text: 'Kept' } as unknown as CardFields;
    const next = applyChecked(journey, updateCard('a0', fields)).journey;
    expect(card(next, 'a0')).toStrictEqual({ ...card(journey, 'a0'), text: 'Kept' });
  });

  it('ignores fields whose value is undefined', () => {
    const { journey } = cells();
    const edit = applyRecipe(journey, updateCard<'note'>('a0', { text: undefined }));
    expect(edit.journey).toBe(journey);
    expect(edit.patches).toEqual([]);
  });

  it('ignores inherited names such as constructor and __proto__', () => {
    const { journey } = cells();
    const fields = JSON.parse(
      '{"constructor": "x", "__proto__": {"polluted": true}, "text": "Kept"}',
    ) as CardFields;
    const next = applyRecipe(journey, updateCard('a0', fields)).journey;
    expect(card(next, 'a0')).toStrictEqual({ ...card(journey, 'a0'), text: 'Kept' });
  });

  it('does nothing for an unknown card', () => {
    const { journey } = cells();
    expect(applyRecipe(journey, updateCard<'note'>('nope', { text: 'x' })).journey).toBe(journey);
  });
});

describe('moveCard', () => {
  it('moves a card to another cell and renumbers the ranks of both cells from 0', () => {
    const { journey, s0, s1, actions } = cells();
    const next = applyChecked(journey, moveCard('a1', { stageId: s1, laneId: actions }, 1)).journey;
    expect(card(next, 'a1')).toMatchObject({ stageId: s1, laneId: actions });
    expect(cellIds(next, s1, actions)).toEqual(['b0', 'a1', 'b1']);
    expect(cellOrders(next, s1, actions)).toEqual([0, 1, 2]);
    expect(cellIds(next, s0, actions)).toEqual(['a0', 'a2']);
    expect(cellOrders(next, s0, actions)).toEqual([0, 1]);
  });

  it('moves a card to the end of another cell when no index is given', () => {
    const { journey, s1, actions } = cells();
    const next = applyChecked(journey, moveCard('a0', { stageId: s1, laneId: actions })).journey;
    expect(cellIds(next, s1, actions)).toEqual(['b0', 'b1', 'a0']);
    expect(cellOrders(next, s1, actions)).toEqual([0, 1, 2]);
  });

  it('moves a card into another lane of the same stage', () => {
    const { journey, s0, actions, touchpoints } = cells();
    const next = applyChecked(
      journey,
      moveCard('a2', { stageId: s0, laneId: touchpoints }, 0),
    ).journey;
    expect(cellIds(next, s0, touchpoints)).toEqual(['a2', 't0']);
    expect(cellOrders(next, s0, touchpoints)).toEqual([0, 1]);
    expect(cellIds(next, s0, actions)).toEqual(['a0', 'a1']);
  });

  it('moves the last card out of a cell, leaving it empty', () => {
    const { journey, s0, s2, touchpoints } = cells();
    const next = applyChecked(
      journey,
      moveCard('t0', { stageId: s2, laneId: touchpoints }),
    ).journey;
    expect(cellIds(next, s0, touchpoints)).toEqual([]);
    expect(cellIds(next, s2, touchpoints)).toEqual(['t0']);
    expect(card(next, 't0').order).toBe(0);
  });

  it('moves a card down within its cell and renumbers the ranks from 0', () => {
    const { journey, s0, actions } = cells();
    const next = applyChecked(journey, moveCard('a0', { stageId: s0, laneId: actions }, 2)).journey;
    expect(cellIds(next, s0, actions)).toEqual(['a1', 'a2', 'a0']);
    expect(cellOrders(next, s0, actions)).toEqual([0, 1, 2]);
  });

  it('moves a card up within its cell', () => {
    const { journey, s0, actions } = cells();
    const next = applyChecked(journey, moveCard('a2', { stageId: s0, laneId: actions }, 0)).journey;
    expect(cellIds(next, s0, actions)).toEqual(['a2', 'a0', 'a1']);
    expect(cellOrders(next, s0, actions)).toEqual([0, 1, 2]);
  });

  it('closes gaps in the ranks of a cell it reorders', () => {
    const { journey, s0, actions } = cells();
    const gappy = {
      ...journey,
      cards: {
        ...journey.cards,
        a0: { ...card(journey, 'a0'), order: 10 },
        a1: { ...card(journey, 'a1'), order: 20 },
        a2: { ...card(journey, 'a2'), order: 30 },
      },
    };
    const next = applyChecked(gappy, moveCard('a2', { stageId: s0, laneId: actions }, 1)).journey;
    expect(cellIds(next, s0, actions)).toEqual(['a0', 'a2', 'a1']);
    expect(cellOrders(next, s0, actions)).toEqual([0, 1, 2]);
  });

  it('produces no change when a card is dropped where it already is', () => {
    const { journey, s0, actions } = cells();
    const edit = applyRecipe(journey, moveCard('a1', { stageId: s0, laneId: actions }, 1));
    expect(edit.journey).toBe(journey);
    expect(edit.patches).toEqual([]);
  });

  it('ignores a move to a cell that does not exist', () => {
    const { journey, actions, s0 } = cells();
    expect(
      applyRecipe(journey, moveCard('a0', { stageId: 'missing', laneId: actions })).journey,
    ).toBe(journey);
    expect(applyRecipe(journey, moveCard('a0', { stageId: s0, laneId: 'missing' })).journey).toBe(
      journey,
    );
  });

  it('ignores an unknown card', () => {
    const { journey, s0, actions } = cells();
    expect(applyRecipe(journey, moveCard('nope', { stageId: s0, laneId: actions })).journey).toBe(
      journey,
    );
  });

  it('keeps the connectors of a moved card', () => {
    const { journey, s2, actions } = cells();
    const next = applyChecked(journey, moveCard('a0', { stageId: s2, laneId: actions })).journey;
    expect(next.connectors).toBe(journey.connectors);
  });
});

describe('duplicateCard', () => {
  it('places the copy right after the original and renumbers the cell', () => {
    const { journey, s0, actions } = cells();
    const next = applyChecked(journey, duplicateCard('a0', 'copy')).journey;
    expect(cellIds(next, s0, actions)).toEqual(['a0', 'copy', 'a1', 'a2']);
    expect(cellOrders(next, s0, actions)).toEqual([0, 1, 2, 3]);
  });

  it('places the copy of the last card at the end', () => {
    const { journey, s0, actions } = cells();
    const next = applyChecked(journey, duplicateCard('a2', 'copy')).journey;
    expect(cellIds(next, s0, actions)).toEqual(['a0', 'a1', 'a2', 'copy']);
  });

  it('copies every field except the id and rank', () => {
    const { journey } = cells();
    const next = applyChecked(journey, duplicateCard('t0', 'copy')).journey;
    const original = card(next, 't0');
    const copy = card(next, 'copy');
    expect(copy).toStrictEqual({ ...original, id: 'copy', order: 1 });
    expect(original.order).toBe(0);
  });

  it('gives the copy its own nested objects', () => {
    const { journey } = cells();
    const next = applyRecipe(journey, duplicateCard('t0', 'copy')).journey;
    const original = card(next, 't0') as Extract<Card, { kind: 'touchpoint' }>;
    const copy = card(next, 'copy') as Extract<Card, { kind: 'touchpoint' }>;
    expect(copy.kpi).toStrictEqual(original.kpi);
    expect(copy.kpi).not.toBe(original.kpi);
  });

  it('does not copy the original’s connectors', () => {
    const { journey } = cells();
    const next = applyChecked(journey, duplicateCard('a0', 'copy')).journey;
    expect(next.connectors).toBe(journey.connectors);
  });

  it('ignores an unknown card and a new id that is already used', () => {
    const { journey } = cells();
    expect(applyRecipe(journey, duplicateCard('nope', 'copy')).journey).toBe(journey);
    expect(applyRecipe(journey, duplicateCard('a0', 'a1')).journey).toBe(journey);
  });
});

describe('deleteCards', () => {
  it('deletes a card and the connectors that touch it', () => {
    const { journey } = cells();
    const next = applyChecked(journey, deleteCards(['a0'])).journey;
    expect(next.cards.a0).toBeUndefined();
    expect(Object.keys(next.connectors).sort()).toEqual(['xe', 'xp', 'xt']);
  });

  it('deletes several cards and every connector touching any of them, as source or target', () => {
    const { journey } = cells();
    const next = applyChecked(journey, deleteCards(['a1', 'p0', 't1'])).journey;
    expect(Object.keys(next.cards).sort()).toEqual([
      'a0',
      'a2',
      'b0',
      'b1',
      'e0',
      'e1',
      'e2',
      't0',
    ]);
    // x01 targets a1, xp targets p0, xt targets t1.
    expect(Object.keys(next.connectors).sort()).toEqual(['xab', 'xe']);
    expect(JourneySchema.safeParse(next).success).toBe(true);
  });

  it('leaves connectors that touch no deleted card', () => {
    const { journey } = cells();
    const next = applyChecked(journey, deleteCards(['a2'])).journey;
    expect(next.connectors).toBe(journey.connectors);
  });

  it('deletes cards and connectors in one edit whose inverse patches restore them', () => {
    const journey = deepFreeze(seededJourney());
    const edit = applyRecipe(journey, deleteCards(['a0', 'e1']));
    expect(applyPatches(edit.journey, edit.inversePatches)).toStrictEqual(journey);
  });

  it('ignores unknown ids and an empty list', () => {
    const { journey } = cells();
    expect(applyRecipe(journey, deleteCards(['nope'])).journey).toBe(journey);
    expect(applyRecipe(journey, deleteCards([])).journey).toBe(journey);
  });
});

describe('card operations on a frozen journey', () => {
  it('never mutate the journey they are given', () => {
    const { journey, s1, s2, actions } = cells();
    const snapshot = structuredClone(journey);
    const frozen = deepFreeze(journey);
    for (const recipe of [
      addCard(cardWithId('new', 'note', s1, actions), 0),
      updateCard<'note'>('a0', { text: 'Edited' }),
      updateCard<'emotion'>('e0', { score: 9 }),
      moveCard('a0', { stageId: s2, laneId: actions }, 0),
      moveCard('a0', { stageId: frozen.cards.a0?.stageId ?? '', laneId: actions }, 2),
      duplicateCard('t0', 'copy'),
      deleteCards(['a0', 'b1']),
    ]) {
      expect(() => applyRecipe(frozen, recipe)).not.toThrow();
    }
    expect(frozen).toStrictEqual(snapshot);
  });

  it('do not keep the caller’s card object in the journey', () => {
    const { journey, s1, actions } = cells();
    const fresh = cardWithId('new', 'note', s1, actions);
    const next = applyRecipe(journey, addCard(fresh)).journey;
    expect(next.cards.new).not.toBe(fresh);
    expect(fresh.order).toBe(0);
  });
});
