// The pages that load on first use, each in its own chunk, so the library's first download stays
// small. The entry starts loading the page the address asks for beside the translations, so that
// page renders at once instead of suspending; a journey's storage session opens then too, so its
// map is drawn in the first render.
import type { Route } from '../services/router';
import { loadOnFirstUse } from '../ui/loadOnFirstUse';

export const libraryPage = loadOnFirstUse(() =>
  import('../ui/library/LibraryPage').then((m) => m.LibraryPage),
);
const editorModule = () => import('./EditorRoute');
export const editorPage = loadOnFirstUse(() => editorModule().then((m) => m.default));
export const personaEditorPage = loadOnFirstUse(() =>
  import('../ui/personas/PersonaEditorPage').then((m) => m.PersonaEditorPage),
);
export const personaSheetPage = loadOnFirstUse(() =>
  import('../ui/personas/PersonaSheetPage').then((m) => m.PersonaSheetPage),
);
export const joinPage = loadOnFirstUse(() => import('../ui/live/JoinPage').then((m) => m.JoinPage));

/**
 * Starts loading the page `route` shows, if it loads on first use; resolves once it is ready (for
 * a journey, once its session knows whether it is editing, following another tab, or missing).
 */
export function preloadPage(route: Route): Promise<unknown> {
  switch (route.name) {
    case 'journey':
      return editorPage
        .preload()
        .then(() => editorModule())
        .then((m) => m.openBeforeFirstRender(route.id));
    case 'live':
      return editorPage.preload();
    case 'join':
      return joinPage.preload();
    case 'persona':
      return personaEditorPage.preload();
    case 'personaSheet':
      return personaSheetPage.preload();
    case 'library':
      return libraryPage.preload();
  }
}
