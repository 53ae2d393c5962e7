// A stage's workshop timer as it stands now, refreshed a few times a second only while it counts
// down: read by the timer panel and by the stage header's discreet countdown.
import { useEffect, useState } from 'react';
import type { Id } from '../model';
import { timerOf, usePresentStore } from './presentStore';
import { remainingAt, type WorkshopTimer } from './workshopTimer';

const TICK_MS = 250;

export interface StageClock {
  timer: WorkshopTimer;
  /** Milliseconds left. */
  left: number;
  running: boolean;
  done: boolean;
  /** Started, paused or finished: anything but a fresh timer. */
  touched: boolean;
}

export function useStageClock(stageId: Id): StageClock {
  const timer = usePresentStore((s) => timerOf(s, stageId));
  const [now, setNow] = useState(() => Date.now());
  const started = timer.runningSince !== null;
  // A stale `now` (before a fresh start) counts as no time elapsed, so the clock never jumps.
  const left = remainingAt(timer, now);
  const running = started && left > 0;
  useEffect(() => {
    if (!running) return;
    const handle = setInterval(() => setNow(Date.now()), TICK_MS);
    return () => clearInterval(handle);
  }, [running]);
  return { timer, left, running, done: left === 0, touched: left < timer.durationMs };
}
