// The stored journey's editing session, as the editor page holds it. Opening a journey from its
// address, the entry opens the session before React's first render (openBeforeFirstRender), so the
// map is drawn in that render instead of after a loading line; the page then adopts it.
import { repository } from '../services/storage';
import { openJourneySession } from '../services/journeySession';
import { stopPresenting } from '../services/presenting';
import { APP_VERSION } from '../services/version';
import { library } from '../services/library';
import { journeyStore } from '../store';
import { useFocusStore } from '../store/focusStore';
import { usePresentStore } from '../store/presentStore';
import { useSessionStore } from '../store/sessionStore';
import { wantLiveIfResumable } from '../store/liveEntryStore';

/** Opens the stored journey's session: the tab lock, the record, autosave. Returns what closes it. */
export function openEditorSession(journeyId: string): () => void {
  const { setMode, setSave, setControls } = useSessionStore.getState();
  setSave({ state: 'saved', savedAt: null });
  wantLiveIfResumable(journeyId);
  const opened = openJourneySession(journeyId, journeyStore, repository(), APP_VERSION, {
    onMode: setMode,
    onSave: setSave,
  });
  setControls(opened);
  void library.refreshPersonas();
  return () => {
    // Leaving the journey (back to the library) ends its presentation too.
    if (usePresentStore.getState().active) stopPresenting();
    // Focus is about one map in one sitting: another journey opens unfocused.
    useFocusStore.getState().clearFocus();
    setControls(null);
    void opened.close();
  };
}

/** A session the entry opened before the first render, waiting for its editor to mount. */
let earlySession: { journeyId: string; close: () => void } | null = null;

/** The session opened early for `journeyId`, if any: its close function. Any other is closed. */
export function adoptEarlySession(journeyId: string): (() => void) | null {
  const early = earlySession;
  earlySession = null;
  if (early?.journeyId === journeyId) return early.close;
  early?.close();
  return null;
}

/**
 * How long the first render waits for the journey before it shows the loading line instead: a
 * journey opens in well under a second; a database held up by another tab may take longer.
 */
const EARLY_OPEN_WAIT_MS = 3_000;

/**
 * Opening a journey from its address: the session opens before React's first render, so the map
 * is drawn in that render instead of after a loading line. Resolves once the session knows what to
 * show, or after EARLY_OPEN_WAIT_MS.
 */
export function openBeforeFirstRender(journeyId: string): Promise<void> {
  adoptEarlySession(journeyId)?.();
  earlySession = { journeyId, close: openEditorSession(journeyId) };
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      unsubscribe();
      resolve();
    };
    const timer = setTimeout(done, EARLY_OPEN_WAIT_MS);
    const unsubscribe = useSessionStore.subscribe((state) => {
      if (state.mode.kind !== 'loading') done();
    });
    if (useSessionStore.getState().mode.kind !== 'loading') done();
  });
}
