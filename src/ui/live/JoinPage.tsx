// The participant's page, opened from the join link: works on a phone. Give a name, then see the
// current stage (the one the facilitator shows, in present mode), pick a lane, send a card, vote
// with your dots and read the map. On a laptop, the full editor is one link away.
import { useEffect, useMemo, useState, type FormEvent } from 'react';
import { cardsInCell, createJourney, DEFAULT_LANE_KINDS, type DefaultLaneKind } from '../../model';
import { cardTitle } from '../../model/cardText';
import { dotsUsed } from '../../live/room';
import {
  defaultServer,
  joinLink,
  rememberName,
  rememberedName,
  type LiveInvite,
} from '../../services/live/address';
import { joinLive, leaveLive, useLiveStore } from '../../services/live/liveSession';
import { actions, journeyStore as store, useJourney } from '../../store';
import { LanguageSelect } from '../LanguageSelect';
import { VoteButtons } from './VoteButtons';
import { PeopleList } from './PeopleList';
import { StatusLine } from './StatusLine';
import { useLiveText } from './liveText';
import './live.css';

function emptyJourney() {
  const lanes = Object.fromEntries(DEFAULT_LANE_KINDS.map((kind) => [kind, ''])) as Record<
    DefaultLaneKind,
    string
  >;
  return {
    ...createJourney({ title: '', stages: ['', '', '', ''], lanes }),
    stages: [],
    lanes: [],
  };
}

function NameForm({ onJoin }: { onJoin: (name: string) => void }) {
  const text = useLiveText();
  const [name, setName] = useState(rememberedName);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (name.trim()) onJoin(name.trim());
  };
  return (
    <form className="join-card" onSubmit={submit}>
      <h1>{text('joinTitle')}</h1>
      <p>{text('joinIntro')}</p>
      <label className="live-field">
        <span>{text('yourName')}</span>
        <input
          value={name}
          maxLength={60}
          autoComplete="nickname"
          onChange={(event) => setName(event.target.value)}
          required
        />
      </label>
      <button type="submit" className="primary">
        {text('join')}
      </button>
    </form>
  );
}

function Room({ invite }: { invite: LiveInvite }) {
  const text = useLiveText();
  const journey = useJourney((s) => s.journey);
  const { settings, ready, refusal, votes, session } = useLiveStore();
  // A stage picked by hand, while the facilitator leads the one it was picked under.
  const [picked, setPicked] = useState<{ stageId: string; lead: string | null } | null>(null);
  const [laneId, setLaneId] = useState<string | null>(null);
  const [draft, setDraft] = useState('');
  const [sent, setSent] = useState(0);

  useEffect(() => {
    // The page shows the room's journey only: nothing of another one opened before.
    store.getState().load(emptyJourney());
    joinLive(invite, rememberedName(), store);
    return () => leaveLive();
  }, [invite]);
  // The facilitator's stage leads: a new lead stage is shown at once.
  const chosenStage = picked?.lead === settings.leadStageId ? picked.stageId : null;

  const stage =
    journey.stages.find((s) => s.id === (chosenStage ?? settings.leadStageId)) ?? journey.stages[0];
  const lane = journey.lanes.find((l) => l.id === laneId) ?? journey.lanes[0];
  const closed = settings.locked || settings.ended;
  const me = session?.participantId ?? '';
  const cardIds = new Set(Object.keys(journey.cards));
  const left = settings.dots - dotsUsed(votes[me], cardIds);

  function send(event: FormEvent) {
    event.preventDefault();
    if (!stage || !lane || !draft.trim()) return;
    if (actions.addCardWithText(stage.id, lane.id, draft.trim())) {
      setDraft('');
      setSent((n) => n + 1);
    }
  }

  if (settings.ended)
    return (
      <p className="join-notice" role="status">
        {text('endedNotice')}
      </p>
    );
  return (
    <>
      <header className="join-head">
        <h1>{journey.title || text('joinTitle')}</h1>
        <StatusLine />
      </header>
      {!ready && <p className="join-notice">{text('waiting')}</p>}
      {closed && (
        <p className="join-notice" role="status">
          {text('lockedNotice')}
        </p>
      )}
      {refusal && (
        <p className="live-error" role="status" key={refusal.at}>
          {text('refused')}
        </p>
      )}
      {ready && stage && lane && (
        <>
          <div className="live-hinted">
            <label className="live-field">
              <span>{text('currentStage')}</span>
              <select
                value={stage.id}
                onChange={(event) =>
                  setPicked({ stageId: event.target.value, lead: settings.leadStageId })
                }
              >
                {journey.stages.map((s) => (
                  <option key={s.id} value={s.id}>
                    {s.name}
                  </option>
                ))}
              </select>
            </label>
            {settings.leadStageId === stage.id && <small>{text('following')}</small>}
          </div>
          {!closed && (
            <form className="join-send" onSubmit={send}>
              <label className="live-field">
                <span>{text('lane')}</span>
                <select value={lane.id} onChange={(event) => setLaneId(event.target.value)}>
                  {journey.lanes.map((l) => (
                    <option key={l.id} value={l.id}>
                      {l.name}
                    </option>
                  ))}
                </select>
              </label>
              <label className="live-field">
                <span>{text('cardText')}</span>
                <textarea
                  value={draft}
                  rows={3}
                  maxLength={2000}
                  onChange={(event) => setDraft(event.target.value)}
                />
              </label>
              <button type="submit" className="primary" disabled={!draft.trim()}>
                {text('send')}
              </button>
              {sent > 0 && (
                <p className="live-muted" role="status" key={sent}>
                  {text('sent')}
                </p>
              )}
            </form>
          )}
          {settings.dots > 0 && (
            <p className="join-dots">{text('dotsLeft', { left, total: settings.dots })}</p>
          )}
          <section className="join-map" aria-label={stage.name}>
            {journey.lanes.map((l) => {
              const cards = cardsInCell(journey, stage.id, l.id);
              if (cards.length === 0) return null;
              return (
                <div key={l.id} className="join-lane">
                  <h2>{l.name}</h2>
                  <ul>
                    {cards.map((card) => {
                      const name = cardTitle(card) || text('untitled');
                      const here = votes[me]?.[card.id] ?? 0;
                      return (
                        <li key={card.id} className="join-cardItem">
                          <span className="join-cardText">{name}</span>
                          {settings.dots > 0 && !closed && (
                            <VoteButtons
                              cardId={card.id}
                              name={name}
                              here={here}
                              left={left}
                              text={text}
                            />
                          )}
                        </li>
                      );
                    })}
                  </ul>
                </div>
              );
            })}
            {journey.lanes.every((l) => cardsInCell(journey, stage.id, l.id).length === 0) && (
              <p className="live-muted">{text('emptyStage')}</p>
            )}
          </section>
          <PeopleList />
          <p className="join-editor">
            <a href={joinLink(window.location.href, invite, 'live')}>{text('openEditor')}</a>
            <small> {text('openEditorHint')}</small>
          </p>
        </>
      )}
    </>
  );
}

export function JoinPage({ invite }: { invite: LiveInvite }) {
  const [joined, setJoined] = useState(false);
  const server = invite.server || defaultServer(window.location);
  const room = useMemo(
    () => ({ room: invite.room, key: invite.key, server }),
    [invite.room, invite.key, server],
  );
  return (
    <main className="join-page">
      <div className="join-lang">
        <LanguageSelect compact />
      </div>
      {joined ? (
        <Room invite={room} />
      ) : (
        <NameForm
          onJoin={(name) => {
            rememberName(name);
            setJoined(true);
          }}
        />
      )}
    </main>
  );
}
