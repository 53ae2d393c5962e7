// One editing tab per journey, through the Web Locks API. Other tabs open the journey read-only
// and can take over; the tab that loses the lock is told, flushes, and becomes read-only.
export interface JourneyLock {
  /** Resolves when another tab takes the lock over. */
  lost: Promise<void>;
  release: () => void;
}

function lockName(journeyId: string): string {
  return `parcours:journey:${journeyId}`;
}

export interface LockRequest {
  /** Take the lock from the tab that holds it. */
  steal?: boolean;
  /** Wait until the tab that holds it lets go (closes, leaves, crashes) instead of giving up. */
  wait?: boolean;
  /** Stops waiting; the promise then resolves null. */
  signal?: AbortSignal;
}

/**
 * Tries to become the editing tab. Resolves null when another tab holds the lock, unless `steal`
 * (take it from that tab) or `wait` (until that tab lets go) is set.
 */
export function acquireJourneyLock(
  journeyId: string,
  { steal = false, wait = false, signal }: LockRequest = {},
): Promise<JourneyLock | null> {
  const locks = globalThis.navigator?.locks;
  if (!locks) {
    // No Web Locks (very old browser): behave as the only tab rather than block editing.
    return Promise.resolve({ lost: new Promise<void>(() => {}), release: () => {} });
  }
  return new Promise((resolve) => {
    let release: () => void = () => {};
    const held = new Promise<void>((done) => {
      release = done;
    });
    const options: LockOptions = steal
      ? { steal: true }
      : wait
        ? { signal }
        : { ifAvailable: true };
    const request = locks.request(lockName(journeyId), options, async (lock) => {
      if (!lock) {
        resolve(null);
        return;
      }
      resolve({ lost, release });
      await held;
    });
    // A stolen lock rejects its request with an AbortError: that is the signal we lost it.
    const lost = request.then(
      () => new Promise<void>(() => {}),
      () => undefined,
    );
    // A wait given up before the lock came: nothing was held.
    if (wait) signal?.addEventListener('abort', () => resolve(null), { once: true });
  });
}
