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

describe('a card’s connectors in its inspector', () => {
  let from: string;
  let to: string;
  beforeEach(async () => {
    await freshJourney();
    const source = actions.addCard(stageId(0), laneId('touchpoints'));
    const target = actions.addCard(stageId(1), laneId('touchpoints'));
    if (!source || !target) throw new Error('cards not added');
    from = source;
    to = target;
    actions.updateCard(from, { title: 'Instagram ad' });
    actions.updateCard(to, { title: 'Booking site' });
    useUiStore.getState().select({ kind: 'cards', ids: [from] });
  });

  it('says so when the card has none', () => {
    renderInspector();
    const path = screen.getByRole('group', { name: 'Customer path' });
    expect(within(path).getByText('No connector yet.')).toBeInTheDocument();
  });

  it('connects the card to another one picked by stage and lane, then opens that connector', async () => {
    const { user } = renderInspector();
    const path = screen.getByRole('group', { name: 'Customer path' });
    const connect = within(path).getByRole('button', { name: 'Connect' });
    expect(connect).toBeDisabled();
    const picker = within(path).getByRole('combobox', { name: 'Connect to' });
    // The card itself is not offered; the other card is, under its stage's name.
    expect(within(picker).queryByRole('option', { name: /Instagram ad/ })).toBeNull();
    const option = within(picker).getByRole('option', { name: /Booking site/ });
    expect(option.closest('optgroup')?.label).toBe(journey().stages[1]!.name);

    await user.selectOptions(picker, option);
    await user.click(connect);
    const connectors = Object.values(journey().connectors);
    expect(connectors).toMatchObject([{ sourceCardId: from, targetCardId: to }]);

    await user.click(within(path).getByRole('button', { name: 'To “Booking site”' }));
    expect(useUiStore.getState().selection).toEqual({ kind: 'connector', id: connectors[0]!.id });
  });

  it('lists the connectors that arrive at the card too', () => {
    actions.connectCards(to, from, 'Retargeting');
    renderInspector();
    const path = screen.getByRole('group', { name: 'Customer path' });
    expect(within(path).getByRole('button', { name: 'From “Booking site” · Retargeting' })).toBeVisible();
  });
});
