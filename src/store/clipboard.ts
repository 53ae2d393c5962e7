// The card clipboard: copied cards survive switching journeys and tabs (kept in localStorage),
// and are validated again on paste, since anything could have written there.
import { z } from 'zod/mini';
import { CardSchema, type Card } from '../model';

const STORAGE_KEY = 'parcours.clipboard';
const ClipboardSchema = z.object({ cards: z.array(CardSchema).check(z.maxLength(5_000)) });

let memory: Card[] = [];

export function copyCards(cards: readonly Card[]): void {
  memory = cards.map((card) => ({ ...card }));
  try {
    globalThis.localStorage?.setItem(STORAGE_KEY, JSON.stringify({ cards: memory }));
  } catch {
    // Storage full or blocked: the in-memory copy still pastes within this tab.
  }
}

export function clipboardCards(): Card[] {
  try {
    const stored = globalThis.localStorage?.getItem(STORAGE_KEY);
    if (stored) {
      const parsed = ClipboardSchema.safeParse(JSON.parse(stored));
      if (parsed.success) return parsed.data.cards;
    }
  } catch {
    // Unreadable clipboard: fall back to this tab's own copy.
  }
  return memory;
}
