// The start dialog: the server address it offers and remembers, what it sends to start a session,
// and the errors it shows in words.
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { polyfillModalDialogs } from '../modalDialogs';
import { switchLocale } from '../../../src/i18n';
import * as session from '../../../src/services/live/liveSession';
import { StartLiveDialog } from '../../../src/ui/live/StartLiveDialog';

vi.mock('../../../src/services/live/liveSession', async (original) => ({
  ...(await original<typeof session>()),
  startLive: vi.fn(),
}));
const startLive = vi.mocked(session.startLive);

describe('the start live session dialog', () => {
  beforeAll(polyfillModalDialogs);
  beforeEach(() => {
    localStorage.clear();
    startLive.mockReset();
  });
  afterEach(async () => {
    await switchLocale('en');
  });

  it('offers the server on this host, and starts with the choices made', async () => {
    startLive.mockResolvedValue({} as never);
    const onClose = vi.fn();
    render(<StartLiveDialog onClose={onClose} />);
    const server = screen.getByRole('textbox', { name: 'Server address' });
    expect(server).toHaveValue('ws://localhost:1234');
    await userEvent.clear(server);
    await userEvent.type(server, '192.168.1.20:4000');
    await userEvent.click(screen.getByRole('radio', { name: 'Add cards only' }));
    const dots = screen.getByRole('spinbutton', { name: 'Dots per person' });
    await userEvent.clear(dots);
    await userEvent.type(dots, '0');
    await userEvent.click(screen.getByRole('button', { name: 'Start' }));
    expect(startLive).toHaveBeenCalledWith(
      { server: 'ws://192.168.1.20:4000', name: 'Facilitator', permission: 'add', dots: 0 },
      expect.anything(),
    );
    expect(onClose).toHaveBeenCalled();
    expect(localStorage.getItem('parcours.live.server')).toBe('ws://192.168.1.20:4000');
  });

  it('says so, in words, when the server cannot be reached or the address is no address', async () => {
    startLive.mockRejectedValue(new session.LiveServerError('unreachable'));
    render(<StartLiveDialog onClose={() => {}} />);
    await userEvent.click(screen.getByRole('button', { name: 'Start' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The live server at ws://localhost:1234 cannot be reached',
    );
    const server = screen.getByRole('textbox', { name: 'Server address' });
    await userEvent.clear(server);
    await userEvent.type(server, 'ftp://nowhere');
    await userEvent.click(screen.getByRole('button', { name: 'Start' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Enter a server address');
  });

  it('speaks French', async () => {
    await switchLocale('fr');
    render(<StartLiveDialog onClose={() => {}} />);
    expect(screen.getByRole('heading', { name: 'Lancer une session en direct' })).toBeVisible();
    expect(screen.getByRole('radio', { name: 'Tout modifier' })).toBeInTheDocument();
  });
});
