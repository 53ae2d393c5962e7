// Focus and filter as UI state: what the map is narrowed to and which highlights are on.
// Never part of the document, of undo history or of what is saved; a reload starts unfocused.
import { create } from 'zustand';
import { NO_FOCUS, type FocusSetting, type FocusTarget } from '../model/focus';

export interface FocusState extends FocusSetting {
  /** Focus on one stage, lane, persona curve or channel; null for the whole map. */
  setFocus: (target: FocusTarget | null) => void;
  /** Focus on a target, or on the same one again to turn it off. */
  toggleFocus: (target: FocusTarget) => void;
  togglePainPoints: () => void;
  toggleMomentsOfTruth: () => void;
  /** Back to the whole map: no focus and no highlights. */
  clearFocus: () => void;
}

export function sameTarget(a: FocusTarget | null, b: FocusTarget | null): boolean {
  if (!a || !b) return a === b;
  if (a.kind === 'channel') return b.kind === 'channel' && a.channel === b.channel;
  if (b.kind === 'channel') return false;
  return a.kind === b.kind && a.id === b.id;
}

export const useFocusStore = create<FocusState>()((set) => ({
  ...NO_FOCUS,
  setFocus: (target) => set({ target }),
  toggleFocus: (target) =>
    set((state) => ({ target: sameTarget(state.target, target) ? null : target })),
  togglePainPoints: () => set((state) => ({ painPoints: !state.painPoints })),
  toggleMomentsOfTruth: () => set((state) => ({ momentsOfTruth: !state.momentsOfTruth })),
  clearFocus: () => set(NO_FOCUS),
}));
