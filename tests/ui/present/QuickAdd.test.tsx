// Quick-add while presenting: the card lands in the stage on screen, in the chosen lane, and the
// lane is offered again next time; nothing can be added in a read-only tab.
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { i18n, switchLocale } from '../../../src/i18n';
import { cardTitle } from '../../../src/model';
import { journeyStore } from '../../../src/store';
import { createDefaultJourney } from '../../support/defaultJourney';
import { usePresentStore } from '../../../src/store/presentStore';
import { QuickAdd } from '../../../src/ui/present/QuickAdd';

function research() {
  const stage = journeyStore.getState().journey.stages[1];
  if (!stage) throw new Error('no second stage');
  return stage;
}

describe('quick-add', () => {
  beforeEach(async () => {
    await switchLocale('en');
    journeyStore.getState().load(createDefaultJourney(i18n.t));
    journeyStore.getState().setReadOnly(false);
    usePresentStore.setState({ lastLaneId: null });
  });

  it('adds the typed idea to the current stage and first lane, then clears the field', async () => {
    const user = userEvent.setup();
    const stage = research();
    render(<QuickAdd stage={stage} stageName={stage.name} />);
    const form = screen.getByRole('form', { name: `Quick add to ${stage.name}` });
    expect(screen.getByRole('combobox', { name: 'Lane' })).toHaveDisplayValue('Actions');
    const field = screen.getByRole('textbox', { name: 'New card' });
    await user.type(field, 'Reads reviews on the bus{Enter}');

    const { journey } = journeyStore.getState();
    const cards = Object.values(journey.cards);
    expect(cards).toHaveLength(1);
    expect(cards[0] && cardTitle(cards[0])).toBe('Reads reviews on the bus');
    expect(cards[0]).toMatchObject({ stageId: stage.id, laneId: journey.lanes[0]?.id });
    expect(field).toHaveValue('');
    expect(form).toHaveTextContent('Added to Actions');
  });

  it('remembers the last lane used', async () => {
    const user = userEvent.setup();
    const stage = research();
    const { unmount } = render(<QuickAdd stage={stage} stageName={stage.name} />);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Lane' }), 'Pain points');
    await user.type(screen.getByRole('textbox', { name: 'New card' }), 'Too many tabs{Enter}');
    unmount();

    render(<QuickAdd stage={stage} stageName={stage.name} />);
    expect(screen.getByRole('combobox', { name: 'Lane' })).toHaveDisplayValue('Pain points');
    const card = Object.values(journeyStore.getState().journey.cards)[0];
    expect(card).toMatchObject({ kind: 'painPoint', text: 'Too many tabs' });
  });

  it('ignores an empty idea', async () => {
    const user = userEvent.setup();
    const stage = research();
    render(<QuickAdd stage={stage} stageName={stage.name} />);
    await user.type(screen.getByRole('textbox', { name: 'New card' }), '   {Enter}');
    expect(journeyStore.getState().journey.cards).toEqual({});
    expect(screen.getByRole('button', { name: 'Add' })).toBeDisabled();
  });

  it('is disabled in a read-only tab', () => {
    journeyStore.getState().setReadOnly(true);
    const stage = research();
    render(<QuickAdd stage={stage} stageName={stage.name} />);
    expect(screen.getByRole('textbox', { name: 'New card' })).toBeDisabled();
    expect(screen.getByRole('combobox', { name: 'Lane' })).toBeDisabled();
    expect(screen.getByRole('textbox', { name: 'New card' })).toHaveAttribute(
      'placeholder',
      'Read-only in this tab',
    );
  });
});
