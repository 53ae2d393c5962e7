// Keeps the caret where the person is typing when someone else's change lands in the same text
// field: a controlled field given a new value puts the caret at its end, so two people typing in
// one card would mix their letters. The caret moves by what was inserted or removed before it.
import { useEffect, useLayoutEffect, useRef } from 'react';
import type { DocumentStore } from '../../store/documentStore';
import { useStore } from 'zustand';

type Field = HTMLInputElement | HTMLTextAreaElement;

interface Before {
  field: Field;
  value: string;
  start: number;
  end: number;
}

/** Where a caret at `at` in `before` belongs in `after`. */
export function caretAfter(before: string, after: string, at: number): number {
  let prefix = 0;
  const shortest = Math.min(before.length, after.length);
  while (prefix < shortest && before[prefix] === after[prefix]) prefix += 1;
  if (at <= prefix) return at;
  return Math.max(prefix, Math.min(after.length, at + after.length - before.length));
}

export function useCaretKeeper(store: DocumentStore): void {
  const journey = useStore(store, (s) => s.journey);
  const before = useRef<Before | null>(null);

  // Before the page shows a new journey: note the focused field, its text and caret.
  useEffect(
    () =>
      store.subscribe(() => {
        const field = document.activeElement;
        before.current =
          field instanceof HTMLInputElement || field instanceof HTMLTextAreaElement
            ? {
                field,
                value: field.value,
                start: field.selectionStart ?? 0,
                end: field.selectionEnd ?? 0,
              }
            : null;
      }),
    [store],
  );

  // Once it is on the page, before anything else is typed: put the caret back in its place.
  useLayoutEffect(() => {
    const noted = before.current;
    before.current = null;
    if (!noted || document.activeElement !== noted.field) return;
    const value = noted.field.value;
    if (value === noted.value) return;
    noted.field.setSelectionRange(
      caretAfter(noted.value, value, noted.start),
      caretAfter(noted.value, value, noted.end),
    );
  }, [journey]);
}
