// Entry point: fonts, styles, translations, then the app.
import '@fontsource/inter/400.css';
import '@fontsource/inter/600.css';
import '@fontsource/inter/700.css';
import './ui/tokens.css';
import './ui/theme.css';
import './ui/touch.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { startAppTranslations } from './i18n';
import { App } from './app/App';
import { ErrorBoundary } from './app/ErrorBoundary';
import { preloadPage } from './app/pages';
import { parseRoute } from './services/router';

const root = document.getElementById('root');
if (!root) throw new Error('Parcours needs a #root element in index.html');

// The catalogue of the user's language comes first: every screen shows text. The page the address
// asks for loads beside it, so it renders at once instead of behind a loading line. A page that
// fails to load is left to the lazy route, whose error boundary says so.
const page = preloadPage(parseRoute(window.location.hash)).catch(() => undefined);
void Promise.all([startAppTranslations(), page]).then(() =>
  createRoot(root).render(
    <StrictMode>
      <ErrorBoundary>
        <App />
      </ErrorBoundary>
    </StrictMode>,
  ),
);
