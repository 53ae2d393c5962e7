// Work that can wait for the first screen: run it once the browser is idle.

/**
 * Runs `run` once the browser is idle, or after `timeoutMs` at the latest (after 200 ms where the
 * browser cannot tell idle time); returns a function that cancels it.
 */
export function whenIdle(run: () => void, timeoutMs: number): () => void {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(run, { timeout: timeoutMs });
    return () => cancelIdleCallback(handle);
  }
  const timer = setTimeout(run, 200);
  return () => clearTimeout(timer);
}
