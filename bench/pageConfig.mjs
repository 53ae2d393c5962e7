// The Vite build of a bench page (bench/baseline, bench/floor): the page's folder is its root and
// it builds into that folder's dist/, which git ignores.
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

/** `configUrl` is the page's vite.config.ts (`import.meta.url`). */
export function benchPageConfig(configUrl) {
  return defineConfig({
    root: fileURLToPath(new URL('.', configUrl)),
    base: './',
    plugins: [react()],
    logLevel: 'warn',
    build: {
      outDir: 'dist',
      emptyOutDir: true,
      target: 'es2022',
    },
  });
}
