// Who is in the room, each in their own colour; this person first.
import { useLiveStore } from '../../services/live/liveSession';
import { useLiveText } from './liveText';

export function PeopleList() {
  const text = useLiveText();
  const peers = useLiveStore((s) => s.peers);
  return (
    <section className="live-people" aria-label={text('people', { count: peers.length })}>
      <h3>{text('people', { count: peers.length })}</h3>
      <ul>
        {peers.map((peer) => (
          <li key={peer.clientId}>
            <span className="live-swatch" style={{ background: peer.colour }} aria-hidden="true" />
            <span className="live-people__name">{peer.name}</span>
            {(peer.self || peer.role === 'facilitator') && (
              <span className="live-muted">
                {' '}
                (
                {[peer.self && text('you'), peer.role === 'facilitator' && text('facilitator')]
                  .filter(Boolean)
                  .join(', ')}
                )
              </span>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
