// @vitest-environment node
// Workshop timer arithmetic: the time left is a pure function of the timer and "now".
import { describe, expect, it } from 'vitest';
import {
  MAX_TIMER_MINUTES,
  formatClock,
  isFinished,
  isRunning,
  pauseTimer,
  remainingAt,
  resetTimer,
  startTimer,
  timerOfMinutes,
} from '../../src/store/workshopTimer';

const T0 = 1_750_000_000_000;
const MIN = 60_000;

describe('the workshop timer', () => {
  it('starts full and still, whatever the time', () => {
    const timer = timerOfMinutes(5);
    expect(remainingAt(timer, T0)).toBe(5 * MIN);
    expect(remainingAt(timer, T0 + 10 * MIN)).toBe(5 * MIN);
    expect(isRunning(timer, T0)).toBe(false);
  });

  it('counts down from the moment it starts', () => {
    const running = startTimer(timerOfMinutes(2), T0);
    expect(remainingAt(running, T0)).toBe(2 * MIN);
    expect(remainingAt(running, T0 + 30_000)).toBe(90_000);
    expect(isRunning(running, T0 + 30_000)).toBe(true);
  });

  it('keeps the time left while paused, and resumes from it', () => {
    const paused = pauseTimer(startTimer(timerOfMinutes(2), T0), T0 + 45_000);
    expect(remainingAt(paused, T0 + 45_000)).toBe(75_000);
    expect(remainingAt(paused, T0 + 10 * MIN)).toBe(75_000);
    const resumed = startTimer(paused, T0 + 10 * MIN);
    expect(remainingAt(resumed, T0 + 10 * MIN + 15_000)).toBe(60_000);
  });

  it('stops at zero and reports it finished', () => {
    const running = startTimer(timerOfMinutes(1), T0);
    expect(remainingAt(running, T0 + 5 * MIN)).toBe(0);
    expect(isFinished(running, T0 + MIN)).toBe(true);
    expect(isRunning(running, T0 + MIN)).toBe(false);
  });

  it('starts a finished timer again from its full length', () => {
    const finished = startTimer(timerOfMinutes(1), T0);
    const again = startTimer(finished, T0 + 2 * MIN);
    expect(remainingAt(again, T0 + 2 * MIN + 10_000)).toBe(50_000);
  });

  it('ignores a second start and a pause of a still timer', () => {
    const running = startTimer(timerOfMinutes(3), T0);
    expect(startTimer(running, T0 + 20_000)).toBe(running);
    const still = timerOfMinutes(3);
    expect(pauseTimer(still, T0)).toBe(still);
  });

  it('never adds time when the clock steps backwards', () => {
    const running = startTimer(timerOfMinutes(2), T0);
    expect(remainingAt(running, T0 - 60_000)).toBe(2 * MIN);
  });

  it('resets to its full length, stopped', () => {
    const reset = resetTimer(startTimer(timerOfMinutes(10), T0));
    expect(reset).toEqual({ durationMs: 10 * MIN, remainingMs: 10 * MIN, runningSince: null });
  });

  it('keeps a custom length to whole minutes between one and the maximum', () => {
    expect(timerOfMinutes(7.4).durationMs).toBe(7 * MIN);
    expect(timerOfMinutes(0).durationMs).toBe(MIN);
    expect(timerOfMinutes(10_000).durationMs).toBe(MAX_TIMER_MINUTES * MIN);
  });

  it('reads as minutes and seconds, rounding up so a fresh timer shows its length', () => {
    expect(formatClock(5 * MIN)).toBe('5:00');
    expect(formatClock(5 * MIN - 1)).toBe('5:00');
    expect(formatClock(61_000)).toBe('1:01');
    expect(formatClock(999)).toBe('0:01');
    expect(formatClock(0)).toBe('0:00');
    expect(formatClock(-5)).toBe('0:00');
    expect(formatClock(90 * MIN)).toBe('1:30:00');
  });
});
