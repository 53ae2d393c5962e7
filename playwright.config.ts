// End-to-end tests: the built app served on 127.0.0.1, driven in the machine's own Chromium.
// Playwright never downloads a browser here; a missing Chromium is an error, never a skip.
import { defineConfig } from '@playwright/test';
import { existsSync } from 'node:fs';

const chromium = process.env.PARCOURS_CHROMIUM ?? '/usr/bin/chromium';
if (!existsSync(chromium)) {
  throw new Error(
    `Chromium not found at ${chromium}. Install it with "apt-get install chromium" (or run .ci/run), ` +
      'or point PARCOURS_CHROMIUM at a Chromium binary.',
  );
}

// Parallel sessions (a helper and the main suite) can each serve their own build on their own port.
const port = Number(process.env.PARCOURS_E2E_PORT ?? 4173);
const dist = process.env.PARCOURS_DIST ?? 'dist';

export default defineConfig({
  testDir: 'tests/e2e',
  // CI's shared 2-core machines run a step several times slower than a quiet one: the same steps get
  // more time there, so a slow machine is never mistaken for a broken feature.
  timeout: process.env.CI ? 60_000 : 30_000,
  expect: { timeout: process.env.CI ? 10_000 : 7_000 },
  fullyParallel: true,
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    browserName: 'chromium',
    viewport: { width: 1440, height: 900 },
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: chromium,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  webServer: {
    command: `npx vite preview --host 127.0.0.1 --port ${port} --strictPort --outDir ${dist}`,
    url: `http://127.0.0.1:${port}`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
