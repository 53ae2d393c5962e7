// The editor for one stored journey: opens a storage session, shows the canvas and its banners.
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { JourneyCanvas } from '../canvas/JourneyCanvas';
import { useShortcuts } from '../canvas/useShortcuts';
import { repository } from '../persistence';
import { openJourneySession } from '../persistence/journeySession';
import { journeyStore } from '../store';
import { useLibraryStore } from '../store/libraryStore';
import { useSessionStore } from '../store/sessionStore';
import { Inspector } from '../ui/inspector/Inspector';
import { PersonaStrip } from '../ui/PersonaStrip';
import { SessionBanner } from '../ui/SessionBanner';
import { ShortcutsDialog } from '../ui/ShortcutsDialog';
import { Toolbar } from '../ui/Toolbar';
import { routeHref } from './router';
import { APP_VERSION } from './version';

export function EditorPage({ journeyId }: { journeyId: string }) {
  const { t } = useTranslation();
  const mode = useSessionStore((s) => s.mode);
  useShortcuts();

  useEffect(() => {
    const { setMode, setSave, setControls } = useSessionStore.getState();
    setSave({ state: 'saved', savedAt: null });
    const opened = openJourneySession(journeyId, journeyStore, repository, APP_VERSION, {
      onMode: setMode,
      onSave: setSave,
    });
    setControls(opened);
    void useLibraryStore.getState().refreshPersonas();
    return () => {
      setControls(null);
      void opened.close();
    };
  }, [journeyId]);

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
    <div className="app">
      <Toolbar />
      <SessionBanner />
      <ShortcutsDialog />
      {mode.kind !== 'loading' && <PersonaStrip />}
      <main className="app__main">
        {mode.kind === 'loading' ? (
          <p className="editor-loading">{t('session.loading')}</p>
        ) : (
          <JourneyCanvas />
        )}
        {mode.kind !== 'loading' && <Inspector />}
      </main>
    </div>
  );
}
