// Autosave: a throttle that writes the open journey 300 ms after the first unsaved edit, one
// transaction per save, so even editing that never pauses is saved every 300 ms or so. Edits also go to a synchronous write-ahead journal
// within about 100 ms, and at once when the page is hidden or goes away, so neither a reload during
// a save nor a busy database can lose them. A failed write leaves the journey in memory, reports
// the failure, and is retried on the next edit or on request.
import type { Journey, SaveStatus } from '../model';
import type { EditJournal } from './editJournal';

/** The first unsaved edit is saved this long after it, even if edits never stop (a throttle). */
export const AUTOSAVE_DELAY_MS = 300;
/** Edits reach the journal this soon: a browser killed half a second after an edit keeps it. */
export const JOURNAL_DELAY_MS = 100;

/**
 * The name that says why a write failed, looking through the wrappers Dexie and the browser put
 * around it: a full disk often arrives as an AbortError whose inner error is QuotaExceededError.
 */
export function describeStorageError(error: unknown): { errorName: string; message: string } {
  const message = error instanceof Error ? error.message : String(error);
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current; depth += 1) {
    const { name, message: text } = (current ?? {}) as { name?: unknown; message?: unknown };
    if (name === 'QuotaExceededError' || (typeof text === 'string' && /quota/i.test(text))) {
      return { errorName: 'QuotaExceededError', message };
    }
    if (name === 'DatabaseClosedError') return { errorName: 'DatabaseClosedError', message };
    const wrapper = current as { inner?: unknown; cause?: unknown };
    current = wrapper.inner ?? wrapper.cause;
  }
  return { errorName: error instanceof Error ? error.name : 'Error', message };
}

/**
 * A performance measure from `start` to now, so the benchmark's long-task observer can tell the
 * main-thread work of saving from the rest.
 */
function measure(name: string, start: number) {
  try {
    performance.measure(name, { start, end: performance.now() });
  } catch {
    // A runtime without User Timing: the measure is only for benchmarks.
  }
}

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
  /** Where unsaved edits are written synchronously; omitted, only IndexedDB saves run. */
  journal?: EditJournal;
  delayMs?: number;
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
  const journal = options.journal;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let journalTimer: ReturnType<typeof setTimeout> | null = null;
  let dirty = false;
  let inFlight: Promise<void> | null = null;
  let stopped = false;
  /** The version storage is known to hold: what was loaded, then each confirmed save. */
  let stored = source.getJourney();
  /** The version a save under way is writing: storage may or may not hold it yet. */
  let saving: Journey | null = null;

  function writeJournal() {
    if (journalTimer) {
      clearTimeout(journalTimer);
      journalTimer = null;
    }
    const current = source.getJourney();
    if (current.id !== stored.id || !journal) return;
    const started = performance.now();
    journal.write(current, stored, saving);
    measure('parcours:journal', started);
  }

  function scheduleJournal() {
    if (!journal || journalTimer) return;
    journalTimer = setTimeout(writeJournal, JOURNAL_DELAY_MS);
  }

  /** A save of `snapshot` reached storage: the journal now only needs what came after it. */
  function confirmSaved(snapshot: Journey) {
    stored = snapshot;
    if (source.getJourney() === snapshot) {
      if (journalTimer) clearTimeout(journalTimer);
      journalTimer = null;
      journal?.clear();
    } else scheduleJournal();
  }

  async function writeNow(): Promise<void> {
    if (inFlight) {
      await inFlight;
      if (!dirty) return;
    }
    if (!dirty) return;
    const snapshot = source.getJourney();
    saving = snapshot;
    onStatus({ state: 'saving' });
    const started = performance.now();
    inFlight = save(snapshot)
      .then(() => {
        measure('parcours:save', started);
        confirmSaved(snapshot);
        // Edits made while writing stay dirty and are saved by the timer they scheduled.
        if (source.getJourney() === snapshot) {
          dirty = false;
          onStatus({ state: 'saved', savedAt: new Date().toISOString() });
        }
      })
      .catch((error: unknown) => {
        onStatus({ state: 'failed', ...describeStorageError(error) });
      })
      .finally(() => {
        inFlight = null;
        saving = null;
      });
    await inFlight;
  }

  /** A save runs `delay` after the first unsaved edit; later edits join it rather than push it back. */
  function schedule() {
    if (timer) return;
    timer = setTimeout(() => {
      timer = null;
      void writeNow();
    }, delay);
  }

  const unsubscribe = source.subscribe((journey, previous) => {
    if (stopped || journey === previous) return;
    // Loading another journey is not an edit: nothing to save, and storage holds it as it is.
    if (journey.id !== previous.id) {
      stored = journey;
      return;
    }
    dirty = true;
    onStatus({ state: 'pending' });
    schedule();
    scheduleJournal();
  });

  async function flush(): Promise<void> {
    if (timer) {
      clearTimeout(timer);
      timer = null;
    }
    await writeNow();
  }

  /**
   * The page is going away: the journal is written synchronously, which nothing can cancel; then
   * the IndexedDB write is queued without waiting on any promise, as a best effort.
   */
  function flushOnExit() {
    if (!dirty && !inFlight) return;
    writeJournal();
    if (timer) {
      clearTimeout(timer);
      timer = null;
    }
    if (!dirty || inFlight) {
      // The running save finishes if the page lives on; the journal covers it if it does not.
      if (dirty) void writeNow();
      return;
    }
    const snapshot = source.getJourney();
    const queued = options.saveOnExit?.(snapshot, (error) => {
      if (error) {
        dirty = true;
        onStatus({ state: 'failed', ...describeStorageError(error) });
        return;
      }
      confirmSaved(snapshot);
      if (source.getJourney() === snapshot && !dirty) {
        onStatus({ state: 'saved', savedAt: new Date().toISOString() });
      }
    });
    if (queued) {
      dirty = false;
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
      if (journalTimer) clearTimeout(journalTimer);
      unsubscribe();
      page?.removeEventListener('pagehide', onPageHide);
      page?.document?.removeEventListener('visibilitychange', onVisibility);
    },
  };
}
