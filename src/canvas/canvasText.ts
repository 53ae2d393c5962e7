// The message catalogue for canvas nodes, shared through context. A map has a thousand nodes:
// reading plain strings from one object is much cheaper than a translation hook in every node.
import { createContext, useContext } from 'react';
import type { Messages } from '../i18n/en';
import { en } from '../i18n/en';

export const CanvasTextContext = createContext<Messages>(en);

export function useCanvasText(): Messages {
  return useContext(CanvasTextContext);
}

/** Fills {{name}} placeholders, the same syntax as the catalogues use everywhere else. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (match, name: string) =>
    name in values ? String(values[name]) : match,
  );
}
