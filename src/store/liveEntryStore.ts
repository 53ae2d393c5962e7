// Whether this editor wants the live session: the Live button and the L key ask for it, and the
// session's code (Yjs, the server connection, its panels) loads then, never before.
import { create } from 'zustand';

export const useLiveEntry = create<{ wanted: boolean; asked: number }>(() => ({
  wanted: false,
  asked: 0,
}));

/** Opens the live session: its start dialog, or its panel once a session runs. */
export const openLive = () => useLiveEntry.setState((s) => ({ wanted: true, asked: s.asked + 1 }));

/** Where this tab keeps the live session it started on a journey, to resume it after a reload. */
export const LIVE_RESUME_KEY = 'parcours.live.resume.';

/** A journey reopened in the tab that started its live session rejoins that session. */
export function wantLiveIfResumable(journeyId: string): void {
  try {
    if (sessionStorage.getItem(LIVE_RESUME_KEY + journeyId))
      useLiveEntry.setState({ wanted: true });
  } catch {
    // Storage can be blocked: the session is then started afresh.
  }
}
