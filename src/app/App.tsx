// The Parcours app: the library home page, or the editor for one journey.
import { Suspense, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { requestPersistentStorage } from '../services/storage';
import { LibraryPage } from '../ui/library/LibraryPage';
import { UpdatePrompt } from '../ui/UpdatePrompt';
import { useRoute } from '../services/router';

import { editorPage, personaEditorPage, personaSheetPage } from './pages';

// Each page but the library loads when first opened (pages.ts): the library's download stays small.
const EditorRoute = editorPage.Page;
const PersonaEditorPage = personaEditorPage.Page;
const PersonaSheetPage = personaSheetPage.Page;

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
