// The Focus control: choosing a focus from its menu, the highlights, the indicator and Clear focus.
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { i18n, switchLocale } from '../../../src/i18n';
import { actions, journeyStore } from '../../../src/store';
import { createDefaultJourney } from '../../support/defaultJourney';
import { useFocusStore } from '../../../src/store/focusStore';
import { FocusControl } from '../../../src/ui/focus/FocusControl';

describe('FocusControl', () => {
  beforeEach(async () => {
    await switchLocale('en');
    journeyStore.getState().load(createDefaultJourney(i18n.t));
    useFocusStore.getState().clearFocus();
  });

  it('focuses the stage chosen in its menu, names it, and clears it in one click', async () => {
    const user = userEvent.setup();
    render(<FocusControl />);
    expect(screen.queryByRole('button', { name: 'Clear focus' })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Focus' }));
    const menu = screen.getByRole('group', { name: 'Focus and filter' });
    expect(menu).toBeVisible();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Focus' }), '3. Purchase');

    const purchase = journeyStore.getState().journey.stages[2]!;
    expect(useFocusStore.getState().target).toEqual({ kind: 'stage', id: purchase.id });
    expect(screen.queryByRole('group', { name: 'Focus and filter' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Focus: Purchase' })).toHaveAttribute(
      'aria-expanded',
      'false',
    );

    await user.click(screen.getByRole('button', { name: 'Clear focus' }));
    expect(useFocusStore.getState().target).toBeNull();
    expect(screen.getByRole('button', { name: 'Focus' })).toBeVisible();
  });

  it('turns the highlights on and off as pressed toggle buttons', async () => {
    const user = userEvent.setup();
    render(<FocusControl />);
    await user.click(screen.getByRole('button', { name: 'Focus' }));
    const pains = screen.getByRole('button', { name: 'Pain points' });
    await user.click(pains);
    expect(pains).toHaveAttribute('aria-pressed', 'true');
    await user.click(screen.getByRole('button', { name: 'Moments of truth' }));
    expect(useFocusStore.getState()).toMatchObject({ painPoints: true, momentsOfTruth: true });
    expect(
      screen.getByRole('button', { name: 'Focus: Pain points · Moments of truth' }),
    ).toBeVisible();
    await user.click(pains);
    expect(pains).toHaveAttribute('aria-pressed', 'false');
  });

  it('offers only the channels the journey’s touchpoints use', async () => {
    const { stages, lanes } = journeyStore.getState().journey;
    const touchpoints = lanes.find((lane) => lane.kind === 'touchpoints')!;
    const id = actions.addCard(stages[0]!.id, touchpoints.id, 'touchpoint')!;
    actions.updateCard(id, { channel: 'email' });
    const user = userEvent.setup();
    render(<FocusControl />);
    await user.click(screen.getByRole('button', { name: 'Focus' }));
    expect(screen.getByRole('option', { name: 'Whole map' })).toBeInTheDocument();
    expect(screen.getByRole('option', { name: 'Email' })).toBeInTheDocument();
    expect(screen.queryByRole('option', { name: 'Web' })).toBeNull();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Focus' }), 'Email');
    expect(useFocusStore.getState().target).toEqual({ kind: 'channel', channel: 'email' });
  });

  it('closes its menu with Escape', async () => {
    const user = userEvent.setup();
    render(<FocusControl />);
    await user.click(screen.getByRole('button', { name: 'Focus' }));
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('group', { name: 'Focus and filter' })).toBeNull();
  });
});
