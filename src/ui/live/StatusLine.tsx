// The live connection's state in words: connecting, connected, reconnecting, offline or refused.
import { useLiveStore } from '../../services/live/liveSession';
import { useLiveText } from './liveText';

export function StatusLine({ compact = false }: { compact?: boolean }) {
  const text = useLiveText();
  const status = useLiveStore((s) => s.status);
  const label = text(`status_${status}`);
  if (compact) return <span className={`live-status live-status--${status}`} aria-hidden="true" />;
  return (
    <p className={`live-status-line live-status-line--${status}`} role="status">
      <span className={`live-status live-status--${status}`} aria-hidden="true" /> {label}
    </p>
  );
}
