// Renders a React element off-screen in its own root and waits until it is ready to be captured
// (drawn, measured, fonts loaded). Shared by the map sheet and the persona sheet exports.
import type { ReactNode } from 'react';
import { createRoot } from 'react-dom/client';

export interface Offscreen {
  element: HTMLElement;
  dispose: () => void;
}

export interface OffscreenOptions {
  /** Finds the element to capture inside the host. */
  selector: string;
  /** True once the element can be captured; `elapsed` is the time waited so far, in ms. */
  isReady: (element: HTMLElement, elapsed: number) => boolean;
  /** The error message when it is still not ready after `timeoutMs`. */
  timeoutMessage: string;
  timeoutMs?: number;
}

const DEFAULT_TIMEOUT_MS = 15_000;

export function nextFrame(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => resolve()));
}

export async function renderOffscreen(
  node: ReactNode,
  options: OffscreenOptions,
): Promise<Offscreen> {
  const host = document.createElement('div');
  host.className = 'export-host';
  host.setAttribute('aria-hidden', 'true');
  host.inert = true;
  document.body.append(host);
  const root = createRoot(host);
  const dispose = () => {
    root.unmount();
    host.remove();
  };
  try {
    root.render(node);
    const started = performance.now();
    const limit = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    for (;;) {
      await nextFrame();
      const element = host.querySelector<HTMLElement>(options.selector);
      if (element && options.isReady(element, performance.now() - started)) break;
      if (performance.now() - started > limit) throw new Error(options.timeoutMessage);
    }
    await document.fonts.ready;
    // Two more frames so what was just laid out is painted in its final geometry.
    await nextFrame();
    await nextFrame();
    const element = host.querySelector<HTMLElement>(options.selector);
    if (!element) throw new Error(options.timeoutMessage);
    return { element, dispose };
  } catch (error) {
    dispose();
    throw error;
  }
}
