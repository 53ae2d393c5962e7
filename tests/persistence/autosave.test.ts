// @vitest-environment node
// Autosave: a write 300 ms after the first unsaved edit, even during non-stop editing, no writes for
// loads, failures reported with the document kept, and a synchronous write when the page goes away.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createJourney, type Journey, type SaveStatus } from '../../src/model';
import {
  AUTOSAVE_DELAY_MS,
  startAutosave,
  type Autosave,
  type AutosaveOptions,
  type AutosaveSource,
} from '../../src/persistence/autosave';
import { createDocumentStore, type DocumentStore } from '../../src/store/documentStore';
import { LABELS, must } from './helpers';

/** A page stand-in: pagehide on the page, visibilitychange on its document. */
class FakeDocument extends EventTarget {
  visibilityState: DocumentVisibilityState = 'visible';
}

function fakePage() {
  const document = new FakeDocument();
  const page = Object.assign(new EventTarget(), { document });
  return { page, document, asOption: page as unknown as AutosaveOptions['page'] };
}

function sourceOf(store: DocumentStore): AutosaveSource {
  return {
    getJourney: () => store.getState().journey,
    subscribe: (listener) =>
      store.subscribe((state, previous) => listener(state.journey, previous.journey)),
  };
}

function rename(store: DocumentStore, title: string) {
  store.getState().edit((draft) => {
    draft.title = title;
  });
}

let store: DocumentStore;
let statuses: SaveStatus[];
let saved: Journey[];
let save: ReturnType<typeof vi.fn<(journey: Journey) => Promise<void>>>;
let autosave: Autosave | null;

function start(options: Partial<AutosaveOptions> = {}): Autosave {
  autosave = startAutosave({
    source: sourceOf(store),
    save,
    onStatus: (status) => statuses.push(status),
    ...options,
  });
  return autosave;
}

function states(): string[] {
  return statuses.map((status) => status.state);
}

beforeEach(() => {
  vi.useFakeTimers();
  store = createDocumentStore(createJourney(LABELS));
  statuses = [];
  saved = [];
  save = vi.fn(async (journey: Journey) => {
    saved.push(journey);
  });
  autosave = null;
});

afterEach(() => {
  autosave?.stop();
  vi.useRealTimers();
});

describe('autosave', () => {
  it('writes nothing before the first edit', async () => {
    start();

    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS * 3);

    expect(save).not.toHaveBeenCalled();
    expect(statuses).toEqual([]);
  });

  it('saves a burst of quick edits once, 300 ms after the first of them', async () => {
    start();

    for (let i = 1; i <= 3; i += 1) {
      rename(store, `Title ${i}`);
      await vi.advanceTimersByTimeAsync(90);
    }
    // The first edit was 270 ms ago: nothing yet until 300 ms have passed since it.
    expect(save).not.toHaveBeenCalled();

    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS - 270);

    expect(save).toHaveBeenCalledTimes(1);
    expect(must(saved[0]).title).toBe('Title 3');
    expect(must(saved[0])).toBe(store.getState().journey);
    expect(statuses.at(-1)).toEqual({ state: 'saved', savedAt: expect.any(String) });

    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS * 2);
    expect(save).toHaveBeenCalledTimes(1);
  });

  it('reports pending, then saving, then saved', async () => {
    start();

    rename(store, 'Edited');
    expect(statuses).toEqual([{ state: 'pending' }]);

    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS);

    expect(states()).toEqual(['pending', 'saving', 'saved']);
  });

  it('still saves at least every AUTOSAVE_DELAY_MS while edits never stop', async () => {
    start();
    const savedAt: number[] = [];
    save.mockImplementation(async () => {
      savedAt.push(Date.now());
    });
    const startedAt = Date.now();
    const editEvery = 100;
    const duration = AUTOSAVE_DELAY_MS * 3;

    for (let elapsed = 0; elapsed < duration; elapsed += editEvery) {
      rename(store, `Title ${elapsed}`);
      await vi.advanceTimersByTimeAsync(editEvery);
    }

    expect(savedAt.length).toBeGreaterThanOrEqual(2);
    expect(must(savedAt[0]) - startedAt).toBeLessThanOrEqual(AUTOSAVE_DELAY_MS);
    // Each later save comes at most the maximum wait after the first edit it covers, which is
    // at most one edit interval after the save before it.
    for (let i = 1; i < savedAt.length; i += 1) {
      const gap = must(savedAt[i]) - must(savedAt[i - 1]);
      expect(gap).toBeLessThanOrEqual(AUTOSAVE_DELAY_MS + editEvery);
    }
  });

  it('saves nothing when another journey is loaded', async () => {
    start();

    store.getState().load(createJourney({ ...LABELS, title: 'Another journey' }));
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS * 2);

    expect(save).not.toHaveBeenCalled();
    expect(statuses).toEqual([]);
  });

  it('saves edits to the newly loaded journey, not the one before it', async () => {
    start();
    const other = createJourney({ ...LABELS, title: 'Another journey' });
    store.getState().load(other);

    rename(store, 'Another journey, edited');
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS);

    expect(save).toHaveBeenCalledTimes(1);
    expect(must(saved[0]).id).toBe(other.id);
  });

  it('ignores state changes that leave the journey untouched', async () => {
    start();

    store.getState().setReadOnly(true);
    store.getState().setReadOnly(false);
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS);

    expect(save).not.toHaveBeenCalled();
  });

  it('writes at once on flush, and not again when the delay runs out', async () => {
    const saver = start();
    rename(store, 'Flushed');

    await saver.flush();

    expect(save).toHaveBeenCalledTimes(1);
    expect(must(saved[0]).title).toBe('Flushed');
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS);
    expect(save).toHaveBeenCalledTimes(1);
  });

  it('writes nothing on flush when there is no unsaved edit', async () => {
    const saver = start();

    await saver.flush();

    expect(save).not.toHaveBeenCalled();
  });

  it('reports a failed save by name and keeps the journey in the store, then retries on the next edit', async () => {
    start();
    save.mockRejectedValueOnce(
      new DOMException('The quota has been exceeded.', 'QuotaExceededError'),
    );

    rename(store, 'First try');
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS);

    expect(statuses.at(-1)).toEqual({
      state: 'failed',
      errorName: 'QuotaExceededError',
      message: 'The quota has been exceeded.',
    });
    expect(store.getState().journey.title).toBe('First try');

    rename(store, 'Second try');
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS);

    expect(save).toHaveBeenCalledTimes(2);
    expect(must(saved[0]).title).toBe('Second try');
    expect(statuses.at(-1)).toEqual({ state: 'saved', savedAt: expect.any(String) });
  });

  it('retries a failed save on flush, with no new edit', async () => {
    const saver = start();
    save.mockRejectedValueOnce(
      new DOMException('The quota has been exceeded.', 'QuotaExceededError'),
    );
    rename(store, 'Kept');
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS);
    expect(statuses.at(-1)).toMatchObject({ state: 'failed' });

    await saver.flush();

    expect(save).toHaveBeenCalledTimes(2);
    expect(must(saved[0]).title).toBe('Kept');
    expect(statuses.at(-1)).toMatchObject({ state: 'saved' });
  });

  it('keeps an edit made during a slow save dirty, and saves it afterwards', async () => {
    start();
    let finishFirst: () => void = () => {};
    save.mockImplementationOnce(
      (journey) =>
        new Promise<void>((resolve) => {
          saved.push(journey);
          finishFirst = resolve;
        }),
    );
    rename(store, 'During');
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS);
    expect(save).toHaveBeenCalledTimes(1);

    rename(store, 'After');
    finishFirst();
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS);

    expect(save).toHaveBeenCalledTimes(2);
    expect(saved.map((journey) => journey.title)).toEqual(['During', 'After']);
    expect(statuses.at(-1)).toMatchObject({ state: 'saved' });
  });

  it('on pagehide, writes the latest journey synchronously through saveOnExit', () => {
    const { page, asOption } = fakePage();
    const saveOnExit = vi.fn<NonNullable<AutosaveOptions['saveOnExit']>>(() => true);
    start({ page: asOption, saveOnExit });
    rename(store, 'Leaving');

    page.dispatchEvent(new Event('pagehide'));

    // No timer or promise has run: the write was queued inside the event handler.
    expect(saveOnExit).toHaveBeenCalledTimes(1);
    expect(must(saveOnExit.mock.calls[0])[0]).toBe(store.getState().journey);
    expect(save).not.toHaveBeenCalled();
    expect(statuses.at(-1)).toEqual({ state: 'saving' });

    must(saveOnExit.mock.calls[0])[1](null);
    expect(statuses.at(-1)).toEqual({ state: 'saved', savedAt: expect.any(String) });
  });

  it('on pagehide, cancels the debounced save it replaced', async () => {
    const { page, asOption } = fakePage();
    const saveOnExit = vi.fn<NonNullable<AutosaveOptions['saveOnExit']>>(() => true);
    start({ page: asOption, saveOnExit });
    rename(store, 'Leaving');

    page.dispatchEvent(new Event('pagehide'));
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS);

    expect(save).not.toHaveBeenCalled();
  });

  it('writes on exit when the document becomes hidden, not when it becomes visible', () => {
    const { document, asOption } = fakePage();
    const saveOnExit = vi.fn<NonNullable<AutosaveOptions['saveOnExit']>>(() => true);
    start({ page: asOption, saveOnExit });
    rename(store, 'Switching tabs');

    document.visibilityState = 'visible';
    document.dispatchEvent(new Event('visibilitychange'));
    expect(saveOnExit).not.toHaveBeenCalled();

    document.visibilityState = 'hidden';
    document.dispatchEvent(new Event('visibilitychange'));
    expect(saveOnExit).toHaveBeenCalledTimes(1);
  });

  it('writes nothing on pagehide when there is no unsaved edit', () => {
    const { page, asOption } = fakePage();
    const saveOnExit = vi.fn<NonNullable<AutosaveOptions['saveOnExit']>>(() => true);
    start({ page: asOption, saveOnExit });

    page.dispatchEvent(new Event('pagehide'));

    expect(saveOnExit).not.toHaveBeenCalled();
    expect(save).not.toHaveBeenCalled();
  });

  it('falls back to an ordinary save on pagehide when saveOnExit cannot queue the write', async () => {
    const { page, asOption } = fakePage();
    const saveOnExit = vi.fn<NonNullable<AutosaveOptions['saveOnExit']>>(() => false);
    start({ page: asOption, saveOnExit });
    rename(store, 'Leaving');

    page.dispatchEvent(new Event('pagehide'));

    expect(save).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(0);
    expect(statuses.at(-1)).toMatchObject({ state: 'saved' });
  });

  it('reports a write on exit that fails, and saves again on the next flush', async () => {
    const { page, asOption } = fakePage();
    const saveOnExit = vi.fn<NonNullable<AutosaveOptions['saveOnExit']>>(() => true);
    const saver = start({ page: asOption, saveOnExit });
    rename(store, 'Leaving');
    page.dispatchEvent(new Event('pagehide'));

    must(saveOnExit.mock.calls[0])[1](new DOMException('full', 'QuotaExceededError'));

    expect(statuses.at(-1)).toEqual({
      state: 'failed',
      errorName: 'QuotaExceededError',
      message: 'full',
    });
    await saver.flush();
    expect(save).toHaveBeenCalledTimes(1);
    expect(must(saved[0]).title).toBe('Leaving');
  });

  it('stops listening to edits and to the page once stopped', async () => {
    const { page, document, asOption } = fakePage();
    const saveOnExit = vi.fn<NonNullable<AutosaveOptions['saveOnExit']>>(() => true);
    const saver = start({ page: asOption, saveOnExit });

    saver.stop();
    rename(store, 'After stop');
    page.dispatchEvent(new Event('pagehide'));
    document.visibilityState = 'hidden';
    document.dispatchEvent(new Event('visibilitychange'));
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS);

    expect(save).not.toHaveBeenCalled();
    expect(saveOnExit).not.toHaveBeenCalled();
    expect(statuses).toEqual([]);
  });
});
