// `npm run bench -- --only=route`: how long Parcours takes to route a large map's connectors
// around its cards, in Node with the real model (no browser). A 1,000-card map over 10 stages gets
// 100 connectors between cards of neighbouring stages, in any lanes, every other one labelled.
import { makeJourney } from './generate.mjs';
import { median, round } from './stats.mjs';

const CARDS = 1_000;
const CONNECTORS = 100;
const RUNS = 7;

/** 100 connectors, each from a card to one in the next stage: deterministic, in any lanes. */
function connectorsOf(model, journey) {
  const byStage = journey.stages.map((stage) =>
    Object.values(journey.cards).filter((card) => card.stageId === stage.id),
  );
  const connectors = [];
  for (let i = 0; i < CONNECTORS; i += 1) {
    const stage = i % (byStage.length - 1);
    const from = byStage[stage];
    const to = byStage[stage + 1];
    const source = from[(i * 37) % from.length];
    const target = to[(i * 53 + 11) % to.length];
    connectors.push(model.createConnector(source.id, target.id, i % 2 ? '' : 'Switches channel'));
  }
  return connectors;
}

export function routeBench(model, { emit }) {
  const journey = makeJourney(model, { cards: CARDS });
  const layout = model.layoutJourney(journey);
  const connectors = connectorsOf(model, journey);
  const bounds = model.routingBounds(layout);
  const cold = [];
  const drag = [];
  for (let run = 0; run < RUNS; run += 1) {
    const router = model.createConnectorRouter();
    let started = performance.now();
    router(connectors, layout.cards, bounds);
    cold.push(performance.now() - started);
    // One drag frame: a connected card moves 40 px; only routes near it are searched again.
    const moved = new Map(layout.cards);
    const id = connectors[run].sourceCardId;
    const rect = moved.get(id);
    moved.set(id, { ...rect, x: rect.x + 40, y: rect.y + 25 });
    started = performance.now();
    router(connectors, moved, bounds);
    drag.push(performance.now() - started);
  }
  emit({
    bench: 'route',
    cards: CARDS,
    connectors: CONNECTORS,
    route_all_ms: round(median(cold)),
    drag_frame_ms: round(median(drag)),
    budget_ms: 100,
    runs: cold.map(round),
  });
}
