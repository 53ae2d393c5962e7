// @vitest-environment node
// Connector operations: link two cards, unlink them, and edit a link's label and style.
import { describe, expect, it } from 'vitest';
import { createConnector } from '../../src/model/factories';
import { JourneySchema } from '../../src/model/journey';
import { connectCards, disconnect, updateConnector } from '../../src/model/operations/connectors';
import { applyRecipe } from '../../src/model/operations/recipe';
import { applyChecked, connector, deepFreeze, seededJourney } from './helpers';

describe('connectCards', () => {
  it('connects two existing cards', () => {
    const journey = seededJourney();
    const link = {
      ...connector('new', 'a2', 't1'),
      label: 'goes online',
      style: 'dashed' as const,
    };
    const next = applyChecked(journey, connectCards(link)).journey;
    expect(next.connectors.new).toStrictEqual(link);
    expect(next.connectors.new).not.toBe(link);
    expect(JourneySchema.safeParse(next).success).toBe(true);
  });

  it('connects cards in different stages and lanes, as the omnichannel path does', () => {
    const journey = seededJourney();
    const link = createConnector('t0', 'p0', 'abandons');
    const next = applyChecked(journey, connectCards(link)).journey;
    expect(next.connectors[link.id]).toMatchObject({ sourceCardId: 't0', targetCardId: 'p0' });
  });

  it('refuses to link a card to itself', () => {
    const journey = seededJourney();
    const edit = applyRecipe(journey, connectCards(connector('self', 'a0', 'a0')));
    expect(edit.journey).toBe(journey);
    expect(edit.patches).toEqual([]);
  });

  it('refuses a second link with the same source and target', () => {
    const journey = seededJourney();
    // x01 already links a0 → a1.
    const edit = applyRecipe(journey, connectCards(connector('again', 'a0', 'a1')));
    expect(edit.journey).toBe(journey);
  });

  it('accepts the reverse of an existing link, since links are directed', () => {
    const journey = seededJourney();
    const next = applyChecked(journey, connectCards(connector('back', 'a1', 'a0'))).journey;
    expect(next.connectors.back).toBeDefined();
  });

  it('refuses a link whose id is already used', () => {
    const journey = seededJourney();
    const edit = applyRecipe(journey, connectCards(connector('x01', 'b0', 'b1')));
    expect(edit.journey).toBe(journey);
    expect(edit.journey.connectors.x01).toMatchObject({ sourceCardId: 'a0', targetCardId: 'a1' });
  });

  it('refuses a link to or from an unknown card', () => {
    const journey = seededJourney();
    expect(applyRecipe(journey, connectCards(connector('n', 'ghost', 'a0'))).journey).toBe(journey);
    expect(applyRecipe(journey, connectCards(connector('n', 'a0', 'ghost'))).journey).toBe(journey);
    expect(applyRecipe(journey, connectCards(connector('n', 'ghost', 'phantom'))).journey).toBe(
      journey,
    );
  });
});

describe('disconnect', () => {
  it('removes a connector and leaves its cards', () => {
    const journey = seededJourney();
    const next = applyChecked(journey, disconnect('xab')).journey;
    expect(next.connectors.xab).toBeUndefined();
    expect(Object.keys(next.connectors)).toHaveLength(4);
    expect(next.cards).toBe(journey.cards);
  });

  it('does nothing for an unknown connector', () => {
    const journey = seededJourney();
    const edit = applyRecipe(journey, disconnect('nope'));
    expect(edit.journey).toBe(journey);
    expect(edit.patches).toEqual([]);
  });
});

describe('updateConnector', () => {
  it('changes the label', () => {
    const journey = seededJourney();
    const next = applyChecked(journey, updateConnector('xt', { label: 'visits the site' })).journey;
    expect(next.connectors.xt).toMatchObject({ label: 'visits the site', style: 'solid' });
  });

  it('changes the style', () => {
    const journey = seededJourney();
    const next = applyChecked(journey, updateConnector('xt', { style: 'dotted' })).journey;
    expect(next.connectors.xt).toMatchObject({ label: '', style: 'dotted' });
  });

  it('changes label and style together and never the ends of the link', () => {
    const journey = seededJourney();
    const fields = { label: 'L', style: 'dashed', sourceCardId: 'b1' } as Parameters<
      typeof updateConnector
    >[1];
    const next = applyChecked(journey, updateConnector('x01', fields)).journey;
    expect(next.connectors.x01).toStrictEqual({
      id: 'x01',
      sourceCardId: 'a0',
      targetCardId: 'a1',
      label: 'L',
      style: 'dashed',
    });
  });

  it('does nothing for an unknown connector or an empty change', () => {
    const journey = seededJourney();
    expect(applyRecipe(journey, updateConnector('nope', { label: 'x' })).journey).toBe(journey);
    expect(applyRecipe(journey, updateConnector('xt', {})).journey).toBe(journey);
  });
});

describe('connector operations on a frozen journey', () => {
  it('never mutate the journey they are given', () => {
    const journey = seededJourney();
    const snapshot = structuredClone(journey);
    const frozen = deepFreeze(journey);
    for (const recipe of [
      connectCards(connector('n', 'b0', 'p0')),
      disconnect('x01'),
      updateConnector('xe', { label: 'mood drops', style: 'dotted' }),
    ]) {
      expect(() => applyRecipe(frozen, recipe)).not.toThrow();
    }
    expect(frozen).toStrictEqual(snapshot);
  });
});
