// Present mode's UI state: whether the map is being presented, which stage is on screen, the
// projector options and each stage's workshop timer. Never part of the document or of undo.
import { create } from 'zustand';
import type { Id } from '../model';
import {
  DEFAULT_TIMER_MINUTES,
  pauseTimer,
  resetTimer,
  startTimer,
  timerOfMinutes,
  type WorkshopTimer,
} from './workshopTimer';

const PREFS_KEY = 'parcours.present';

export interface PresentPrefs {
  highContrast: boolean;
  largeText: boolean;
}

export interface PresentState extends PresentPrefs {
  active: boolean;
  /** The stage on screen; null is the overview of the whole map. */
  stageIndex: number | null;
  /** The lane quick-add used last, offered first next time. */
  lastLaneId: Id | null;
  timers: Record<Id, WorkshopTimer>;
  enter: (stageIndex?: number | null) => void;
  leave: () => void;
  /** Steps forward; from the overview to the first stage, never past the last one. */
  next: (stageCount: number) => void;
  /** Steps back; from the first stage to the overview. */
  previous: () => void;
  overview: () => void;
  last: (stageCount: number) => void;
  setHighContrast: (on: boolean) => void;
  setLargeText: (on: boolean) => void;
  setLastLane: (laneId: Id) => void;
  chooseTimer: (stageId: Id, minutes: number) => void;
  /** `now` is the current time unless given (tests give it). */
  startTimer: (stageId: Id, now?: number) => void;
  pauseTimer: (stageId: Id, now?: number) => void;
  resetTimer: (stageId: Id) => void;
}

const DEFAULT_TIMER = timerOfMinutes(DEFAULT_TIMER_MINUTES);

/** A stage's timer: its own once touched, otherwise the default length, not started. */
export function timerOf(state: Pick<PresentState, 'timers'>, stageId: Id): WorkshopTimer {
  return state.timers[stageId] ?? DEFAULT_TIMER;
}

// Projector options last for the browser tab's session, like the projector they were set for.
function readPrefs(): PresentPrefs {
  try {
    const saved: unknown = JSON.parse(globalThis.sessionStorage?.getItem(PREFS_KEY) ?? 'null');
    if (saved && typeof saved === 'object') {
      const prefs = saved as Partial<Record<keyof PresentPrefs, unknown>>;
      return { highContrast: prefs.highContrast === true, largeText: prefs.largeText === true };
    }
  } catch {
    // Blocked or corrupted storage: start with the plain look.
  }
  return { highContrast: false, largeText: false };
}

function writePrefs(prefs: PresentPrefs): void {
  try {
    globalThis.sessionStorage?.setItem(PREFS_KEY, JSON.stringify(prefs));
  } catch {
    // Not remembered, still applied.
  }
}

export const usePresentStore = create<PresentState>()((set, get) => {
  const updateTimer = (stageId: Id, change: (timer: WorkshopTimer) => WorkshopTimer) =>
    set((state) => ({ timers: { ...state.timers, [stageId]: change(timerOf(state, stageId)) } }));
  const savePrefs = (change: Partial<PresentPrefs>) => {
    set(change);
    const { highContrast, largeText } = get();
    writePrefs({ highContrast, largeText });
  };

  return {
    active: false,
    stageIndex: null,
    lastLaneId: null,
    timers: {},
    ...readPrefs(),
    enter: (stageIndex = 0) => set({ active: true, stageIndex }),
    leave: () => set({ active: false }),
    next: (stageCount) =>
      set(({ stageIndex }) => {
        if (stageCount <= 0) return { stageIndex: null };
        if (stageIndex === null) return { stageIndex: 0 };
        return { stageIndex: Math.min(stageCount - 1, stageIndex + 1) };
      }),
    previous: () =>
      set(({ stageIndex }) => ({
        stageIndex: stageIndex === null || stageIndex <= 0 ? null : stageIndex - 1,
      })),
    overview: () => set({ stageIndex: null }),
    last: (stageCount) => set({ stageIndex: stageCount > 0 ? stageCount - 1 : null }),
    setHighContrast: (highContrast) => savePrefs({ highContrast }),
    setLargeText: (largeText) => savePrefs({ largeText }),
    setLastLane: (lastLaneId) => set({ lastLaneId }),
    chooseTimer: (stageId, minutes) => updateTimer(stageId, () => timerOfMinutes(minutes)),
    startTimer: (stageId, now = Date.now()) =>
      updateTimer(stageId, (timer) => startTimer(timer, now)),
    pauseTimer: (stageId, now = Date.now()) =>
      updateTimer(stageId, (timer) => pauseTimer(timer, now)),
    resetTimer: (stageId) => updateTimer(stageId, resetTimer),
  };
});
