// Geometry helpers for layout tests: rectangle overlap and overlapping card boxes per column.
import type { Journey } from '../../src/model/journey';
import type { MapLayout, Rect } from '../../src/model/layout';

export function overlaps(a: Rect, b: Rect): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/** Pairs of card ids whose boxes overlap while their cards sit in the same stage column. */
export function overlappingPairs(journey: Journey, layout: MapLayout): [string, string][] {
  const byStage = new Map<string, { id: string; rect: Rect }[]>();
  for (const [id, rect] of layout.cards) {
    const stage = journey.cards[id]?.stageId ?? '?';
    const list = byStage.get(stage) ?? [];
    list.push({ id, rect });
    byStage.set(stage, list);
  }
  const pairs: [string, string][] = [];
  for (const list of byStage.values()) {
    for (let i = 0; i < list.length; i += 1) {
      for (let j = i + 1; j < list.length; j += 1) {
        const a = list[i];
        const b = list[j];
        if (a && b && overlaps(a.rect, b.rect)) pairs.push([a.id, b.id]);
      }
    }
  }
  return pairs;
}
