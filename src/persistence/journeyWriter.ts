// Saving a journey through the save worker: the page sends only what changed since the version
// storage holds (small and quick to copy), and the worker writes the whole record off the main
// thread. When the worker cannot (it did not start, storage holds another version, a write
// failed), the page writes the whole journey itself, as before, so its errors are the real ones.
import { diffJourney, isEmptyChange, type Journey } from '../model';
import type { WriteReply, WriteRequest } from './journeyWriterCore';

/** What the page needs of a worker; a fake in unit tests. */
export interface WriterPort {
  postMessage: (request: WriteRequest) => void;
  addEventListener: (type: 'message' | 'error', listener: (event: Event) => void) => void;
  terminate: () => void;
}

export interface JourneyWriterOptions {
  /**
   * Starts the save worker, or null where there is none. It is called on the first write or on
   * `warmUp`, whichever comes first: starting a worker costs the main thread about 10 ms, which
   * opening a map should not pay.
   */
  startPort: () => WriterPort | null;
  /** The version storage holds when editing starts. */
  stored: Journey;
  /** The database version the page opened, which the worker must find. */
  databaseVersion: number;
  /** The page's own whole-journey write. */
  writeWhole: (journey: Journey) => Promise<void>;
}

export interface JourneyWriter {
  write: (journey: Journey) => Promise<void>;
  /** Starts the save worker now, before the first write needs it (e.g. once the page is idle). */
  warmUp: () => void;
  close: () => void;
}

/** Starts the save worker; null where workers are unavailable (then the page writes). */
export function startSaveWorker(): WriterPort | null {
  try {
    return new Worker(new URL('./journeyWriter.worker.ts', import.meta.url), {
      type: 'module',
      name: 'parcours-save',
    }) as WriterPort;
  } catch {
    return null;
  }
}

export function createJourneyWriter(options: JourneyWriterOptions): JourneyWriter {
  const { writeWhole, databaseVersion } = options;
  let port: WriterPort | null = null;
  let started = false;
  /** The version storage is known to hold: each change is taken from it. */
  let written = options.stored;
  let seq = 0;
  const waiting = new Map<number, (reply: WriteReply | null) => void>();

  /** The worker is gone: every write waiting on it falls back to the page. */
  function giveUp() {
    port?.terminate();
    port = null;
    for (const answer of waiting.values()) answer(null);
    waiting.clear();
  }

  function start() {
    if (started) return;
    started = true;
    port = options.startPort();
    port?.addEventListener('message', (event) => {
      const reply = (event as MessageEvent<WriteReply>).data;
      const answer = waiting.get(reply.seq);
      waiting.delete(reply.seq);
      answer?.(reply);
    });
    port?.addEventListener('error', giveUp);
  }

  function viaWorker(journey: Journey): Promise<WriteReply | null> {
    start();
    const worker = port;
    if (!worker) return Promise.resolve(null);
    const change = diffJourney(written, journey);
    if (isEmptyChange(change)) return Promise.resolve({ seq, outcome: 'written' });
    seq += 1;
    const request: WriteRequest = {
      seq,
      journeyId: journey.id,
      base: written.updatedAt,
      change,
      databaseVersion,
    };
    return new Promise((resolve) => {
      waiting.set(request.seq, resolve);
      try {
        worker.postMessage(request);
      } catch {
        waiting.delete(request.seq);
        resolve(null);
      }
    });
  }

  return {
    async write(journey) {
      const reply = journey.id === written.id ? await viaWorker(journey) : null;
      if (reply?.outcome !== 'written') await writeWhole(journey);
      written = journey;
    },
    warmUp: start,
    close() {
      // A writer closed before it started never starts its worker.
      started = true;
      giveUp();
    },
  };
}
