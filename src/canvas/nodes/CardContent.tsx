// What a card shows on the map, for each card kind.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Card } from '../../model';

/** The field holding a card's main text, which in-place editing changes. */
export function cardTextField(card: Card): 'text' | 'title' | 'label' {
  switch (card.kind) {
    case 'note':
    case 'painPoint':
    case 'opportunity':
      return 'text';
    case 'touchpoint':
    case 'momentOfTruth':
      return 'title';
    case 'emotion':
      return 'label';
  }
}

export function cardTitle(card: Card): string {
  switch (card.kind) {
    case 'note':
    case 'painPoint':
    case 'opportunity':
      return card.text;
    case 'touchpoint':
    case 'momentOfTruth':
      return card.title;
    case 'emotion':
      return card.label;
  }
}

export function CardContent({ card, editor }: { card: Card; editor?: ReactNode }) {
  const { t } = useTranslation();
  const untitled = <span className="card__placeholder">{t('canvas.untitled')}</span>;
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
              {t(`channels.${card.channel}`)}
            </span>
            <span className="card__objective">{t(`objectives.${card.objective}`)}</span>
          </div>
          {body}
          <div className="card__meta">
            {(card.kpi.name || card.kpi.value) && (
              <span className="kpi-badge">
                {t('canvas.kpi')} {card.kpi.name} {card.kpi.value}
                {card.kpi.unit}
              </span>
            )}
            {card.rating !== null && (
              <span className="rating" aria-label={t('canvas.rating', { rating: card.rating })}>
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
            {t('canvas.severity', { level: t(`levels.${card.severity}`) })}
          </span>
          {body}
        </>
      );
    case 'opportunity':
      return (
        <>
          <span className="level level--opportunity">
            {t('canvas.impactEffort', {
              impact: t(`levels.${card.impact}`),
              effort: t(`levels.${card.effort}`),
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
