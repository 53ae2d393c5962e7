// The inspector for notes, pain points, opportunities, moments of truth and emotion points.
import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { addSelectedCard, card, freshJourney, renderInspector, TYPING_TIMEOUT } from './helpers';

describe('the inspector for each card kind', TYPING_TIMEOUT, () => {
  beforeEach(freshJourney);

  it('edits a note’s text', async () => {
    const id = addSelectedCard('actions');
    const { user } = renderInspector();
    expect(screen.getByRole('heading', { name: 'Note' })).toBeInTheDocument();
    await user.type(screen.getByRole('textbox', { name: 'Text' }), 'Searches for a hotel');
    expect(card(id, 'note').text).toBe('Searches for a hotel');
  });

  it('edits a pain point’s description and severity', async () => {
    const id = addSelectedCard('painPoints');
    const { user } = renderInspector();
    await user.type(screen.getByRole('textbox', { name: 'Description' }), 'Hidden fees');
    const severity = screen.getByRole('group', { name: 'Severity' });
    expect(within(severity).getByRole('radio', { name: 'Medium' })).toBeChecked();
    await user.click(within(severity).getByRole('radio', { name: 'High' }));
    expect(card(id, 'painPoint')).toMatchObject({ text: 'Hidden fees', severity: 'high' });
  });

  it('edits an opportunity’s description, impact and effort separately', async () => {
    const id = addSelectedCard('opportunities');
    const { user } = renderInspector();
    await user.type(screen.getByRole('textbox', { name: 'Description' }), 'Show the total price');
    await user.click(
      within(screen.getByRole('group', { name: 'Impact' })).getByRole('radio', { name: 'High' }),
    );
    await user.click(
      within(screen.getByRole('group', { name: 'Effort' })).getByRole('radio', { name: 'Low' }),
    );
    expect(card(id, 'opportunity')).toMatchObject({
      text: 'Show the total price',
      impact: 'high',
      effort: 'low',
    });
  });

  it('edits a moment of truth, asking for a type name only when the type is custom', async () => {
    const id = addSelectedCard('momentsOfTruth');
    const { user } = renderInspector();
    const type = screen.getByRole('combobox', { name: 'Type' });
    expect(type).toHaveValue('FMOT');
    expect(screen.queryByRole('textbox', { name: 'Custom type name' })).not.toBeInTheDocument();

    await user.selectOptions(type, 'ZMOT');
    expect(card(id, 'momentOfTruth').momentType).toBe('ZMOT');

    await user.selectOptions(type, 'custom');
    await user.type(screen.getByRole('textbox', { name: 'Custom type name' }), 'Check-in');
    await user.type(screen.getByRole('textbox', { name: 'Title' }), 'Arrival at the desk');
    await user.type(screen.getByRole('textbox', { name: 'Description' }), 'First human contact');
    expect(card(id, 'momentOfTruth')).toMatchObject({
      momentType: 'custom',
      customType: 'Check-in',
      title: 'Arrival at the desk',
      description: 'First human contact',
    });
  });

  it('sets an emotion point’s score from −2 to +2 and its label', async () => {
    const id = addSelectedCard('emotions');
    const { user } = renderInspector();
    const score = screen.getByRole('group', { name: 'Score' });
    expect(within(score).getAllByRole('radio')).toHaveLength(5);
    expect(within(score).getByRole('radio', { name: '0' })).toBeChecked();
    await user.click(within(score).getByRole('radio', { name: '−2' }));
    expect(card(id, 'emotion').score).toBe(-2);
    await user.click(within(score).getByRole('radio', { name: '+2' }));
    expect(card(id, 'emotion').score).toBe(2);
    await user.type(screen.getByRole('textbox', { name: 'Label' }), 'Relieved');
    expect(card(id, 'emotion').label).toBe('Relieved');
  });
});
