// Workshop timer arithmetic: a countdown described by plain numbers, so the time left is a pure
// function of the timer and "now" (tests pass any clock; nothing here reads the real one).

export interface WorkshopTimer {
  /** The length chosen for the exercise, in milliseconds. */
  durationMs: number;
  /** Time left when the timer last stopped (or was started from). */
  remainingMs: number;
  /** When it was last started, in epoch milliseconds; null while paused or never started. */
  runningSince: number | null;
}

export const TIMER_PRESET_MINUTES = [2, 5, 10, 15] as const;
export const DEFAULT_TIMER_MINUTES = 5;
/** A custom length is kept between one minute and three hours. */
export const MAX_TIMER_MINUTES = 180;

export function timerOfMinutes(minutes: number): WorkshopTimer {
  const clamped = Math.min(MAX_TIMER_MINUTES, Math.max(1, Math.round(minutes)));
  const durationMs = clamped * 60_000;
  return { durationMs, remainingMs: durationMs, runningSince: null };
}

export function remainingAt(timer: WorkshopTimer, now: number): number {
  if (timer.runningSince === null) return timer.remainingMs;
  // A clock that steps backwards (a corrected system time) never adds time.
  const elapsed = Math.max(0, now - timer.runningSince);
  return Math.max(0, timer.remainingMs - elapsed);
}

export function isRunning(timer: WorkshopTimer, now: number): boolean {
  return timer.runningSince !== null && remainingAt(timer, now) > 0;
}

export function isFinished(timer: WorkshopTimer, now: number): boolean {
  return remainingAt(timer, now) === 0;
}

/** Starts or resumes; a finished timer starts again from its full length. */
export function startTimer(timer: WorkshopTimer, now: number): WorkshopTimer {
  if (timer.runningSince !== null && remainingAt(timer, now) > 0) return timer;
  const remainingMs = remainingAt(timer, now) > 0 ? remainingAt(timer, now) : timer.durationMs;
  return { ...timer, remainingMs, runningSince: now };
}

export function pauseTimer(timer: WorkshopTimer, now: number): WorkshopTimer {
  if (timer.runningSince === null) return timer;
  return { ...timer, remainingMs: remainingAt(timer, now), runningSince: null };
}

export function resetTimer(timer: WorkshopTimer): WorkshopTimer {
  return { ...timer, remainingMs: timer.durationMs, runningSince: null };
}

/** "4:05" or "1:02:00": whole seconds rounded up, so a fresh 5-minute timer reads 5:00. */
export function formatClock(ms: number): string {
  const total = Math.ceil(Math.max(0, ms) / 1000);
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = String(total % 60).padStart(2, '0');
  return hours > 0
    ? `${hours}:${String(minutes).padStart(2, '0')}:${seconds}`
    : `${minutes}:${seconds}`;
}
