// What a card shows on the map: its face's badges above and below its main text, and its detail.
// The kind's declaration says what the face holds; this draws any face.
import type { ReactNode } from 'react';
import { badgeLabel, badgeText } from '../../i18n/cardFace';
import { useCanvasText } from '../canvasText';
import { cardKindOf, cardTitle, type Card, type CardBadge } from '../../model';

/** The class a badge is styled by. */
function badgeClass(badge: CardBadge): string {
  switch (badge.type) {
    case 'channel':
      return `channel channel--${badge.channel}`;
    case 'objective':
      return 'card__objective';
    case 'kpi':
      return 'kpi-badge';
    case 'rating':
      return 'rating';
    case 'severity':
      return `level level--${badge.level}`;
    case 'impactEffort':
      return 'level level--opportunity';
    case 'moment':
      return `moment-badge moment-badge--${badge.momentType}`;
    case 'emotion':
      return 'card__score';
  }
}

function Badges({ badges }: { badges: readonly CardBadge[] }) {
  const text = useCanvasText();
  if (badges.length === 0) return null;
  return (
    <div className="card__meta">
      {badges.map((badge) => (
        <span
          key={badge.type}
          className={badgeClass(badge)}
          aria-label={badge.type === 'rating' ? badgeText(badge, text) : undefined}
        >
          {badgeLabel(badge, text)}
        </span>
      ))}
    </div>
  );
}

export function CardContent({ card, editor }: { card: Card; editor?: ReactNode }) {
  const text = useCanvasText();
  const face = cardKindOf(card).face(card);
  const title = cardTitle(card);
  return (
    <>
      <Badges badges={face.header} />
      {editor ?? (
        <p className="card__text">
          {title || <span className="card__placeholder">{text.canvas.untitled}</span>}
        </p>
      )}
      <Badges badges={face.footer} />
      {face.detail && <p className="card__description">{face.detail}</p>}
    </>
  );
}
