// The inspector panel itself: its landmark, empty state, showing and hiding, undo, read-only, French.
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { switchLocale } from '../../../src/i18n';
import { actions, journeyStore, useUiStore } from '../../../src/store';
import { Inspector } from '../../../src/ui/inspector/Inspector';
import { Toolbar } from '../../../src/ui/Toolbar';
import { addSelectedCard, freshJourney, renderInspector } from './helpers';

describe('the inspector panel', () => {
  beforeEach(freshJourney);
  afterEach(async () => {
    await switchLocale('en');
  });

  it('is a landmark named Inspector that explains what to do when nothing is selected', () => {
    renderInspector();
    const panel = screen.getByRole('complementary', { name: 'Inspector' });
    expect(panel).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Nothing selected' })).toBeInTheDocument();
    expect(screen.getByText(/Double-click an empty cell/)).toBeInTheDocument();
    expect(screen.getByText(/Click a card, a stage header/)).toBeInTheDocument();
  });

  it('shows the empty state for a selected cell', () => {
    useUiStore.getState().select({ kind: 'cell', stageId: 'x', laneId: 'y' });
    renderInspector();
    expect(screen.getByRole('heading', { name: 'Nothing selected' })).toBeInTheDocument();
  });

  it('hides itself with its close button and comes back when reopened', async () => {
    const { user } = renderInspector();
    await user.click(screen.getByRole('button', { name: 'Hide inspector' }));
    expect(useUiStore.getState().inspectorOpen).toBe(false);
    expect(screen.queryByRole('complementary', { name: 'Inspector' })).not.toBeInTheDocument();
    act(() => useUiStore.getState().setInspectorOpen(true));
    expect(screen.getByRole('complementary', { name: 'Inspector' })).toBeInTheDocument();
  });

  it('follows the selection from one card to another', async () => {
    const first = addSelectedCard('actions');
    actions.updateCard(first, { text: 'First' });
    renderInspector();
    expect(screen.getByRole('textbox', { name: 'Text' })).toHaveValue('First');
    act(() => {
      addSelectedCard('painPoints');
    });
    expect(screen.getByRole('heading', { name: 'Pain point' })).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Description' })).toHaveValue('');
  });

  it('shows what undo restores in the field being edited', async () => {
    addSelectedCard('actions');
    const { user } = renderInspector();
    const text = screen.getByRole('textbox', { name: 'Text' });
    await user.type(text, 'Calls the hotel');
    act(() => actions.undo());
    expect(text).toHaveValue('');
    act(() => actions.redo());
    expect(text).toHaveValue('Calls the hotel');
  });

  it('falls back to the empty state when the selected card goes away', () => {
    addSelectedCard('actions');
    renderInspector();
    act(() => actions.undo());
    expect(screen.getByRole('heading', { name: 'Nothing selected' })).toBeInTheDocument();
  });

  it('disables every control while the journey is read-only', () => {
    addSelectedCard('touchpoints');
    journeyStore.getState().setReadOnly(true);
    renderInspector();
    expect(screen.getByRole('textbox', { name: 'Title' })).toBeDisabled();
    expect(screen.getByRole('combobox', { name: 'Channel' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Delete' })).toBeDisabled();
  });

  it('speaks French when the interface does', async () => {
    addSelectedCard('touchpoints');
    await switchLocale('fr');
    render(<Inspector />);
    expect(screen.getByRole('complementary', { name: 'Inspecteur' })).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Canal' })).toBeInTheDocument();
    expect(screen.getByRole('group', { name: 'Note de satisfaction' })).toBeInTheDocument();
  });

  it('is shown and hidden by the toolbar’s Inspector button', async () => {
    const user = userEvent.setup();
    render(
      <>
        <Toolbar />
        <Inspector />
      </>,
    );
    const toggle = screen.getByRole('button', { name: 'Inspector' });
    expect(toggle).toHaveAttribute('aria-pressed', 'true');
    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-pressed', 'false');
    expect(screen.queryByRole('complementary')).not.toBeInTheDocument();
    await user.click(toggle);
    expect(screen.getByRole('complementary', { name: 'Inspector' })).toBeInTheDocument();
  });
});
