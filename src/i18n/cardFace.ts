// A card's badges in words, in the catalogue's language: the short label the map and pictures draw,
// and the full phrase that screen readers and slides use. One place for every renderer.
import type { CardBadge, Id } from '../model';
import type { Messages } from './en';
import { fill } from './fill';

/** An emotion score with its sign: +2, 0, −1. */
export function signedScore(score: number): string {
  if (score > 0) return `+${score}`;
  if (score < 0) return `−${-score}`;
  return '0';
}

/** What a badge shows: ★★★☆☆ for a rating, FMOT for a moment of truth. */
export function badgeLabel(badge: CardBadge, text: Messages): string {
  switch (badge.type) {
    case 'channel':
      return text.channels[badge.channel];
    case 'objective':
      return text.objectives[badge.objective];
    case 'kpi':
      return [text.canvas.kpi, badge.name, `${badge.value}${badge.unit}`].filter(Boolean).join(' ');
    case 'rating':
      return '★'.repeat(badge.stars) + '☆'.repeat(5 - badge.stars);
    case 'severity':
      return fill(text.canvas.severity, { level: text.levels[badge.level] });
    case 'impactEffort':
      return fill(text.canvas.impactEffort, {
        impact: text.levels[badge.impact],
        effort: text.levels[badge.effort],
      });
    case 'moment':
      return badge.name;
    case 'emotion':
      return signedScore(badge.score);
  }
}

/** What a badge says in a sentence: "Rated 4 out of 5", "Moment of truth: FMOT". */
export function badgeText(
  badge: CardBadge,
  text: Messages,
  personaName: (id: Id) => string | undefined = () => undefined,
): string {
  switch (badge.type) {
    case 'rating':
      return fill(text.canvas.rating, { rating: badge.stars });
    case 'moment':
      return fill(text.canvas.stageMoment, { type: badge.name });
    case 'emotion': {
      const score = signedScore(badge.score);
      const persona = badge.personaId ? personaName(badge.personaId) : undefined;
      return persona
        ? fill(text.export.deckEmotionOf, { score, persona })
        : fill(text.export.deckEmotion, { score });
    }
    case 'channel':
    case 'objective':
    case 'kpi':
    case 'severity':
    case 'impactEffort':
      return badgeLabel(badge, text);
  }
}
