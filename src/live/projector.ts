// Reads a live document into a journey, again and again, cheaply: only the cards a change touched
// are read and checked anew, and every other card keeps its object, so the canvas redraws only
// what changed. A card, stage or lane that fails its schema is left out rather than shown broken.
import type * as Y from 'yjs';
import { z } from 'zod/mini';
import { CardSchema, JourneySchema, type Card, type Journey } from '../model';
import { liveTypes, readFrameData, readRecord, watchCardChanges } from './liveDoc';

export interface Projector {
  /** The journey after the document changed; null while it holds none. */
  read: () => Journey | null;
  /** The cards `journey` holds are what the document holds (after writing them in). */
  adopt: (journey: Journey) => void;
  stop: () => void;
}

const FrameSchema = z.omit(JourneySchema, { cards: true });

export function createProjector(doc: Y.Doc): Projector {
  const types = liveTypes(doc);
  const cards = new Map<string, Card>();
  const changes = watchCardChanges(doc);
  let frame: Omit<Journey, 'cards'> | null = null;
  /** Each part of the frame as last read, by its JSON, so an unchanged part keeps its object. */
  const parts = new Map<string, { json: string; value: unknown }>();
  let last: Journey | null = null;

  function readCard(id: string) {
    const parsed = CardSchema.safeParse(readRecord(types.cards.get(id)));
    if (parsed.success && parsed.data.id === id) cards.set(id, parsed.data);
    else cards.delete(id);
  }

  function readFrame(): Omit<Journey, 'cards'> | null {
    const data = readFrameData(doc);
    if (!data) return (frame = null);
    const parsed = FrameSchema.safeParse(data);
    if (!parsed.success) return frame;
    const kept = { ...parsed.data } as Record<string, unknown>;
    for (const key of ['stages', 'lanes', 'connectors', 'personaIds']) {
      const json = JSON.stringify(kept[key]);
      const known = parts.get(key);
      if (known?.json === json) kept[key] = known.value;
      else parts.set(key, { json, value: kept[key] });
    }
    frame = kept as Omit<Journey, 'cards'>;
    return frame;
  }

  return {
    read() {
      for (const id of changes.take()) readCard(id);
      const next = readFrame();
      if (!next) return (last = null);
      const stages = new Set(next.stages.map((stage) => stage.id));
      const lanes = new Set(next.lanes.map((lane) => lane.id));
      const shown: Record<string, Card> = {};
      let same = last !== null && last.stages === next.stages && last.lanes === next.lanes;
      for (const [id, card] of cards) {
        if (!stages.has(card.stageId) || !lanes.has(card.laneId)) continue;
        shown[id] = card;
        if (same && last?.cards[id] !== card) same = false;
      }
      if (same && last && Object.keys(last.cards).length !== Object.keys(shown).length) {
        same = false;
      }
      const linked = (c: Journey['connectors'][string]) =>
        c.sourceCardId in shown && c.targetCardId in shown;
      const connectors = Object.values(next.connectors).every(linked)
        ? next.connectors
        : Object.fromEntries(Object.entries(next.connectors).filter(([, c]) => linked(c)));
      last = { ...next, connectors, cards: same && last ? last.cards : shown };
      return last;
    },
    adopt(journey) {
      changes.settle();
      cards.clear();
      for (const [id, card] of Object.entries(journey.cards)) cards.set(id, card);
    },
    stop: changes.stop,
  };
}
