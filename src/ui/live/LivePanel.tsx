// The live panel beside the map: connection state, the join link and its QR code, who is in the
// room (each in their colour), lock and end for the facilitator, and the cards sorted by votes.
import { useEffect, useMemo, useState } from 'react';
import { cardTitle } from '../../model/cardText';
import { dotsByCard, dotsUsed } from '../../live/room';
import { joinLink } from '../../services/live/address';
import { endLive, setRoom, useLiveStore } from '../../services/live/liveSession';
import { useJourney, useUiStore } from '../../store';
import { useLiveText, type LiveText } from './liveText';
import { VoteButtons } from './VoteButtons';
import { PeopleList } from './PeopleList';
import { StatusLine } from './StatusLine';

function QrCode({ link, label }: { link: string; label: string }) {
  const [src, setSrc] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    void import('qrcode')
      .then((qr) => qr.toDataURL(link, { margin: 1, width: 176, errorCorrectionLevel: 'M' }))
      .then((url) => live && setSrc(url))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [link]);
  return src ? <img className="live-qr" src={src} alt={label} width={176} height={176} /> : null;
}

function JoinLink() {
  const text = useLiveText();
  const invite = useLiveStore((s) => s.session?.invite);
  const [copied, setCopied] = useState(false);
  // The QR code shows at first, for the room to scan; then it can fold away.
  const [qrShown, setQrShown] = useState(true);
  if (!invite) return null;
  const link = joinLink(window.location.href, invite);
  return (
    <div className="live-join">
      <label className="live-field">
        <span>{text('joinLink')}</span>
        <input readOnly value={link} onFocus={(event) => event.target.select()} />
      </label>
      <button
        type="button"
        onClick={() => {
          void navigator.clipboard?.writeText(link).then(() => setCopied(true));
        }}
      >
        {copied ? text('copied') : text('copy')}
      </button>
      <button type="button" aria-pressed={qrShown} onClick={() => setQrShown(!qrShown)}>
        {text('showQr')}
      </button>
      {qrShown && <QrCode link={link} label={text('qr')} />}
    </div>
  );
}

const dotLabel = (text: LiveText, count: number) =>
  count === 1 ? text('oneDot') : text('dotCount', { count });

/** This person's dots on the selected card, with + and −. */
function SelectedCardVote({ cardIds }: { cardIds: ReadonlySet<string> }) {
  const text = useLiveText();
  const selection = useUiStore((s) => s.selection);
  const cardId =
    selection?.kind === 'cards' && selection.ids.length === 1 ? selection.ids[0] : null;
  const card = useJourney((s) => (cardId ? s.journey.cards[cardId] : undefined));
  const me = useLiveStore((s) => s.session?.participantId ?? '');
  const mine = useLiveStore((s) => s.votes[me]);
  const total = useLiveStore((s) => s.settings.dots);
  if (!card || total === 0) return null;
  const here = mine?.[card.id] ?? 0;
  const left = total - dotsUsed(mine, cardIds);
  const name = cardTitle(card) || text('untitled');
  return <VoteButtons cardId={card.id} name={name} here={here} left={left} text={text} />;
}

function VotesRanking({ cardIds }: { cardIds: ReadonlySet<string> }) {
  const text = useLiveText();
  const votes = useLiveStore((s) => s.votes);
  const cards = useJourney((s) => s.journey.cards);
  const ranked = useMemo(
    () =>
      [...dotsByCard(votes, cardIds)]
        .sort((a, b) => b[1] - a[1])
        .flatMap(([id, count]) => {
          const card = cards[id];
          return card ? [{ card, count }] : [];
        }),
    [votes, cards, cardIds],
  );
  if (ranked.length === 0) return <p className="live-muted">{text('noVotes')}</p>;
  return (
    <ol className="live-ranking" aria-label={text('votesTitle')}>
      {ranked.map(({ card, count }) => (
        <li key={card.id}>
          <button
            type="button"
            onClick={() => useUiStore.getState().select({ kind: 'cards', ids: [card.id] })}
          >
            <span className="live-ranking__dots">{dotLabel(text, count)}</span>
            <span>{cardTitle(card) || text('untitled')}</span>
          </button>
        </li>
      ))}
    </ol>
  );
}

export function LivePanel({ open, onOpen }: { open: boolean; onOpen: (open: boolean) => void }) {
  const text = useLiveText();
  const role = useLiveStore((s) => s.session?.role);
  const settings = useLiveStore((s) => s.settings);
  const refusal = useLiveStore((s) => s.refusal);
  const keptCopy = useLiveStore((s) => s.keptCopy);
  const peers = useLiveStore((s) => s.peers.length);
  const status = useLiveStore((s) => s.status);
  const cardIdList = useJourney((s) => s.journey.cards);
  const cardIds = useMemo(() => new Set(Object.keys(cardIdList)), [cardIdList]);
  const sorted = useLiveStore((s) => s.byVotes);
  const [ending, setEnding] = useState(false);
  const facilitator = role === 'facilitator';

  if (!open) {
    return (
      <button
        type="button"
        className="live-pill"
        aria-label={`${text('showPanel')}: ${text(`status_${status}`)}, ${text('people', { count: peers })}`}
        onClick={() => onOpen(true)}
      >
        <StatusLine compact /> {text('people', { count: peers })}
      </button>
    );
  }
  return (
    <aside className="live-panel" aria-label={text('panel')}>
      <div className="live-panel__head">
        <h2>{text('panel')}</h2>
        <button
          type="button"
          className="live-panel__hide"
          aria-label={text('hidePanel')}
          title={text('hidePanel')}
          onClick={() => onOpen(false)}
        >
          <span aria-hidden="true">×</span>
        </button>
      </div>
      <StatusLine />
      {refusal && (
        <p className="live-error" role="status" key={refusal.at}>
          {text('refused')}
        </p>
      )}
      {keptCopy && (
        <p className="live-muted" role="status">
          {text('keptCopy', { title: keptCopy })}
        </p>
      )}
      {facilitator && <JoinLink />}
      <PeopleList />
      {settings.locked && <p className="live-muted">{text('lockedNote')}</p>}
      {settings.dots > 0 && (
        <>
          <SelectedCardVote cardIds={cardIds} />
          <button
            type="button"
            aria-pressed={sorted}
            onClick={() => useLiveStore.setState({ byVotes: !sorted })}
          >
            {text('sortByVotes')}
          </button>
          {sorted && <VotesRanking cardIds={cardIds} />}
        </>
      )}
      {facilitator && (
        <div className="live-panel__actions">
          <button
            type="button"
            aria-pressed={settings.locked}
            onClick={() => setRoom({ locked: !settings.locked })}
          >
            {settings.locked ? text('unlock') : text('lock')}
          </button>
          <button
            type="button"
            className="danger"
            disabled={ending}
            onClick={() => {
              setEnding(true);
              void endLive();
            }}
          >
            {ending ? text('ending') : text('end')}
          </button>
        </div>
      )}
    </aside>
  );
}
