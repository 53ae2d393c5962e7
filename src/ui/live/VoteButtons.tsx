// One person's dots on one card, with − and + (44 px targets, named for the card they vote on).
import type { Id } from '../../model';
import { vote } from '../../services/live/liveSession';
import type { LiveText } from './liveText';

export function VoteButtons({
  cardId,
  name,
  here,
  left,
  text,
}: {
  cardId: Id;
  name: string;
  here: number;
  left: number;
  text: LiveText;
}) {
  return (
    <span className="live-vote">
      <button
        type="button"
        aria-label={text('removeDot', { card: name })}
        disabled={here === 0}
        onClick={() => vote(cardId, here - 1)}
      >
        −
      </button>
      <span className="live-vote__count" aria-hidden="true">
        {'●'.repeat(Math.min(here, 5))}
        {here > 5 ? `+${here - 5}` : ''}
      </span>
      <button
        type="button"
        aria-label={text('addDot', { card: name })}
        disabled={left <= 0}
        onClick={() => vote(cardId, here + 1)}
      >
        +
      </button>
    </span>
  );
}
