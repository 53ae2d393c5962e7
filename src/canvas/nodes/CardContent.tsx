// What a card shows on the map, for each card kind.
import type { ReactNode } from 'react';
import { fill } from '../../i18n/fill';
import { useCanvasText } from '../canvasText';
import { cardTitle, type Card } from '../../model';

export function CardContent({ card, editor }: { card: Card; editor?: ReactNode }) {
  const text = useCanvasText();
  const untitled = <span className="card__placeholder">{text.canvas.untitled}</span>;
  const title = cardTitle(card);
  const body = editor ?? <p className="card__text">{title || untitled}</p>;
  switch (card.kind) {
    case 'note':
      return body;
    case 'touchpoint':
      return (
        <>
          <div className="card__meta">
            <span className={`channel channel--${card.channel}`}>
              {text.channels[card.channel]}
            </span>
            <span className="card__objective">{text.objectives[card.objective]}</span>
          </div>
          {body}
          <div className="card__meta">
            {(card.kpi.name || card.kpi.value) && (
              <span className="kpi-badge">
                {text.canvas.kpi} {card.kpi.name} {card.kpi.value}
                {card.kpi.unit}
              </span>
            )}
            {card.rating !== null && (
              <span
                className="rating"
                aria-label={fill(text.canvas.rating, { rating: card.rating })}
              >
                {'★'.repeat(card.rating)}
                {'☆'.repeat(5 - card.rating)}
              </span>
            )}
          </div>
        </>
      );
    case 'painPoint':
      return (
        <>
          <span className={`level level--${card.severity}`}>
            {fill(text.canvas.severity, { level: text.levels[card.severity] })}
          </span>
          {body}
        </>
      );
    case 'opportunity':
      return (
        <>
          <span className="level level--opportunity">
            {fill(text.canvas.impactEffort, {
              impact: text.levels[card.impact],
              effort: text.levels[card.effort],
            })}
          </span>
          {body}
        </>
      );
    case 'momentOfTruth':
      return (
        <>
          <span className={`moment-badge moment-badge--${card.momentType}`}>
            {card.momentType === 'custom' ? card.customType || 'MOT' : card.momentType}
          </span>
          {body}
          {card.description && <p className="card__description">{card.description}</p>}
        </>
      );
    case 'emotion':
      return body;
  }
}
