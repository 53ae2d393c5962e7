// The inspector for a touchpoint, and what every card shares: colour, duplicate and delete.
import { fireEvent, screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { journeyStore, useUiStore } from '../../../src/store';
import {
  addSelectedCard,
  card,
  freshJourney,
  journey,
  renderInspector,
  TYPING_TIMEOUT,
} from './helpers';

describe('the inspector for a touchpoint', TYPING_TIMEOUT, () => {
  let id: string;
  beforeEach(async () => {
    await freshJourney();
    id = addSelectedCard('touchpoints');
  });

  it('names the card kind and the cell it sits in', () => {
    renderInspector();
    expect(screen.getByRole('heading', { name: 'Touchpoint' })).toBeInTheDocument();
    expect(screen.getByText('Awareness · Touchpoints')).toBeInTheDocument();
  });

  it('edits the title as the user types, in one undo step', async () => {
    const { user } = renderInspector();
    const title = screen.getByRole('textbox', { name: 'Title' });
    await user.type(title, 'Booking page');
    expect(card(id, 'touchpoint').title).toBe('Booking page');
    expect(journeyStore.getState().history.past).toHaveLength(2); // the add, then the typing
  });

  it('sets the channel and the objective from their lists', async () => {
    const { user } = renderInspector();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Channel' }), 'Email');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Objective' }), 'Drive purchase');
    expect(card(id, 'touchpoint')).toMatchObject({ channel: 'email', objective: 'drivePurchase' });
  });

  it('offers every channel and every objective', () => {
    renderInspector();
    expect(
      within(screen.getByRole('combobox', { name: 'Channel' })).getAllByRole('option'),
    ).toHaveLength(13);
    expect(
      within(screen.getByRole('combobox', { name: 'Objective' })).getAllByRole('option'),
    ).toHaveLength(3);
  });

  it('edits the owner and every part of the KPI', async () => {
    const { user } = renderInspector();
    await user.type(screen.getByRole('textbox', { name: 'Owner' }), 'Digital team');
    await user.type(screen.getByRole('textbox', { name: 'KPI name' }), 'Conversion');
    await user.type(screen.getByRole('textbox', { name: 'KPI value' }), '3.2');
    await user.type(screen.getByRole('textbox', { name: 'KPI target' }), '4');
    await user.type(screen.getByRole('textbox', { name: 'KPI unit' }), '%');
    expect(card(id, 'touchpoint')).toMatchObject({
      owner: 'Digital team',
      kpi: { name: 'Conversion', value: '3.2', target: '4', unit: '%' },
    });
  });

  it('rates the touchpoint from 1 to 5, and clears the rating', async () => {
    const { user } = renderInspector();
    const rating = screen.getByRole('group', { name: 'Satisfaction rating' });
    expect(within(rating).getByRole('radio', { name: 'None' })).toBeChecked();
    await user.click(within(rating).getByRole('radio', { name: '4' }));
    expect(card(id, 'touchpoint').rating).toBe(4);
    expect(within(rating).getByRole('radio', { name: '4' })).toBeChecked();
    await user.click(within(rating).getByRole('radio', { name: 'None' }));
    expect(card(id, 'touchpoint').rating).toBeNull();
  });

  it('sets an accent colour and resets it to none', async () => {
    const { user } = renderInspector();
    const reset = screen.getByRole('button', { name: 'Reset colour' });
    expect(reset).toBeDisabled();
    fireEvent.change(screen.getByLabelText('Accent colour'), { target: { value: '#ff0000' } });
    expect(card(id, 'touchpoint').color).toBe('#ff0000');
    expect(reset).toBeEnabled();
    await user.click(reset);
    expect(card(id, 'touchpoint').color).toBeNull();
  });

  it('duplicates the card and selects the copy', async () => {
    const { user } = renderInspector();
    await user.type(screen.getByRole('textbox', { name: 'Title' }), 'Ad');
    await user.click(screen.getByRole('button', { name: 'Duplicate' }));
    const cards = Object.values(journey().cards);
    expect(cards).toHaveLength(2);
    const selection = useUiStore.getState().selection;
    expect(selection?.kind === 'cards' && selection.ids).toEqual([
      cards.find((c) => c.id !== id)?.id,
    ]);
    expect(screen.getByRole('textbox', { name: 'Title' })).toHaveValue('Ad');
  });

  it('deletes the card and shows the empty state', async () => {
    const { user } = renderInspector();
    await user.click(screen.getByRole('button', { name: 'Delete' }));
    expect(journey().cards[id]).toBeUndefined();
    expect(useUiStore.getState().selection).toBeNull();
    expect(screen.getByRole('heading', { name: 'Nothing selected' })).toBeInTheDocument();
  });
});
