// The participant's page: a name first (remembered on the device), then the room: the stage the
// facilitator shows, a lane, a card to send, and dots to vote with.
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createCard, createJourney, type Card, type Journey } from '../../../src/model';
import * as session from '../../../src/services/live/liveSession';
import { journeyStore } from '../../../src/store';
import { JoinPage } from '../../../src/ui/live/JoinPage';
import { LABELS } from '../../persistence/helpers';

vi.mock('../../../src/services/live/liveSession', async (original) => ({
  ...(await original<typeof session>()),
  joinLive: vi.fn(),
  leaveLive: vi.fn(),
  vote: vi.fn(),
}));
const joinLive = vi.mocked(session.joinLive);
const vote = vi.mocked(session.vote);
const invite = { room: 'room', key: 'key', server: 'ws://10.0.0.2:1234' };

function roomJourney(): Journey {
  const journey = createJourney(LABELS);
  const card = createCard('note', { stageId: journey.stages[1]!.id, laneId: journey.lanes[0]!.id });
  return { ...journey, cards: { [card.id]: { ...card, text: 'Compares prices' } as Card } };
}

/** What the room holds once joined: its journey, with the second stage led. */
function roomArrives(journey: Journey) {
  act(() => {
    journeyStore.getState().applyRemote(journey);
    session.useLiveStore.setState({
      ready: true,
      status: 'connected',
      session: { role: 'participant', invite, participantId: 'me', name: 'Pia' },
      settings: {
        permission: 'own',
        dots: 2,
        locked: false,
        ended: false,
        leadStageId: journey.stages[1]!.id,
      },
      votes: { me: {} },
    });
  });
}

describe('the participant page', () => {
  beforeEach(() => {
    localStorage.clear();
    joinLive.mockReset();
    vote.mockReset();
  });

  it('asks for a name, remembers it and joins the room with it', async () => {
    render(<JoinPage invite={invite} />);
    expect(screen.getByRole('heading', { name: 'Join the workshop' })).toBeVisible();
    await userEvent.type(screen.getByRole('textbox', { name: 'Your name' }), 'Pia');
    await userEvent.click(screen.getByRole('button', { name: 'Join' }));
    expect(localStorage.getItem('parcours.live.name')).toBe('Pia');
    expect(joinLive).toHaveBeenCalledWith(invite, 'Pia', journeyStore);
  });

  it('shows the stage the facilitator leads, sends a card to a lane and votes', async () => {
    localStorage.setItem('parcours.live.name', 'Pia');
    render(<JoinPage invite={invite} />);
    await userEvent.click(screen.getByRole('button', { name: 'Join' }));
    const journey = roomJourney();
    roomArrives(journey);
    expect(screen.getByRole('combobox', { name: 'Stage' })).toHaveValue(journey.stages[1]!.id);
    expect(screen.getByText('The facilitator is showing this stage.')).toBeVisible();
    expect(screen.getByText('Compares prices')).toBeVisible();
    expect(screen.getByText('2 of 2 dots left')).toBeVisible();

    await userEvent.selectOptions(
      screen.getByRole('combobox', { name: 'Lane' }),
      journey.lanes[2]!.id,
    );
    await userEvent.type(screen.getByRole('textbox', { name: 'Your card' }), 'Asks a friend');
    await userEvent.click(screen.getByRole('button', { name: 'Send' }));
    const sent = Object.values(journeyStore.getState().journey.cards).find(
      (card) => card.laneId === journey.lanes[2]!.id,
    );
    expect(sent).toMatchObject({ stageId: journey.stages[1]!.id, text: 'Asks a friend' });
    expect(screen.getByRole('textbox', { name: 'Your card' })).toHaveValue('');

    const cardId = Object.keys(journey.cards)[0]!;
    await userEvent.click(screen.getByRole('button', { name: 'Add a dot to “Compares prices”' }));
    expect(vote).toHaveBeenCalledWith(cardId, 1);
  });

  it('lets nobody write in a locked room', async () => {
    localStorage.setItem('parcours.live.name', 'Pia');
    render(<JoinPage invite={invite} />);
    await userEvent.click(screen.getByRole('button', { name: 'Join' }));
    roomArrives(roomJourney());
    act(() =>
      session.useLiveStore.setState((s) => ({ settings: { ...s.settings, locked: true } })),
    );
    expect(screen.getByText(/locked the room/)).toBeVisible();
    expect(screen.queryByRole('textbox', { name: 'Your card' })).toBeNull();
    expect(screen.queryByRole('button', { name: /Add a dot/ })).toBeNull();
  });
});
