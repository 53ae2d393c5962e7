// The message catalogue for canvas nodes, shared through context. A map has a thousand nodes:
// reading plain strings from one object is much cheaper than a translation hook in every node.
import { createContext, useContext } from 'react';
import type { Messages } from '../i18n/en';
import { en } from '../i18n/en';

export const CanvasTextContext = createContext<Messages>(en);

export function useCanvasText(): Messages {
  return useContext(CanvasTextContext);
}
