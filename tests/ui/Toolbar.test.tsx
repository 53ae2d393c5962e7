// The toolbar: title editing, undo/redo availability, structure buttons, language switch.
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { i18n, switchLocale } from '../../src/i18n';
import { journeyStore } from '../../src/store';
import { createDefaultJourney } from '../support/defaultJourney';
import { Toolbar } from '../../src/ui/Toolbar';

describe('Toolbar', () => {
  beforeEach(async () => {
    await switchLocale('en');
    journeyStore.getState().load(createDefaultJourney(i18n.t));
  });
  afterEach(async () => {
    await switchLocale('en');
  });

  it('starts with undo and redo disabled on a freshly loaded journey', () => {
    render(<Toolbar />);
    expect(screen.getByRole('button', { name: 'Undo' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Redo' })).toBeDisabled();
  });

  it('adds a stage and makes it undoable', async () => {
    const user = userEvent.setup();
    render(<Toolbar />);
    await user.click(screen.getByRole('button', { name: 'Add stage' }));
    expect(journeyStore.getState().journey.stages.at(-1)?.name).toBe('New stage');
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(journeyStore.getState().journey.stages).toHaveLength(4);
    expect(screen.getByRole('button', { name: 'Redo' })).toBeEnabled();
  });

  it('adds a custom lane', async () => {
    const user = userEvent.setup();
    render(<Toolbar />);
    await user.click(screen.getByRole('button', { name: 'Add lane' }));
    expect(journeyStore.getState().journey.lanes.at(-1)).toMatchObject({
      name: 'New lane',
      kind: 'custom',
    });
  });

  it('renames the journey as the user types', async () => {
    const user = userEvent.setup();
    render(<Toolbar />);
    const title = screen.getByRole('textbox', { name: 'Journey title' });
    await user.clear(title);
    await user.type(title, 'Click & collect');
    expect(journeyStore.getState().journey.title).toBe('Click & collect');
  });

  it('switches the interface to French', async () => {
    const user = userEvent.setup();
    render(<Toolbar />);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Language' }), 'fr');
    expect(await screen.findByRole('button', { name: 'Ajouter une étape' })).toBeInTheDocument();
    expect(localStorage.getItem('parcours.locale')).toBe('fr');
  });
});
