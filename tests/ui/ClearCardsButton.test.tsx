// "Clear cards" in the inspector: asks with the number of cards, clears in one undo step, and is
// unavailable on an empty map or in a read-only tab.
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { polyfillModalDialogs } from './modalDialogs';
import { switchLocale } from '../../src/i18n';
import { shippedJourneyTemplates } from '../../src/i18n/journeyTemplates';
import { journeyFromTemplate } from '../../src/model';
import { actions, journeyStore } from '../../src/store';
import { ClearCardsButton } from '../../src/ui/inspector/ClearCardsButton';

const [standard, ecommerce] = shippedJourneyTemplates('en');

describe('ClearCardsButton', () => {
  beforeAll(polyfillModalDialogs);
  beforeEach(async () => {
    await switchLocale('en');
    journeyStore.getState().load(journeyFromTemplate(ecommerce!.template));
    journeyStore.getState().setReadOnly(false);
  });
  afterEach(() => {
    journeyStore.getState().setReadOnly(false);
  });

  it('asks with the number of cards, then clears them in one step that undo reverts', async () => {
    const user = userEvent.setup();
    const count = Object.keys(journeyStore.getState().journey.cards).length;
    render(<ClearCardsButton />);
    await user.click(screen.getByRole('button', { name: 'Clear cards' }));
    expect(screen.getByRole('alertdialog')).toHaveTextContent(
      `${count} cards and their connectors`,
    );
    await user.click(screen.getByRole('button', { name: `Clear ${count} cards` }));
    expect(journeyStore.getState().journey.cards).toEqual({});
    expect(journeyStore.getState().journey.stages).toHaveLength(5);
    expect(screen.getByRole('button', { name: 'Clear cards' })).toBeDisabled();
    actions.undo();
    expect(Object.keys(journeyStore.getState().journey.cards)).toHaveLength(count);
  });

  it('keeps every card when the question is cancelled', async () => {
    const user = userEvent.setup();
    render(<ClearCardsButton />);
    await user.click(screen.getByRole('button', { name: 'Clear cards' }));
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(Object.keys(journeyStore.getState().journey.cards).length).toBeGreaterThan(0);
  });

  it('is disabled on a map with no cards', () => {
    journeyStore.getState().load(journeyFromTemplate(standard!.template));
    render(<ClearCardsButton />);
    expect(screen.getByRole('button', { name: 'Clear cards' })).toBeDisabled();
  });

  it('is disabled in a read-only tab', () => {
    journeyStore.getState().setReadOnly(true);
    render(<ClearCardsButton />);
    expect(screen.getByRole('button', { name: 'Clear cards' })).toBeDisabled();
  });
});
