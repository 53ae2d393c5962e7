// A card's main text, whatever its kind: what the map shows as its title and edits in place.
import { CARD_KIND_SPECS, type Card } from './card';

/** The field holding a card's main text. */
export function cardTextField(card: Card): 'text' | 'title' | 'label' {
  return CARD_KIND_SPECS[card.kind].textField;
}

export function cardTitle(card: Card): string {
  return (card as unknown as Record<string, string>)[cardTextField(card)] ?? '';
}
