// The inspector for a connector: where it goes, its label, its line style, and deleting it.
import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { actions, useUiStore } from '../../../src/store';
import { freshJourney, journey, laneId, renderInspector, stageId } from './helpers';

describe('the inspector for a connector', () => {
  let id: string;
  beforeEach(async () => {
    await freshJourney();
    const from = actions.addCard(stageId(0), laneId('touchpoints'));
    const to = actions.addCard(stageId(1), laneId('touchpoints'));
    if (!from || !to) throw new Error('cards not added');
    actions.updateCard(from, { title: 'Instagram ad' });
    id = actions.connectCards(from, to);
    useUiStore.getState().select({ kind: 'connector', id });
  });

  it('says which cards it links', () => {
    renderInspector();
    expect(screen.getByRole('heading', { name: 'Connector' })).toBeInTheDocument();
    expect(screen.getByText('From “Instagram ad” to “Untitled”')).toBeInTheDocument();
  });

  it('edits the label and the line style', async () => {
    const { user } = renderInspector();
    await user.type(screen.getByRole('textbox', { name: 'Connector label' }), 'Clicks through');
    const style = screen.getByRole('group', { name: 'Line style' });
    expect(within(style).getByRole('radio', { name: 'Solid' })).toBeChecked();
    await user.click(within(style).getByRole('radio', { name: 'Dotted' }));
    expect(journey().connectors[id]).toMatchObject({ label: 'Clicks through', style: 'dotted' });
  });

  it('deletes the connector but not its cards', async () => {
    const { user } = renderInspector();
    await user.click(screen.getByRole('button', { name: 'Delete connector' }));
    expect(journey().connectors[id]).toBeUndefined();
    expect(Object.keys(journey().cards)).toHaveLength(2);
    expect(useUiStore.getState().selection).toBeNull();
  });
});
