// The Parcours app: toolbar above the journey canvas.
import { ReactFlowProvider } from '@xyflow/react';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { JourneyCanvas } from '../canvas/JourneyCanvas';
import { useShortcuts } from '../canvas/useShortcuts';
import { Toolbar } from '../ui/Toolbar';

export function App() {
  const { t, i18n } = useTranslation();
  useShortcuts();
  useEffect(() => {
    document.documentElement.lang = i18n.language;
    document.title = `${t('app.name')} — ${t('app.tagline')}`;
  }, [i18n.language, t]);

  return (
    <ReactFlowProvider>
      <div className="app">
        <Toolbar />
        <main className="app__main">
          <JourneyCanvas />
        </main>
      </div>
    </ReactFlowProvider>
  );
}
