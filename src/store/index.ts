// The app's single journey store, its named actions and narrow selector hooks.
import { useStore } from 'zustand';
import { useShallow } from 'zustand/react/shallow';
import { i18n } from '../i18n';
import type { Id } from '../model';
import { createJourneyActions } from './actions';
import { createDefaultJourney } from './defaultJourney';
import { createDocumentStore, type DocumentState } from './documentStore';

export const journeyStore = createDocumentStore(createDefaultJourney(i18n.t));
export const actions = createJourneyActions(journeyStore);

export function useJourney<T>(selector: (state: DocumentState) => T): T {
  return useStore(journeyStore, selector);
}

export function useJourneyShallow<T>(selector: (state: DocumentState) => T): T {
  return useStore(journeyStore, useShallow(selector));
}

export const useCanUndo = () => useJourney((s) => s.history.past.length > 0);
export const useCanRedo = () => useJourney((s) => s.history.future.length > 0);
export const useCard = (id: Id) => useJourney((s) => s.journey.cards[id]);

export { useUiStore } from './uiStore';
export type { Selection } from './uiStore';
