// The Parcours app: the library home page, or the editor for one journey.
import { Suspense, useEffect } from 'react';
import { useTranslation } from '../i18n';
import { requestPersistentStorage } from '../services/storage';
import { UpdatePrompt } from '../ui/UpdatePrompt';
import { useRoute } from '../services/router';

import { editorPage, joinPage, libraryPage, personaEditorPage, personaSheetPage } from './pages';

// Each page loads when first opened (pages.ts): a page downloads only its own code.
const LibraryPage = libraryPage.Component;
const EditorRoute = editorPage.Component;
const PersonaEditorPage = personaEditorPage.Component;
const PersonaSheetPage = personaSheetPage.Component;
const JoinPage = joinPage.Component;

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
        {route.name === 'library' && <LibraryPage tab={route.tab} />}
        {route.name === 'join' && <JoinPage key={route.room} invite={route} />}
        {route.name === 'live' && (
          <EditorRoute key={route.room} journeyId={route.room} live={route} />
        )}
      </Suspense>
      <UpdatePrompt />
    </>
  );
}
