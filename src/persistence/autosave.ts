// Autosave: writes the open journey about 300 ms after the last edit, one transaction per save.
// Pending edits are flushed when the page is hidden or closed. A failed write leaves the journey in
// memory, reports the failure, and is retried on the next edit or on request.
import type { Journey } from '../model';

export const AUTOSAVE_DELAY_MS = 300;
/** Even during non-stop editing, a save happens at least this often. */
export const AUTOSAVE_MAX_WAIT_MS = 2_000;

export type SaveStatus =
  | { state: 'saved'; savedAt: string | null }
  | { state: 'pending' }
  | { state: 'saving' }
  | { state: 'failed'; errorName: string; message: string };

export interface AutosaveSource {
  getJourney: () => Journey;
  /** Calls back on every document change; returns the unsubscribe function. */
  subscribe: (listener: (journey: Journey, previous: Journey) => void) => () => void;
}

export interface AutosaveOptions {
  source: AutosaveSource;
  save: (journey: Journey) => Promise<void>;
  /** A synchronous, best-effort write for when the page is going away; true if it was queued. */
  saveOnExit?: (journey: Journey, onDone: (error: Error | null) => void) => boolean;
  onStatus: (status: SaveStatus) => void;
  delayMs?: number;
  maxWaitMs?: number;
  /** Where to listen for pagehide / visibilitychange; omitted in unit tests. */
  page?: Pick<Window, 'addEventListener' | 'removeEventListener'> & { document?: Document };
}

export interface Autosave {
  flush: () => Promise<void>;
  stop: () => void;
}

export function startAutosave(options: AutosaveOptions): Autosave {
  const { source, save, onStatus, page } = options;
  const delay = options.delayMs ?? AUTOSAVE_DELAY_MS;
  const maxWait = Math.max(delay, options.maxWaitMs ?? AUTOSAVE_MAX_WAIT_MS);
  let timer: ReturnType<typeof setTimeout> | null = null;
  let firstPendingAt: number | null = null;
  let dirty = false;
  let inFlight: Promise<void> | null = null;
  let stopped = false;

  async function writeNow(): Promise<void> {
    if (inFlight) {
      await inFlight;
      if (!dirty) return;
    }
    if (!dirty) return;
    firstPendingAt = null;
    const snapshot = source.getJourney();
    onStatus({ state: 'saving' });
    inFlight = save(snapshot)
      .then(() => {
        // Edits made while writing stay dirty and are saved by the timer they scheduled.
        if (source.getJourney() === snapshot) {
          dirty = false;
          onStatus({ state: 'saved', savedAt: new Date().toISOString() });
        }
      })
      .catch((error: unknown) => {
        const errorName = error instanceof Error ? error.name : 'Error';
        const message = error instanceof Error ? error.message : String(error);
        onStatus({ state: 'failed', errorName, message });
      })
      .finally(() => {
        inFlight = null;
      });
    await inFlight;
  }

  function schedule() {
    if (timer) clearTimeout(timer);
    const now = Date.now();
    firstPendingAt ??= now;
    const wait = Math.max(0, Math.min(delay, firstPendingAt + maxWait - now));
    timer = setTimeout(() => {
      timer = null;
      void writeNow();
    }, wait);
  }

  const unsubscribe = source.subscribe((journey, previous) => {
    if (stopped || journey === previous) return;
    // Loading another journey is not an edit: nothing to save.
    if (journey.id !== previous.id) return;
    dirty = true;
    onStatus({ state: 'pending' });
    schedule();
  });

  async function flush(): Promise<void> {
    if (timer) {
      clearTimeout(timer);
      timer = null;
    }
    await writeNow();
  }

  /** The page is going away: queue the write now, without waiting on any promise. */
  function flushOnExit() {
    if (timer) {
      clearTimeout(timer);
      timer = null;
    }
    if (!dirty || inFlight) {
      if (dirty) void writeNow();
      return;
    }
    const snapshot = source.getJourney();
    const queued = options.saveOnExit?.(snapshot, (error) => {
      if (error) {
        dirty = true;
        onStatus({ state: 'failed', errorName: error.name, message: error.message });
      } else if (source.getJourney() === snapshot && !dirty) {
        onStatus({ state: 'saved', savedAt: new Date().toISOString() });
      }
    });
    if (queued) {
      dirty = false;
      firstPendingAt = null;
      onStatus({ state: 'saving' });
      return;
    }
    void writeNow();
  }

  const onPageHide = () => flushOnExit();
  const onVisibility = () => {
    if (page?.document?.visibilityState === 'hidden') flushOnExit();
  };
  page?.addEventListener('pagehide', onPageHide);
  page?.document?.addEventListener('visibilitychange', onVisibility);

  return {
    flush,
    stop: () => {
      stopped = true;
      if (timer) clearTimeout(timer);
      unsubscribe();
      page?.removeEventListener('pagehide', onPageHide);
      page?.document?.removeEventListener('visibilitychange', onVisibility);
    },
  };
}
