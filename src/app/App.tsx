// The Parcours app: the library home page, or the editor for one journey.
import { ReactFlowProvider } from '@xyflow/react';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { requestPersistentStorage } from '../services/storage';
import { LibraryPage } from '../ui/library/LibraryPage';
import { PersonaEditorPage } from '../ui/personas/PersonaEditorPage';
import { PersonaSheetPage } from '../ui/personas/PersonaSheetPage';
import { UpdatePrompt } from '../ui/UpdatePrompt';
import { EditorPage } from './EditorPage';
import { useRoute } from '../services/router';

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
      {route.name === 'journey' && (
        <ReactFlowProvider key={route.id}>
          <EditorPage journeyId={route.id} />
        </ReactFlowProvider>
      )}
      {route.name === 'persona' && <PersonaEditorPage key={route.id} personaId={route.id} />}
      {route.name === 'personaSheet' && <PersonaSheetPage key={route.id} personaId={route.id} />}
      {route.name === 'library' && <LibraryPage tab={route.tab} />}
      <UpdatePrompt />
    </>
  );
}
