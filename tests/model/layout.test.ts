// @vitest-environment node
// Swimlane layout: column and row geometry, stacked cards, collapsed lanes and the emotion curve.
import { describe, expect, it } from 'vitest';
import type { Card } from '../../src/model/card';
import type { Journey } from '../../src/model/journey';
import { LAYOUT, cardHeight, emotionY, layoutJourney } from '../../src/model/layout';
import { addCard, updateCard } from '../../src/model/operations/cards';
import { addStage } from '../../src/model/operations/stages';
import { collapseLane, resizeLane, setLaneKind } from '../../src/model/operations/lanes';
import { createStage } from '../../src/model/factories';
import {
  apply,
  cardWithId,
  deepFreeze,
  emptyJourney,
  laneOfKind,
  must,
  seededJourney,
  stageId,
} from './helpers';
import { overlaps, overlappingPairs } from './geometry';

function rowOf(journey: Journey, laneId: string) {
  const layout = layoutJourney(journey);
  return must(layout.rows.find((row) => row.laneId === laneId));
}

function withCards(journey: Journey, cards: Card[]): Journey {
  return cards.reduce((current, c) => apply(current, addCard(c)), journey);
}

function note(id: string, stage: string, lane: string, text: string): Card {
  return { ...cardWithId(id, 'note', stage, lane), text } as Card;
}

function emotion(
  id: string,
  stage: string,
  lane: string,
  score: number,
  personaId: string | null = null,
): Card {
  return { ...cardWithId(id, 'emotion', stage, lane), score, personaId } as Card;
}

describe('layoutJourney: columns and rows', () => {
  it('is as wide as the lane headers plus one column per stage', () => {
    const journey = emptyJourney();
    expect(layoutJourney(journey).width).toBe(LAYOUT.laneHeaderWidth + 4 * LAYOUT.columnWidth);
    const five = apply(journey, addStage(createStage('Advocacy')));
    expect(layoutJourney(five).width).toBe(LAYOUT.laneHeaderWidth + 5 * LAYOUT.columnWidth);
  });

  it('places one column per stage, in stage order, after the lane headers', () => {
    const journey = emptyJourney();
    const layout = layoutJourney(journey);
    expect(layout.columns.map((c) => c.stageId)).toEqual(journey.stages.map((s) => s.id));
    layout.columns.forEach((column, index) => {
      expect(column.x).toBe(LAYOUT.laneHeaderWidth + index * LAYOUT.columnWidth);
      expect(column.width).toBe(LAYOUT.columnWidth);
      expect(column.height).toBe(layout.height);
    });
  });

  it('stacks one row per lane, in lane order, below the stage headers', () => {
    const journey = seededJourney();
    const layout = layoutJourney(journey);
    expect(layout.rows.map((r) => r.laneId)).toEqual(journey.lanes.map((l) => l.id));
    let y = LAYOUT.stageHeaderHeight;
    for (const row of layout.rows) {
      expect(row.y).toBe(y);
      expect(row.width).toBe(layout.width);
      y += row.height;
    }
    expect(layout.height).toBe(y);
  });

  it('gives empty lanes their minimum height and the emotion lane room for its curve', () => {
    const journey = emptyJourney();
    const layout = layoutJourney(journey);
    journey.lanes.forEach((lane, index) => {
      const expected = lane.kind === 'emotions' ? LAYOUT.emotionLaneHeight : lane.minHeight;
      expect(layout.rows[index]?.height).toBe(expected);
    });
    expect(layout.cards.size).toBe(0);
  });

  it('honours a resized lane’s minimum height', () => {
    const journey = emptyJourney();
    const lane = laneOfKind(journey, 'thoughts');
    expect(rowOf(apply(journey, resizeLane(lane, 333)), lane).height).toBe(333);
  });

  it('is a pure function of the journey', () => {
    const journey = deepFreeze(seededJourney());
    expect(layoutJourney(journey)).toStrictEqual(layoutJourney(structuredClone(journey)));
  });
});

describe('layoutJourney: cards', () => {
  it('gives every card of a visible lane a box inside its column and row', () => {
    const journey = seededJourney();
    const layout = layoutJourney(journey);
    expect(layout.cards.size).toBe(Object.keys(journey.cards).length);
    for (const c of Object.values(journey.cards)) {
      const rect = must(layout.cards.get(c.id), `rect of ${c.id}`);
      const column = must(layout.columns.find((col) => col.stageId === c.stageId));
      const row = must(layout.rows.find((r) => r.laneId === c.laneId));
      expect(rect.x).toBeGreaterThanOrEqual(column.x);
      expect(rect.x + rect.width).toBeLessThanOrEqual(column.x + column.width);
      expect(rect.y).toBeGreaterThanOrEqual(row.y);
      expect(rect.y + rect.height).toBeLessThanOrEqual(row.y + row.height);
    }
  });

  it('stacks the cards of a cell in rank order with a gap between them', () => {
    const journey = seededJourney();
    const layout = layoutJourney(journey);
    const [a0, a1, a2] = ['a0', 'a1', 'a2'].map((id) => must(layout.cards.get(id)));
    expect(a0?.y).toBe(must(layout.rows[0]).y + LAYOUT.cellPadding);
    expect(a1?.y).toBe(must(a0).y + must(a0).height + LAYOUT.cardGap);
    expect(a2?.y).toBe(must(a1).y + must(a1).height + LAYOUT.cardGap);
  });

  it('never lets two card boxes in the same column overlap', () => {
    let journey = seededJourney();
    const s0 = stageId(journey, 0);
    const s1 = stageId(journey, 1);
    const actions = laneOfKind(journey, 'actions');
    const thoughts = laneOfKind(journey, 'thoughts');
    const extra: Card[] = [];
    for (let i = 0; i < 6; i += 1) {
      extra.push(
        note(`long${i}`, s0, actions, 'A long thought about delivery slots '.repeat(i + 1)),
      );
      extra.push(note(`t${i}`, s0, thoughts, 'x'.repeat(i * 40)));
      extra.push(emotion(`em${i}`, s1, laneOfKind(journey, 'emotions'), (i % 5) - 2, `p${i}`));
    }
    journey = withCards(journey, extra);
    const layout = layoutJourney(journey);
    expect(overlappingPairs(journey, layout)).toEqual([]);
  });

  it('grows a row to fit the tallest cell and leaves other rows alone', () => {
    const journey = emptyJourney();
    const s0 = stageId(journey, 0);
    const actions = laneOfKind(journey, 'actions');
    const thoughts = laneOfKind(journey, 'thoughts');
    const before = layoutJourney(journey);
    const cards = Array.from({ length: 5 }, (_, i) =>
      note(`n${i}`, s0, actions, 'Compares three delivery options on the website'),
    );
    const grown = withCards(journey, cards);
    const after = layoutJourney(grown);
    const expected =
      cards.reduce((sum, c) => sum + cardHeight(c), 0) +
      LAYOUT.cardGap * (cards.length - 1) +
      2 * LAYOUT.cellPadding;
    const row = must(after.rows.find((r) => r.laneId === actions));
    expect(row.height).toBe(expected);
    expect(row.height).toBeGreaterThan(must(before.rows[0]).height);
    expect(rowOf(grown, thoughts).height).toBe(rowOf(journey, thoughts).height);
    expect(after.height - before.height).toBe(expected - must(before.rows[0]).height);
  });

  it('grows a row further as a card’s text gets longer', () => {
    const journey = emptyJourney();
    const s0 = stageId(journey, 0);
    const actions = laneOfKind(journey, 'actions');
    const base = withCards(
      journey,
      Array.from({ length: 4 }, (_, i) => note(`n${i}`, s0, actions, 'short')),
    );
    const longer = apply(base, updateCard<'note'>('n0', { text: 'word '.repeat(60) }));
    expect(rowOf(longer, actions).height).toBeGreaterThan(rowOf(base, actions).height);
  });

  it('gives the cards of a collapsed lane no box and the lane its collapsed height', () => {
    const journey = seededJourney();
    const actions = laneOfKind(journey, 'actions');
    const collapsed = apply(journey, collapseLane(actions, true));
    const layout = layoutJourney(collapsed);
    for (const id of ['a0', 'a1', 'a2', 'b0', 'b1']) expect(layout.cards.has(id)).toBe(false);
    expect(layout.cards.has('t0')).toBe(true);
    const row = must(layout.rows.find((r) => r.laneId === actions));
    expect(row).toMatchObject({ collapsed: true, height: LAYOUT.collapsedLaneHeight });
    expect(layout.rows[1]?.y).toBe(LAYOUT.stageHeaderHeight + LAYOUT.collapsedLaneHeight);
  });

  it('hides emotion points when the emotion lane is collapsed', () => {
    const journey = seededJourney();
    const emotions = laneOfKind(journey, 'emotions');
    const layout = layoutJourney(apply(journey, collapseLane(emotions, true)));
    for (const id of ['e0', 'e1', 'e2']) expect(layout.cards.has(id)).toBe(false);
  });
});

describe('layoutJourney: the emotion curve', () => {
  it('puts a +2 point higher (smaller y) than a −2 point', () => {
    const journey = emptyJourney();
    const emotions = laneOfKind(journey, 'emotions');
    const withPoints = withCards(journey, [
      emotion('happy', stageId(journey, 0), emotions, 2),
      emotion('sad', stageId(journey, 1), emotions, -2),
    ]);
    const layout = layoutJourney(withPoints);
    expect(must(layout.cards.get('happy')).y).toBeLessThan(must(layout.cards.get('sad')).y);
  });

  it('orders the five scores from top to bottom, all inside the row', () => {
    const journey = emptyJourney();
    const emotions = laneOfKind(journey, 'emotions');
    const row = rowOf(journey, emotions);
    const ys = [2, 1, 0, -1, -2].map((score) => emotionY(score, row));
    for (let i = 1; i < ys.length; i += 1) expect(must(ys[i])).toBeGreaterThan(must(ys[i - 1]));
    expect(must(ys[0])).toBe(row.y + LAYOUT.cellPadding);
    expect(must(ys[4]) + LAYOUT.emotionPointSize).toBe(row.y + row.height - LAYOUT.cellPadding);
  });

  it('places an emotion point at its score’s height in its own column', () => {
    const journey = seededJourney();
    const layout = layoutJourney(journey);
    const row = rowOf(journey, laneOfKind(journey, 'emotions'));
    const e0 = must(layout.cards.get('e0'));
    expect(e0).toMatchObject({
      y: emotionY(1, row),
      width: LAYOUT.emotionPointSize,
      height: LAYOUT.emotionPointSize,
    });
    const column = must(layout.columns[0]);
    expect(e0.x + e0.width / 2).toBe(column.x + column.width / 2);
  });

  it('spreads points sharing a cell across the column so they do not overlap', () => {
    const journey = emptyJourney();
    const emotions = laneOfKind(journey, 'emotions');
    const s = stageId(journey, 2);
    const points = ['p1', 'p2', 'p3'].map((p, i) => emotion(`e${i}`, s, emotions, 0, p));
    const layout = layoutJourney(withCards(journey, points));
    const rects = points.map((p) => must(layout.cards.get(p.id)));
    expect(new Set(rects.map((r) => r.x)).size).toBe(3);
    expect(overlaps(must(rects[0]), must(rects[1]))).toBe(false);
    expect(overlaps(must(rects[1]), must(rects[2]))).toBe(false);
  });

  it('keeps the emotion row at a fixed height however many points it holds', () => {
    const journey = emptyJourney();
    const emotions = laneOfKind(journey, 'emotions');
    const points = Array.from({ length: 6 }, (_, i) =>
      emotion(`e${i}`, stageId(journey, 0), emotions, (i % 5) - 2, `p${i}`),
    );
    expect(rowOf(withCards(journey, points), emotions).height).toBe(LAYOUT.emotionLaneHeight);
  });

  it('keeps notes from overlapping after their lane becomes an emotions lane', () => {
    const journey = seededJourney();
    const actions = laneOfKind(journey, 'actions');
    const layout = layoutJourney(apply(journey, setLaneKind(actions, 'emotions')));
    const a0 = must(layout.cards.get('a0'));
    const a1 = must(layout.cards.get('a1'));
    expect(overlaps(a0, a1)).toBe(false);
  });

  it('keeps ten points with the same score in one cell from overlapping', () => {
    const journey = emptyJourney();
    const emotions = laneOfKind(journey, 'emotions');
    const points = Array.from({ length: 10 }, (_, i) =>
      emotion(`e${i}`, stageId(journey, 0), emotions, 1, `p${i}`),
    );
    const withPoints = withCards(journey, points);
    expect(overlappingPairs(withPoints, layoutJourney(withPoints))).toEqual([]);
  });
});

describe('cardHeight', () => {
  it('grows with the number of wrapped lines and stops at the maximum', () => {
    const journey = emptyJourney();
    const cell = [stageId(journey, 0), laneOfKind(journey, 'actions')] as const;
    const one = cardHeight(note('a', ...cell, 'short'));
    const two = cardHeight(note('b', ...cell, 'x'.repeat(LAYOUT.charsPerLine + 1)));
    const lines = cardHeight(note('c', ...cell, 'a\nb\nc'));
    const huge = cardHeight(note('d', ...cell, 'x'.repeat(10_000)));
    expect(two - one).toBe(LAYOUT.lineHeight);
    expect(lines - one).toBe(2 * LAYOUT.lineHeight);
    expect(huge - one).toBe((LAYOUT.maxTextLines - 1) * LAYOUT.lineHeight);
    expect(cardHeight(note('e', ...cell, ''))).toBe(one);
  });

  it('adds a badge row for a touchpoint KPI and lines for a moment of truth description', () => {
    const cell = { stageId: 's', laneId: 'l' };
    const touchpoint = cardWithId('t', 'touchpoint', cell.stageId, cell.laneId);
    const withKpi = {
      ...touchpoint,
      kpi: { name: 'NPS', value: '40', target: '50', unit: '' },
    } as Card;
    // One 24 px badge row (a 20 px line and its padding) and the 6 px gap above it.
    expect(cardHeight(withKpi) - cardHeight(touchpoint)).toBe(LAYOUT.lineHeight + 4 + 6);
    const moment = cardWithId('m', 'momentOfTruth', cell.stageId, cell.laneId);
    const described = { ...moment, description: 'Unboxing' } as Card;
    expect(cardHeight(described)).toBeGreaterThan(cardHeight(moment));
  });

  it('gives every emotion point the same small size', () => {
    const point = cardWithId('e', 'emotion', 's', 'l');
    expect(cardHeight(point)).toBe(LAYOUT.emotionPointSize);
  });
});

describe('card heights on a large map', () => {
  it('are worked out again only for a card that changed', () => {
    const journey = seededJourney();
    const [first] = Object.values(journey.cards);
    if (!first) throw new Error('no card');
    const before = layoutJourney(journey).cards.get(first.id)!.height;
    // A new card object with a much longer text: its height is measured afresh.
    const longer = { ...first, text: 'A much longer text that wraps over several lines '.repeat(4) };
    const changed = { ...journey, cards: { ...journey.cards, [first.id]: longer } };
    expect(layoutJourney(changed).cards.get(first.id)!.height).toBeGreaterThan(before);
    expect(layoutJourney(journey).cards.get(first.id)!.height).toBe(before);
  });
});
