// The benchmark's plumbing in Node: build the app and the baseline, serve both with `vite preview`
// on 127.0.0.1, and load the real journey model through Vite (plain Node has no TypeScript loader).
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { createServer, preview } from 'vite';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));
/**
 * The bench builds Parcours into its own directory, not dist/: others may be running `npm test`
 * (which rebuilds and serves dist/) at the same time, and neither run should pull the files from
 * under the other. Same sources, same vite.config.ts, so the same build as `npm run build`.
 */
export const APP_DIST = fileURLToPath(new URL('./app/dist', import.meta.url));
export const BASELINE_DIST = fileURLToPath(new URL('./baseline/dist', import.meta.url));
export const FLOOR_DIST = fileURLToPath(new URL('./floor/dist', import.meta.url));

/** Progress and diagnostics: stderr only, so stdout carries nothing but the JSON figures. */
const startedAt = performance.now();
export function log(...parts) {
  const seconds = ((performance.now() - startedAt) / 1000).toFixed(1).padStart(6);
  process.stderr.write(`[bench ${seconds}s] ${parts.join(' ')}\n`);
}

function run(command, args) {
  return new Promise((resolve, reject) => {
    // The child's stdout goes to our stderr: build chatter must never reach the JSON stream.
    const child = spawn(command, args, { cwd: ROOT, stdio: ['ignore', 2, 2] });
    child.on('error', reject);
    child.on('exit', (code, signal) =>
      code === 0
        ? resolve()
        : reject(new Error(`${command} ${args.join(' ')} failed (${signal ?? `exit ${code}`})`)),
    );
  });
}

/**
 * Production builds of Parcours (bench/app/dist/), the baseline (bench/baseline/dist/) and the
 * floor page (bench/floor/dist/).
 */
export async function buildAll() {
  log('building the app (npx vite build --outDir bench/app/dist)…');
  await run('npx', ['vite', 'build', '--outDir', 'bench/app/dist', '--emptyOutDir']);
  log('building the baseline (bench/baseline/vite.config.ts)…');
  await run('npx', ['vite', 'build', '--config', 'bench/baseline/vite.config.ts']);
  log('building the floor page (bench/floor/vite.config.ts)…');
  await run('npx', ['vite', 'build', '--config', 'bench/floor/vite.config.ts']);
}

/** Serves a built directory on 127.0.0.1 with `vite preview`; resolves to { url, close }. */
export async function serve(outDir, port) {
  const server = await preview({
    configFile: false,
    root: ROOT,
    logLevel: 'error',
    build: { outDir },
    preview: { host: '127.0.0.1', port, strictPort: true },
  });
  return { url: `http://127.0.0.1:${port}`, close: () => server.close() };
}

/** The model (src/model/index.ts) compiled by Vite, so the bench uses the real factories and schema. */
export async function loadModel() {
  const server = await createServer({
    configFile: false,
    root: ROOT,
    logLevel: 'error',
    appType: 'custom',
    optimizeDeps: { noDiscovery: true },
    server: { middlewareMode: true, hmr: false, watch: null },
  });
  try {
    return await server.ssrLoadModule('/src/model/index.ts');
  } finally {
    await server.close();
  }
}
