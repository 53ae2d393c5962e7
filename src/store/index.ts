// The app's single journey store, its named actions and narrow selector hooks.
import { useStore } from 'zustand';
import { useShallow } from 'zustand/react/shallow';
import { DEFAULT_LANE_KINDS, createJourney, type DefaultLaneKind, type Id } from '../model';
import { createJourneyActions } from './actions';
import { createDocumentStore, type DocumentState } from './documentStore';

/** What the store holds until a journey is opened; the editor shows "Opening…" meanwhile. */
const NOTHING_OPEN = createJourney({
  title: '',
  stages: ['', '', '', ''],
  lanes: Object.fromEntries(DEFAULT_LANE_KINDS.map((kind) => [kind, ''])) as Record<
    DefaultLaneKind,
    string
  >,
});

export const journeyStore = createDocumentStore(NOTHING_OPEN);
export const actions = createJourneyActions(journeyStore);

export function useJourney<T>(selector: (state: DocumentState) => T): T {
  return useStore(journeyStore, selector);
}

export function useJourneyShallow<T>(selector: (state: DocumentState) => T): T {
  return useStore(journeyStore, useShallow(selector));
}

export const useCanUndo = () =>
  useJourney((s) => (s.externalHistory ? s.externalHistory.canUndo : s.history.past.length > 0));
export const useCanRedo = () =>
  useJourney((s) => (s.externalHistory ? s.externalHistory.canRedo : s.history.future.length > 0));
export const useCard = (id: Id) => useJourney((s) => s.journey.cards[id]);

export { useUiStore } from './uiStore';
export type { Selection } from './uiStore';
