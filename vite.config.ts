// Build and unit-test configuration for Parcours.
import { defineConfig } from 'vitest/config';
import type { Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { readFileSync } from 'node:fs';

const { version } = JSON.parse(
  readFileSync(new URL('./package.json', import.meta.url), 'utf8'),
) as {
  version: string;
};

/** The interface's text: Inter in the weights main.tsx loads, latin subset. */
const INTERFACE_FONT = /(^|\/)inter-latin-(400|600|700)-normal-[\w-]+\.woff2$/;

/**
 * The interface's fonts start downloading with the page instead of when the first text is laid
 * out, so that text is laid out and painted once, in Inter, not first in a fallback font and
 * again when Inter arrives.
 */
function preloadInterfaceFonts(): Plugin {
  let base = '/';
  return {
    name: 'parcours:preload-interface-fonts',
    apply: 'build',
    configResolved(config) {
      base = config.base;
    },
    transformIndexHtml: {
      order: 'post',
      handler: (_html, { bundle }) =>
        Object.keys(bundle ?? {})
          .filter((file) => INTERFACE_FONT.test(file))
          .sort()
          .map((file) => ({
            tag: 'link',
            attrs: {
              rel: 'preload',
              as: 'font',
              type: 'font/woff2',
              crossorigin: '',
              href: base + file,
            },
            injectTo: 'head' as const,
          })),
    },
  };
}

export default defineConfig({
  plugins: [
    react(),
    preloadInterfaceFonts(),
    // Precache the whole built app, so after one visit Parcours starts with no network at all.
    VitePWA({
      registerType: 'prompt',
      injectRegister: false,
      includeAssets: ['favicon.svg', 'icon-192.png', 'icon-512.png'],
      manifest: {
        name: 'Parcours — customer journey maps',
        short_name: 'Parcours',
        description: 'Customer journey maps that work offline and stay on your device.',
        theme_color: '#3559e0',
        background_color: '#f5f7fa',
        display: 'standalone',
        start_url: '.',
        scope: '.',
        icons: [
          { src: 'icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: 'icon-512.png', sizes: '512x512', type: 'image/png' },
          { src: 'icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
          { src: 'favicon.svg', sizes: 'any', type: 'image/svg+xml' },
        ],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg,png,woff,woff2,ttf}'],
        maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
        navigateFallback: 'index.html',
        cleanupOutdatedCaches: true,
      },
    }),
  ],
  define: {
    __APP_VERSION__: JSON.stringify(version),
  },
  // The save worker is a module worker, split into chunks like the app.
  worker: { format: 'es' },
  build: {
    target: 'es2022',
    sourcemap: true,
    // scripts/bundle-budget.mjs reads it to weigh what each first page downloads.
    manifest: true,
    rolldownOptions: {
      // React's memo and forwardRef wrap a component and do nothing else: marked pure, the parts
      // of React Flow that Parcours never uses (its minimap, controls, resizer…) are left out.
      treeshake: { manualPureFunctions: ['memo', 'forwardRef'] },
    },
  },
  preview: {
    host: '127.0.0.1',
    port: 4173,
    strictPort: true,
  },
  test: {
    environment: 'jsdom',
    include: ['tests/**/*.test.{ts,tsx}'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    setupFiles: ['tests/setup.ts'],
    // Component tests type like a person; on a busy 2-core CI machine that can take seconds.
    testTimeout: 20_000,
  },
});
