// The live workshop under load: 30 participants, headless Hocuspocus providers in Node, each add 10
// cards over 30 s to a 1,000-card map that the facilitator has open on the canvas in Chromium.
// Prints one JSON line: arrival latency (p50, p95) of the cards at a listening client, the cards
// missing from the facilitator's stored journey afterwards, and the facilitator's frame time (p95).
// Run by `npm run bench` (run.mjs spawns it through tsx), or alone: node --import tsx bench/liveLoad.ts
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import { chromium, type Page } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { performance } from 'node:perf_hooks';
import { join } from 'node:path';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { liveTypes, writeJourney } from '../src/live/liveDoc';
import { createProjector } from '../src/live/projector';
import { liveToken } from '../src/live/token';
import * as model from '../src/model';
import { makeJourney } from './generate.mjs';
import { readyProbe, seedJourneys, startFrames, stopFrames } from './page.mjs';
import { APP_DIST, log, serve } from './servers.mjs';
import { median, percentile, round } from './stats.mjs';

const PARTICIPANTS = 30;
const CARDS_EACH = 10;
const SPREAD_MS = 30_000;
const MAP_CARDS = 1_000;
const APP_PORT = 4327;
const LIVE_PORT = 4328;
/** The targets: cards reach others within 500 ms (p95), none is lost, the canvas stays at 30 fps. */
const TARGETS = { arrival_p95_ms: 500, cards_lost: 0, frame_p95_ms: 33 };

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function until(check: () => boolean | Promise<boolean>, timeoutMs: number, what: string) {
  const end = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await sleep(50);
  }
}

/** The live server as `npm run server` starts it, in its own process, on a scratch data file. */
async function startLiveServer(dataDir: string): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/index.ts'], {
    env: {
      ...process.env,
      PARCOURS_LIVE_PORT: String(LIVE_PORT),
      PARCOURS_LIVE_HOST: '127.0.0.1',
      PARCOURS_LIVE_DATA: join(dataDir, 'rooms.sqlite'),
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  await until(
    async () => {
      try {
        return (await fetch(`http://127.0.0.1:${LIVE_PORT}/health`)).ok;
      } catch {
        return false;
      }
    },
    20_000,
    'the live server',
  );
  return child;
}

interface Client {
  doc: Y.Doc;
  close: () => void;
}

/** A participant's connection: its own Yjs document, synced with the room. */
async function connect(room: string, key: string, participantId: string): Promise<Client> {
  const doc = new Y.Doc();
  const socket = new HocuspocusProviderWebsocket({
    url: `ws://127.0.0.1:${LIVE_PORT}`,
    WebSocketPolyfill: WebSocket,
  });
  let synced: () => void = () => {};
  const ready = new Promise<void>((resolve) => (synced = resolve));
  const provider = new HocuspocusProvider({
    websocketProvider: socket,
    name: room,
    document: doc,
    token: liveToken({ key, participantId }),
    onSynced: () => synced(),
  });
  provider.attach();
  await ready;
  return {
    doc,
    close: () => {
      provider.destroy();
      socket.destroy();
    },
  };
}

/** The facilitator opens the map, starts a live session and reads the join link's room and key. */
async function startSession(page: Page, appUrl: string, journeyId: string) {
  await page.addInitScript(readyProbe, { mode: 'canvas', selector: '.react-flow__node-card' });
  await page.goto(`${appUrl}/#/journey/${encodeURIComponent(journeyId)}`);
  await page.waitForFunction(
    () => (window as { __bench?: { readyAt: unknown } }).__bench?.readyAt != null,
  );
  await page.locator('.react-flow__pane').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('l');
  const dialog = page.getByRole('dialog', { name: 'Start live session' });
  await dialog.getByRole('textbox', { name: 'Server address' }).fill(`ws://127.0.0.1:${LIVE_PORT}`);
  await dialog.getByRole('textbox', { name: 'Your name' }).fill('Facilitator');
  await dialog.getByRole('button', { name: 'Start' }).click();
  const panel = page.getByRole('complementary', { name: 'Live session' });
  await panel
    .getByRole('status')
    .first()
    .filter({ hasText: /Connected/ })
    .waitFor();
  const link = await panel.getByRole('textbox', { name: 'Join link' }).inputValue();
  const parts = new URL(link).hash.split('/').map(decodeURIComponent);
  const [, , room, key] = parts;
  if (!room || !key) throw new Error(`no room and key in the join link ${link}`);
  return { room, key };
}

/** The cards of the facilitator's stored journey, read straight from IndexedDB. */
function storedCardTexts(page: Page, journeyId: string): Promise<string[]> {
  return page.evaluate(
    (id) =>
      new Promise<string[]>((resolve, reject) => {
        const request = indexedDB.open('parcours');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const read = request.result.transaction('journeys').objectStore('journeys').get(id);
          read.onsuccess = () => {
            request.result.close();
            const cards = (read.result?.cards ?? {}) as Record<string, { text?: string }>;
            resolve(Object.values(cards).map((card) => card.text ?? ''));
          };
          read.onerror = () => reject(read.error);
        };
      }),
    journeyId,
  );
}

async function main() {
  const dataDir = mkdtempSync(join(tmpdir(), 'parcours-live-bench-'));
  const app = await serve(APP_DIST, APP_PORT);
  const server = await startLiveServer(dataDir);
  const browser = await chromium.launch({
    executablePath: process.env.PARCOURS_CHROMIUM ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  const clients: Client[] = [];
  try {
    const context = await browser.newContext({
      viewport: { width: 1440, height: 900 },
      locale: 'en-US',
      serviceWorkers: 'block',
    });
    const seeder = await context.newPage();
    await seeder.goto(`${app.url}/#/`);
    await seeder.getByRole('button', { name: 'New journey' }).first().waitFor();
    await seeder.waitForTimeout(500);
    await seeder.goto(`${app.url}/favicon.svg`);
    const journey = makeJourney(model, { cards: MAP_CARDS, title: 'Live load' });
    await seeder.evaluate(seedJourneys, { journeys: [journey], clear: true });

    const facilitator = await context.newPage();
    log(`live: the facilitator opens a ${MAP_CARDS}-card map and starts a session`);
    const { room, key } = await startSession(facilitator, app.url, journey.id);

    // A listening client: when each card arrives, against when its participant added it.
    const sentAt = new Map<string, number>();
    const arrivals: number[] = [];
    const listener = await connect(room, key, 'listener');
    clients.push(listener);
    liveTypes(listener.doc).cards.observe((event) => {
      const now = performance.now();
      for (const [id, change] of event.changes.keys) {
        const sent = sentAt.get(id);
        if (change.action === 'add' && sent !== undefined) arrivals.push(now - sent);
      }
    });

    log(`live: ${PARTICIPANTS} participants join`);
    // Each participant is what a phone sends: its own provider and document, and a card written
    // the way the app's binding writes one. What a phone does with the others' cards happens on
    // that phone, so it is left out here, where 30 of them share one process.
    const people = await Promise.all(
      Array.from({ length: PARTICIPANTS }, async (_, index) => {
        const participantId = `load-${index + 1}`;
        const client = await connect(room, key, participantId);
        clients.push(client);
        const projector = createProjector(client.doc);
        const start = projector.read();
        projector.stop();
        if (!start) throw new Error('the room holds no journey');
        return { participantId, client, journey: start };
      }),
    );

    log(`live: each adds ${CARDS_EACH} cards over ${SPREAD_MS / 1000} s`);
    const idleBefore = performance.eventLoopUtilization();
    await facilitator.evaluate(startFrames);
    const texts: string[] = [];
    await Promise.all(
      people.map(async (person, index) => {
        const slot = SPREAD_MS / CARDS_EACH;
        for (let card = 0; card < CARDS_EACH; card += 1) {
          // Evenly spread, each at a random moment of its slot, as people do.
          await sleep(slot * Math.random());
          const before = person.journey;
          const stage = before.stages[(index + card) % before.stages.length]!;
          const lane = before.lanes.find((l) => l.kind === 'thoughts') ?? before.lanes[0]!;
          const text = `Load ${person.participantId} card ${card + 1}`;
          const added = {
            ...model.createCard('note', { stageId: stage.id, laneId: lane.id }),
            text,
            order: 1_000 + index * CARDS_EACH + card,
          } as model.Card;
          const next = {
            ...before,
            cards: { ...before.cards, [added.id]: added },
            updatedAt: new Date().toISOString(),
          };
          sentAt.set(added.id, performance.now());
          person.client.doc.transact(() => {
            writeJourney(person.client.doc, before, next);
            liveTypes(person.client.doc).authors.set(added.id, person.participantId);
          });
          person.journey = next;
          texts.push(text);
          await sleep(slot * Math.random());
        }
      }),
    );
    const busy = performance.eventLoopUtilization(idleBefore).utilization;
    const expected = PARTICIPANTS * CARDS_EACH;
    await until(() => arrivals.length >= expected, 20_000, 'every card at the listener').catch(() =>
      log(`live: only ${arrivals.length} of ${expected} cards reached the listener`),
    );
    const { stamps } = await facilitator.evaluate(stopFrames);
    const frames = stamps.slice(1).map((stamp: number, i: number) => stamp - stamps[i]!);

    // The facilitator's copy is saved as the session goes: wait for it to hold every card.
    const stored = async () => new Set(await storedCardTexts(seeder, journey.id));
    let found = await stored();
    await until(
      async () => {
        found = await stored();
        return texts.every((text) => found.has(text));
      },
      20_000,
      "every card in the facilitator's stored journey",
    ).catch(() => undefined);
    const lost = texts.filter((text) => !found.has(text)).length;

    process.stdout.write(
      `${JSON.stringify({
        bench: 'live',
        participants: PARTICIPANTS,
        cards_each: CARDS_EACH,
        map_cards: MAP_CARDS,
        arrival_p50_ms: round(median(arrivals)),
        arrival_p95_ms: round(percentile(arrivals, 95)),
        max_arrival_p95_ms: TARGETS.arrival_p95_ms,
        arrivals: arrivals.length,
        cards_lost: lost,
        max_cards_lost: TARGETS.cards_lost,
        facilitator_frame_p95_ms: round(percentile(frames, 95)),
        max_frame_p95_ms: TARGETS.frame_p95_ms,
        // How busy this process was while the cards went out: near 1, its own delays count.
        bench_process_busy: round(busy),
      })}\n`,
    );
  } finally {
    for (const client of clients) client.close();
    await browser.close();
    server.kill('SIGTERM');
    await app.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    log(`live: FAILED: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    process.exit(1);
  },
);
