// The inspector for several selected cards: the count, duplicate all and delete all.
import { screen } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { actions, useUiStore } from '../../../src/store';
import { freshJourney, journey, laneId, renderInspector, stageId } from './helpers';

describe('the inspector for several cards', () => {
  let ids: string[];
  beforeEach(async () => {
    await freshJourney();
    ids = [
      actions.addCard(stageId(0), laneId('actions')),
      actions.addCard(stageId(1), laneId('painPoints')),
      actions.addCard(stageId(2), laneId('opportunities')),
    ].filter((id): id is string => id !== null);
    useUiStore.getState().select({ kind: 'cards', ids });
  });

  it('says how many cards are selected', () => {
    renderInspector();
    expect(screen.getByRole('heading', { name: 'Several cards' })).toBeInTheDocument();
    expect(screen.getByText('3 cards selected')).toBeInTheDocument();
  });

  it('duplicates them all in one step and selects the copies', async () => {
    const { user } = renderInspector();
    await user.click(screen.getByRole('button', { name: 'Duplicate all' }));
    expect(Object.keys(journey().cards)).toHaveLength(6);
    const selection = useUiStore.getState().selection;
    expect(selection?.kind === 'cards' && selection.ids.every((id) => !ids.includes(id))).toBe(
      true,
    );
    actions.undo();
    expect(Object.keys(journey().cards)).toHaveLength(3);
  });

  it('deletes them all in one step', async () => {
    const { user } = renderInspector();
    await user.click(screen.getByRole('button', { name: 'Delete all' }));
    expect(Object.keys(journey().cards)).toHaveLength(0);
    expect(useUiStore.getState().selection).toBeNull();
    actions.undo();
    expect(Object.keys(journey().cards)).toHaveLength(3);
  });
});
