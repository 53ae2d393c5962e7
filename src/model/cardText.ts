// A card's main text, whatever its kind: what the map shows as its title and edits in place.
import type { Card } from './card';

/** The field holding a card's main text. */
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
