// How tall a card is, from its face: its badge rows as they wrap to the card's width, its main
// text, its detail, its padding and the gaps between them. Badge words are counted at their
// longest in any of Parcours' languages, so a French card ("Application mobile", a KPI badge that
// wraps onto two lines) gets the room it needs and no field is squeezed to nothing.
import type { Channel, Objective } from '../vocabulary';
import type { CardBadge, CardFace, TextHeights } from './define';

/** A card's width on the map. */
export const CARD_WIDTH = 248;

/** A card's inside: padding 10 px top and bottom, 1 px borders, and a little room to spare. */
const CARD_CHROME = 26;
/** The space between a card's badge rows, text and detail (the card's CSS gap). */
const CARD_PART_GAP = 6;
/** The width inside a card: 12 px padding each side, a 5 px accent border and a 1 px border. */
const CARD_INNER_WIDTH = CARD_WIDTH - 24 - 6;
/** Badges: 12 px text on 20 px lines, 2 px padding above and below, 8 px each side, 6 px apart. */
const BADGE = { charWidth: 6.8, padY: 4, padX: 16, gap: 6 } as const;

/**
 * The longest label of each worded badge in any of Parcours' languages, in characters: "Application
 * mobile" for the mobile app channel, "Déclencher l’achat" for drive purchase, "Impact Medium ·
 * effort Medium". A catalogue test (tests/i18n) keeps them true for every language.
 */
export const BADGE_LABEL_CHARS = {
  channel: {
    web: 8,
    mobileApp: 18,
    store: 7,
    phone: 9,
    email: 6,
    chat: 4,
    social: 15,
    sms: 3,
    messaging: 10,
    mail: 8,
    event: 9,
    partner: 10,
    other: 5,
  } satisfies Record<Channel, number>,
  objective: { inform: 8, brandImage: 15, drivePurchase: 18 } satisfies Record<Objective, number>,
  severity: 16,
  impactEffort: 29,
  /** Five stars are about as wide as nine letters. */
  rating: 9,
  emotion: 2,
  /** The KPI badge's word and its spaces: "KPI name value". */
  kpiWord: 5,
} as const;

/** A badge's width in pixels, padding included, before it wraps. */
function badgeWidth(badge: CardBadge): number {
  const padded = (chars: number) => chars * BADGE.charWidth + BADGE.padX;
  switch (badge.type) {
    case 'channel':
      return padded(BADGE_LABEL_CHARS.channel[badge.channel]);
    case 'objective':
      return BADGE_LABEL_CHARS.objective[badge.objective] * BADGE.charWidth;
    case 'kpi':
      return padded(
        BADGE_LABEL_CHARS.kpiWord + badge.name.length + badge.value.length + badge.unit.length,
      );
    case 'rating':
      return BADGE_LABEL_CHARS.rating * BADGE.charWidth;
    case 'severity':
      return padded(BADGE_LABEL_CHARS.severity);
    case 'impactEffort':
      return padded(BADGE_LABEL_CHARS.impactEffort);
    case 'moment':
      return padded(badge.name.length);
    case 'emotion':
      return BADGE_LABEL_CHARS.emotion * BADGE.charWidth;
  }
}

/**
 * The height of a card's row of badges once wrapped to its width: badges flow onto lines, and a
 * badge wider than the card wraps its own words. 0 when there are none.
 */
function badgesHeight(badges: readonly CardBadge[], line: number): number {
  if (badges.length === 0) return 0;
  const lineOf = (lines: number) => lines * line + BADGE.padY;
  let height = 0;
  let rows = 0;
  let used = 0;
  for (const badge of badges) {
    const width = badgeWidth(badge);
    if (used > 0 && used + BADGE.gap + width <= CARD_INNER_WIDTH) {
      used += BADGE.gap + width;
      continue;
    }
    rows += 1;
    const own = Math.ceil(width / CARD_INNER_WIDTH);
    height += lineOf(own);
    used = own > 1 ? CARD_INNER_WIDTH : width;
  }
  return height + BADGE.gap * (rows - 1);
}

/** The height of a card showing `face` around its main text `main`. */
export function faceHeight(text: TextHeights, face: CardFace, main: string): number {
  const parts = [
    badgesHeight(face.header, text.line),
    text.of(main),
    badgesHeight(face.footer, text.line),
    face.detail ? text.of(face.detail) : 0,
  ];
  const shown = parts.filter((part) => part > 0);
  const inside = shown.reduce((sum, part) => sum + part, 0);
  return CARD_CHROME + inside + CARD_PART_GAP * Math.max(0, shown.length - 1);
}
