// Functions the benchmark runs inside the page (page.evaluate / addInitScript). Each one is
// self-contained: Playwright sends its source text, so it can use nothing from this module.
/* global window, document, requestAnimationFrame, indexedDB */

/**
 * Init script: watches every animation frame from the start of the navigation and stamps
 * `window.__bench.readyAt` (performance.now(), i.e. ms since navigation start) at the first
 * requestAnimationFrame after the page is ready:
 * - mode 'canvas': cards (`selector`) are in the DOM, every React Flow node is measured (none is
 *   still `visibility: hidden`), and the opening viewport has moved the view off React Flow's initial
 *   `translate(0px, 0px) scale(1)`. The baseline fits the whole map (fitView); Parcours opens at a
 *   readable zoom on its first stages (src/canvas/initialViewport.ts), with a margin, so it always
 *   moves too — and draws only the part of the map on screen, as a person sees it on opening;
 * - mode 'count': at least `count` elements match `selector`.
 */
export function readyProbe({ mode, selector, count = 1 }) {
  const state = { readyAt: null, detectedAt: null, nodes: 0, cards: 0 };
  window.__bench = state;
  const ready = () => {
    const found = document.querySelectorAll(selector);
    if (found.length < count) return false;
    if (mode === 'count') return true;
    const viewport = document.querySelector('.react-flow__viewport');
    if (!viewport || viewport.style.transform === 'translate(0px, 0px) scale(1)') return false;
    const nodes = document.querySelectorAll('.react-flow__node');
    for (const node of nodes) if (node.style.visibility === 'hidden') return false;
    state.nodes = nodes.length;
    state.cards = found.length;
    return true;
  };
  const tick = () => {
    if (state.detectedAt !== null) {
      state.readyAt = performance.now();
      return;
    }
    if (ready()) state.detectedAt = performance.now();
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
}

/** Resolves once `frames` animation frames in a row were shorter than `limitMs` (or on timeout). */
export function waitQuiet({ frames = 10, limitMs = 25, timeoutMs = 5_000 }) {
  return new Promise((resolve) => {
    const start = performance.now();
    let calm = 0;
    let last = null;
    const tick = (time) => {
      if (last !== null) calm = time - last < limitMs ? calm + 1 : 0;
      last = time;
      if (calm >= frames || performance.now() - start > timeoutMs)
        resolve(performance.now() - start);
      else requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
}

/**
 * The centres of up to `count` fully visible, unobstructed nodes (`selector`), nearest first to a
 * point in the upper left of the pane, each with the pane's bounds.
 */
export function pickDragTarget({ selector, count }) {
  const pane = document.querySelector('.react-flow')?.getBoundingClientRect();
  if (!pane) return [];
  const aim = { x: pane.left + pane.width * 0.3, y: pane.top + pane.height * 0.35 };
  const found = [];
  for (const element of document.querySelectorAll(selector)) {
    const box = element.getBoundingClientRect();
    if (box.width < 6 || box.height < 4) continue;
    if (box.left < pane.left || box.right > pane.right) continue;
    if (box.top < pane.top || box.bottom > pane.bottom) continue;
    const x = box.left + box.width / 2;
    const y = box.top + box.height / 2;
    if (document.elementFromPoint(x, y)?.closest('.react-flow__node') !== element) continue;
    found.push({ x, y, distance: Math.hypot(x - aim.x, y - aim.y) });
  }
  const bounds = { left: pane.left, top: pane.top, right: pane.right, bottom: pane.bottom };
  return found
    .sort((a, b) => a.distance - b.distance)
    .slice(0, count)
    .map(({ x, y }) => ({ x, y, pane: bounds }));
}

/** Starts recording requestAnimationFrame timestamps. */
export function startFrames() {
  const recorder = { stamps: [], on: true, dragged: false };
  window.__frames = recorder;
  const tick = (time) => {
    if (!recorder.on) return;
    recorder.stamps.push(time);
    // React Flow marks the nodes it drags; Parcours marks the map while it drags cards itself.
    const moving = '.react-flow__node.dragging, .react-flow[data-dragging-cards]';
    if (!recorder.dragged && document.querySelector(moving)) {
      recorder.dragged = true;
    }
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
}

/** Stops recording; returns the frame timestamps and whether a node was being dragged. */
export function stopFrames() {
  const recorder = window.__frames;
  recorder.on = false;
  return { stamps: recorder.stamps, dragged: recorder.dragged };
}

/**
 * Replaces (clear: true) or adds journeys in the app's IndexedDB 'journeys' table, raw. Clearing
 * also drops the edit journals a closed page left behind (a drag whose save had not landed when
 * the run closed its page): the app would replay them onto the fresh journey when it next opens.
 */
export function seedJourneys({ journeys, clear }) {
  if (clear) {
    const journals = [];
    for (let index = 0; index < localStorage.length; index += 1) {
      const key = localStorage.key(index);
      if (key?.startsWith('parcours.journal.')) journals.push(key);
    }
    for (const key of journals) localStorage.removeItem(key);
  }
  return new Promise((resolve, reject) => {
    const request = indexedDB.open('parcours');
    request.onerror = () => reject(request.error);
    request.onsuccess = () => {
      const db = request.result;
      if (!db.objectStoreNames.contains('journeys')) {
        db.close();
        reject(new Error("no 'journeys' table: the app has not created its database yet"));
        return;
      }
      const tx = db.transaction('journeys', 'readwrite');
      const store = tx.objectStore('journeys');
      if (clear) store.clear();
      for (const journey of journeys) store.put(journey);
      tx.oncomplete = () => {
        db.close();
        resolve(journeys.length);
      };
      tx.onerror = () => reject(tx.error);
      tx.onabort = () => reject(tx.error ?? new Error('seeding aborted'));
    };
  });
}

/** Times `times` raw puts (one transaction each, to commit) of the stored journey `id`. */
export function timePuts({ id, times }) {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open('parcours');
    request.onerror = () => reject(request.error);
    request.onsuccess = () => {
      const db = request.result;
      const get = db.transaction('journeys', 'readonly').objectStore('journeys').get(id);
      get.onerror = () => reject(get.error);
      get.onsuccess = async () => {
        const record = get.result;
        if (!record) {
          reject(new Error(`journey ${id} is not stored`));
          return;
        }
        const durations = [];
        for (let i = 0; i < times; i += 1) {
          durations.push(
            await new Promise((done, fail) => {
              const start = performance.now();
              const tx = db.transaction('journeys', 'readwrite');
              tx.objectStore('journeys').put(record);
              tx.oncomplete = () => done(performance.now() - start);
              tx.onerror = () => fail(tx.error);
            }),
          );
        }
        db.close();
        resolve({ durations, jsonBytes: JSON.stringify(record).length });
      };
    };
  });
}

/**
 * Arms a save watcher: on the next `input` event (captured on window, before the app sees it) it
 * stamps t0, then polls IndexedDB every few ms through the 'updatedAt' index (keys only, so a poll
 * never reads the whole journey) until the stored record for `id` changes and carries `title`,
 * and stamps t1. Resolves once armed; the result lands in window.__save.
 */
export function armSaveWatch({ id, title }) {
  const state = { t0: null, t1: null, polls: 0, error: null };
  window.__save = state;
  return new Promise((resolve, reject) => {
    const request = indexedDB.open('parcours');
    request.onerror = () => reject(request.error);
    request.onsuccess = () => {
      const db = request.result;
      const stamp = () =>
        new Promise((done, fail) => {
          const tx = db.transaction('journeys', 'readonly');
          const cursor = tx.objectStore('journeys').index('updatedAt').openKeyCursor();
          cursor.onerror = () => fail(cursor.error);
          cursor.onsuccess = () => {
            const at = cursor.result;
            if (!at) done(null);
            else if (at.primaryKey === id) done(at.key);
            else at.continue();
          };
        });
      const readTitle = () =>
        new Promise((done, fail) => {
          const get = db.transaction('journeys', 'readonly').objectStore('journeys').get(id);
          get.onerror = () => fail(get.error);
          get.onsuccess = () => done(get.result?.title);
        });
      stamp().then((initial) => {
        let before = initial;
        const poll = async () => {
          try {
            state.polls += 1;
            const now = await stamp();
            if (now !== before) {
              before = now;
              if ((await readTitle()) === title) {
                state.t1 = performance.now();
                db.close();
                return;
              }
            }
            setTimeout(poll, 2);
          } catch (error) {
            state.error = String(error);
          }
        };
        window.addEventListener(
          'input',
          () => {
            state.t0 = performance.now();
            void poll();
          },
          { capture: true, once: true },
        );
        resolve(initial);
      }, reject);
    };
  });
}

/**
 * Init script: records every long task (over 50 ms on the main thread) the page runs, as
 * `{ start, end }` in performance.now() time, into window.__longTasks.
 */
export function longTaskProbe() {
  const tasks = [];
  window.__longTasks = tasks;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      tasks.push({ start: entry.startTime, end: entry.startTime + entry.duration });
    }
  }).observe({ type: 'longtask', buffered: true });
}

/**
 * The longest main-thread task that overlaps the app's saves (its `parcours:save` and
 * `parcours:journal` performance measures) since `since`, and how many saves ran; 0 when no task
 * passed 50 ms, the long-task observer's floor.
 */
export function saveLongTasks({ since }) {
  const saves = performance
    .getEntriesByType('measure')
    .filter((entry) => entry.name === 'parcours:save' || entry.name === 'parcours:journal')
    .filter((entry) => entry.startTime >= since);
  let longest = 0;
  for (const task of window.__longTasks ?? []) {
    const overlaps = saves.some(
      (save) => task.start < save.startTime + save.duration && task.end > save.startTime,
    );
    if (overlaps) longest = Math.max(longest, task.end - task.start);
  }
  return {
    longest,
    saves: saves.filter((entry) => entry.name === 'parcours:save').length,
    journals: saves.filter((entry) => entry.name === 'parcours:journal').length,
  };
}
