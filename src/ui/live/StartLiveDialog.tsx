// The facilitator's "Start live session" dialog: the server address (remembered), what
// participants may do and how many dots each has. Start creates the room and seeds the journey.
import { useId, useState, type FormEvent } from 'react';
import { LIVE_PERMISSIONS, MAX_DOTS, DEFAULT_DOTS, type LivePermission } from '../../live/room';
import {
  normaliseServer,
  rememberName,
  rememberServer,
  rememberedName,
  rememberedServer,
} from '../../services/live/address';
import { LiveServerError, startLive } from '../../services/live/liveSession';
import { journeyStore } from '../../store';
import { ModalDialog } from '../ModalDialog';
import { useLiveText } from './liveText';

export function StartLiveDialog({ onClose }: { onClose: () => void }) {
  const text = useLiveText();
  const id = useId();
  const [server, setServer] = useState(rememberedServer);
  const [name, setName] = useState(() => rememberedName() || text('facilitatorName'));
  const [permission, setPermission] = useState<LivePermission>('own');
  const [dots, setDots] = useState(DEFAULT_DOTS);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function start(event: FormEvent) {
    event.preventDefault();
    const address = normaliseServer(server);
    if (!address) {
      setError(text('errorAddress'));
      return;
    }
    setBusy(true);
    setError(null);
    rememberServer(address);
    rememberName(name.trim());
    try {
      await startLive(
        { server: address, name: name.trim() || text('facilitatorName'), permission, dots },
        journeyStore,
      );
      onClose();
    } catch (caught) {
      const refused = caught instanceof LiveServerError && caught.message === 'refused';
      setError(text(refused ? 'errorRefused' : 'errorUnreachable', { server: address }));
      setBusy(false);
    }
  }

  return (
    <ModalDialog
      id={`${id}-live`}
      title={text('startTitle')}
      className="live-dialog"
      onCancel={onClose}
    >
      <form onSubmit={(event) => void start(event)}>
        <p className="live-dialog__intro">{text('startIntro')}</p>
        <div className="live-hinted">
          <label className="live-field">
            <span>{text('server')}</span>
            <input
              value={server}
              onChange={(event) => setServer(event.target.value)}
              aria-describedby={`${id}-server-hint`}
              spellCheck={false}
              autoComplete="off"
              required
            />
          </label>
          <small id={`${id}-server-hint`}>{text('serverHint')}</small>
        </div>
        <label className="live-field">
          <span>{text('yourName')}</span>
          <input
            value={name}
            maxLength={60}
            onChange={(event) => setName(event.target.value)}
            autoComplete="nickname"
          />
        </label>
        <fieldset className="live-field live-choices">
          <legend>{text('permission')}</legend>
          {LIVE_PERMISSIONS.map((choice) => (
            <label key={choice}>
              <input
                type="radio"
                name={`${id}-permission`}
                value={choice}
                checked={permission === choice}
                onChange={() => setPermission(choice)}
              />
              {text(`permission_${choice}`)}
            </label>
          ))}
        </fieldset>
        <div className="live-hinted">
          <label className="live-field">
            <span>{text('dots')}</span>
            <input
              type="number"
              min={0}
              max={MAX_DOTS}
              value={dots}
              onChange={(event) =>
                setDots(
                  Math.max(0, Math.min(MAX_DOTS, Math.round(Number(event.target.value) || 0))),
                )
              }
              aria-describedby={`${id}-dots-hint`}
            />
          </label>
          <small id={`${id}-dots-hint`}>{text('dotsHint')}</small>
        </div>
        {error && (
          <p className="live-error" role="alert">
            {error}
          </p>
        )}
        <div className="live-dialog__actions">
          <button type="button" onClick={onClose}>
            {text('cancel')}
          </button>
          <button type="submit" className="primary" disabled={busy}>
            {busy ? text('starting') : text('start')}
          </button>
        </div>
      </form>
    </ModalDialog>
  );
}
