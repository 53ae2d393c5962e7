// A card kind's colours as CSS custom properties, from the card-kind registry: the stylesheet draws
// every kind with var(--kind-color) and var(--kind-fill), so no colour is written twice.
import type { CSSProperties } from 'react';
import { cardKindColors, type CardKind } from '../model';

const styles = new Map<string, CSSProperties>();

/** The style of a card (or palette item) of `kind`, with the card's own accent colour if any. */
export function cardKindStyle(kind: CardKind, accent: string | null = null): CSSProperties {
  const key = `${kind}${accent ?? ''}`;
  let style = styles.get(key);
  if (!style) {
    const { line, fill } = cardKindColors(kind);
    // Shared objects: a thousand cards of one kind hand React one style, not a thousand.
    style = {
      '--kind-color': line,
      '--kind-fill': fill,
      ...(accent ? { borderColor: accent } : {}),
    } as CSSProperties;
    styles.set(key, style);
  }
  return style;
}
