// A component whose code loads on first use, in its own chunk, so the first download stays small.
// It can be preloaded: a component already loaded renders at once, where a lazy one would suspend,
// and React holds a suspended tree back for up to 300 ms before revealing it.
import { createElement, lazy, type ComponentType } from 'react';
import { whenIdle } from '../services/idle';

export interface LoadedOnFirstUse<P> {
  /** Renders the component: at once when loaded, else through React.lazy (inside a Suspense). */
  Component: ComponentType<P>;
  /** Starts loading the component's chunk (once); resolves when it is ready. */
  preload: () => Promise<unknown>;
}

export function loadOnFirstUse<P extends object>(
  load: () => Promise<ComponentType<P>>,
): LoadedOnFirstUse<P> {
  let loaded: ComponentType<P> | null = null;
  let loading: Promise<ComponentType<P>> | null = null;
  const preload = () =>
    (loading ??= load().then((component) => {
      loaded = component;
      return component;
    }));
  const Lazy = lazy(() => preload().then((component) => ({ default: component })));
  function Component(props: P) {
    return createElement(loaded ?? Lazy, props);
  }
  return { Component, preload };
}

/** Preloads `parts` once the browser is idle: the first screen comes first, then what it may need. */
export function preloadWhenIdle(...parts: Pick<LoadedOnFirstUse<object>, 'preload'>[]): () => void {
  return whenIdle(() => {
    for (const part of parts) void part.preload().catch(() => undefined);
  }, 2_000);
}
