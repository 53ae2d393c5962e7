// `npm run server`: the Parcours live server. PARCOURS_LIVE_PORT (default 1234), PARCOURS_LIVE_HOST
// (default 0.0.0.0, every network interface), PARCOURS_LIVE_DATA (the SQLite file, default
// ./live-data/parcours-live.sqlite), PARCOURS_LIVE_MAX_UPDATE and PARCOURS_LIVE_MAX_DOCUMENT (bytes).
import { LIVE_CAPS } from '../src/live/checkUpdate';
import { startLiveServer } from './liveServer';

const env = process.env;
const number = (value: string | undefined, fallback: number) => {
  const parsed = Number(value);
  return value && Number.isFinite(parsed) && parsed > 0 ? parsed : fallback;
};

const live = await startLiveServer({
  port: number(env.PARCOURS_LIVE_PORT, 1234),
  host: env.PARCOURS_LIVE_HOST ?? '0.0.0.0',
  dataPath: env.PARCOURS_LIVE_DATA ?? 'live-data/parcours-live.sqlite',
  caps: {
    updateBytes: number(env.PARCOURS_LIVE_MAX_UPDATE, LIVE_CAPS.updateBytes),
    documentBytes: number(env.PARCOURS_LIVE_MAX_DOCUMENT, LIVE_CAPS.documentBytes),
  },
});
console.log(`Parcours live server on port ${live.port} (health: ${live.httpUrl}/health)`);

let stopping = false;
const stop = async () => {
  if (stopping) return;
  stopping = true;
  await live.close();
  process.exit(0);
};
process.on('SIGINT', () => void stop());
process.on('SIGTERM', () => void stop());
