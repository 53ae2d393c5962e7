// The message catalogue for canvas nodes, shared through context. A map has a thousand nodes:
// reading plain strings from one object is much cheaper than a translation hook in every node.
import { createContext, useContext } from 'react';
import { catalogue, i18n } from '../i18n';
import type { Messages } from '../i18n/en';

export const CanvasTextContext = createContext<Messages | null>(null);

export function useCanvasText(): Messages {
  return useContext(CanvasTextContext) ?? catalogue(i18n.language);
}
