// The editor for one stored journey: opens a storage session, shows the canvas and its banners.
import { useReactFlow, useStore } from '@xyflow/react';
import { Suspense, useEffect, useLayoutEffect } from 'react';
import { useTranslation } from '../i18n';
import { JourneyCanvas } from '../canvas/JourneyCanvas';
import { useFitMap } from '../canvas/useFitMap';
import { useCommandKeys } from '../commands/useCommandKeys';
import { useUiStore } from '../store';
import { useSessionStore } from '../store/sessionStore';
import { Inspector, selectedItemEditors } from '../ui/inspector/Inspector';
import { PersonaStrip } from '../ui/PersonaStrip';
import { usePresentClasses } from '../ui/present/presentClasses';
import { loadOnFirstUse, preloadWhenIdle } from '../ui/loadOnFirstUse';
import { usePresentStore } from '../store/presentStore';
import { ShortcutsDialog } from '../ui/ShortcutsDialog';
import { Toolbar } from '../ui/Toolbar';
import { routeHref } from '../services/router';
import type { LiveInvite } from '../services/live/address';
import { useLiveEntry } from '../store/liveEntryStore';
import { adoptEarlySession, openEditorSession } from './editorSession';

/** Present mode's code loads once the editor is idle, or when presenting starts. */
const presentMode = loadOnFirstUse(() =>
  import('../ui/present/PresentMode').then((module) => module.PresentMode),
);
const PresentMode = presentMode.Component;
/** Banners for storage trouble: rare, so they load after the map. */
const sessionBanner = loadOnFirstUse(() =>
  import('../ui/SessionBanner').then((module) => module.SessionBanner),
);
const SessionBanner = sessionBanner.Component;
/**
 * The live session (its connection, panels and presence) loads when Live is first used. It borrows
 * what the editor holds already (src/ui/live/editorKit.ts).
 */
const EDITOR_KIT = { useReactFlow, useStore };
const LiveLayer = loadOnFirstUse(() =>
  import('../ui/live/LiveLayer').then((module) => module.LiveLayer),
).Component;

/** `live`: a participant's editor, bound to a live room instead of a stored journey. */
export function EditorPage({ journeyId, live }: { journeyId: string; live?: LiveInvite }) {
  const { t } = useTranslation();
  const mode = useSessionStore((s) => s.mode);
  const presenting = usePresentStore((s) => s.active);
  const presentClasses = usePresentClasses();
  const liveWanted = useLiveEntry((s) => s.wanted) || live !== undefined;
  useCommandKeys(useFitMap());
  // The map comes first; then what a click or a key may need at once.
  useEffect(() => preloadWhenIdle(selectedItemEditors, presentMode, sessionBanner), []);

  // Before the first paint: the journey's lock and record are on their way while it is drawn,
  // or already here when the entry opened the session before the first render.
  useLayoutEffect(() => {
    // A participant's editor shows the room's journey, which the live layer brings.
    if (live) {
      // Nothing is stored on this device: the room keeps the journey.
      useSessionStore.getState().setSave({ state: 'live' });
      return () => useSessionStore.getState().setMode({ kind: 'loading' });
    }
    return adoptEarlySession(journeyId) ?? openEditorSession(journeyId);
    // `live` is the same room for as long as the journey id (the room) is.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [journeyId]);

  useEffect(() => () => useLiveEntry.setState({ wanted: false }), [journeyId]);

  if (mode.kind === 'missing' || mode.kind === 'quarantined') {
    return (
      <div className="editor-message" role="alert">
        <p>
          {mode.kind === 'missing'
            ? t('session.missing')
            : t('session.quarantined', { reason: mode.reason })}
        </p>
        <a href={routeHref({ name: 'library', tab: 'journeys' })}>{t('library.backToLibrary')}</a>
      </div>
    );
  }

  return (
    <div className={`app${presentClasses}`}>
      {mode.kind !== 'loading' && (
        <a
          className="skip-link"
          href="#journey-map"
          onClick={(event) => {
            // Routes live in the address's hash: move focus, never the route.
            event.preventDefault();
            useUiStore.getState().focusNode(null);
          }}
        >
          {t('canvas.skipToMap')}
        </a>
      )}
      {!presenting && <Toolbar />}
      <Suspense fallback={null}>
        <SessionBanner />
      </Suspense>
      <ShortcutsDialog />
      {mode.kind !== 'loading' && <PersonaStrip />}
      {liveWanted && (
        <Suspense fallback={null}>
          <LiveLayer journeyId={journeyId} invite={live} kit={EDITOR_KIT} />
        </Suspense>
      )}
      <main className="app__main">
        {mode.kind === 'loading' ? (
          <p className="editor-loading">{t('session.loading')}</p>
        ) : (
          <JourneyCanvas />
        )}
        {mode.kind !== 'loading' && !presenting && <Inspector />}
        {mode.kind !== 'loading' && presenting && (
          <Suspense fallback={null}>
            <PresentMode />
          </Suspense>
        )}
      </main>
    </div>
  );
}
