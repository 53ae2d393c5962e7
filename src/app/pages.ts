// The pages that load on first use, each in its own chunk, so the library's first download stays
// small. The entry can start loading the page the address asks for beside the translations: a
// page already loaded renders at once, where a lazy one would suspend, and React holds a
// suspended page back for up to 300 ms before revealing it.
import { createElement, lazy, type ComponentType } from 'react';
import type { Route } from '../services/router';

interface Page<P> {
  /** Renders the page: at once when loaded, else through React.lazy (inside a Suspense). */
  Page: ComponentType<P>;
  /** Starts loading the page's chunk (once); resolves when it is ready. */
  preload: () => Promise<unknown>;
}

export function pageOnFirstUse<P extends object>(load: () => Promise<ComponentType<P>>): Page<P> {
  let loaded: ComponentType<P> | null = null;
  let loading: Promise<ComponentType<P>> | null = null;
  const preload = () =>
    (loading ??= load().then((component) => {
      loaded = component;
      return component;
    }));
  const Lazy = lazy(() => preload().then((component) => ({ default: component })));
  function Page(props: P) {
    return createElement(loaded ?? Lazy, props);
  }
  return { Page, preload };
}

export const editorPage = pageOnFirstUse(() => import('./EditorRoute').then((m) => m.default));
export const personaEditorPage = pageOnFirstUse(() =>
  import('../ui/personas/PersonaEditorPage').then((m) => m.PersonaEditorPage),
);
export const personaSheetPage = pageOnFirstUse(() =>
  import('../ui/personas/PersonaSheetPage').then((m) => m.PersonaSheetPage),
);

/** Starts loading the page `route` shows, if it loads on first use; resolves once it is ready. */
export function preloadPage(route: Route): Promise<unknown> {
  switch (route.name) {
    case 'journey':
      return editorPage.preload();
    case 'persona':
      return personaEditorPage.preload();
    case 'personaSheet':
      return personaSheetPage.preload();
    case 'library':
      return Promise.resolve();
  }
}
