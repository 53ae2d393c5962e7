// The Parcours app: the library home page, or the editor for one journey.
import { lazy, Suspense, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { requestPersistentStorage } from '../services/storage';
import { LibraryPage } from '../ui/library/LibraryPage';
import { UpdatePrompt } from '../ui/UpdatePrompt';
import { useRoute } from '../services/router';

// Each page but the library loads when first opened: the library's first download stays small.
const EditorRoute = lazy(() => import('./EditorRoute'));
const PersonaEditorPage = lazy(() =>
  import('../ui/personas/PersonaEditorPage').then((m) => ({ default: m.PersonaEditorPage })),
);
const PersonaSheetPage = lazy(() =>
  import('../ui/personas/PersonaSheetPage').then((m) => ({ default: m.PersonaSheetPage })),
);

export function App() {
  const { t, i18n } = useTranslation();
  const route = useRoute();

  useEffect(() => {
    document.documentElement.lang = i18n.language;
    document.title = `${t('app.name')} — ${t('app.tagline')}`;
  }, [i18n.language, t]);

  useEffect(() => {
    void requestPersistentStorage();
  }, []);

  return (
    <>
      <Suspense fallback={<p className="editor-loading">{t('session.loading')}</p>}>
        {route.name === 'journey' && <EditorRoute key={route.id} journeyId={route.id} />}
        {route.name === 'persona' && <PersonaEditorPage key={route.id} personaId={route.id} />}
        {route.name === 'personaSheet' && <PersonaSheetPage key={route.id} personaId={route.id} />}
      </Suspense>
      {route.name === 'library' && <LibraryPage tab={route.tab} />}
      <UpdatePrompt />
    </>
  );
}
