// @vitest-environment node
// The workshop-grade layout: crowded stages widen into sub-columns, cards get the height their
// badges and long French words need, and notes of an emotions lane never cover a curve point.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dropTarget } from '../../src/canvas/dropTarget';
import {
  CARD_KINDS,
  LAYOUT,
  cardHeight,
  cardKindOf,
  cardTitle,
  layoutJourney,
  wrappedLines,
  type Card,
  type CardKind,
  type Journey,
  type MapLayout,
} from '../../src/model';
import { addCard, moveCard } from '../../src/model/operations/cards';
import { apply, cardWithId, emptyJourney, laneOfKind, must, stageId } from './helpers';
import { overlappingPairs, overlaps } from './geometry';

function note(id: string, stage: string, lane: string, text: string, order = 0): Card {
  return { ...cardWithId(id, 'note', stage, lane, order), text } as Card;
}

function withCards(journey: Journey, cards: readonly Card[]): Journey {
  return cards.reduce((current, c) => apply(current, addCard(c)), journey);
}

/** A stage's own height: each lane as tall as that stage's cards in it need, or its minimum. */
function stageHeight(journey: Journey, layout: MapLayout, index: number): number {
  const stage = must(journey.stages[index]);
  return journey.lanes.reduce((sum, lane, laneIndex) => {
    const row = must(layout.rows[laneIndex]);
    const rects = Object.values(journey.cards)
      .filter((c) => c.stageId === stage.id && c.laneId === lane.id && c.kind !== 'emotion')
      .map((c) => must(layout.cards.get(c.id)));
    const bottom = Math.max(row.y, ...rects.map((r) => r.y + r.height)) + LAYOUT.cellPadding;
    const floor = lane.kind === 'emotions' ? LAYOUT.emotionLaneHeight : lane.minHeight;
    return sum + Math.max(floor, bottom - row.y);
  }, 0);
}

/** A standard map with a few notes in every stage and `dense` notes in stage 0's actions. */
function crowded(dense: number): Journey {
  const journey = emptyJourney();
  const actions = laneOfKind(journey, 'actions');
  const thoughts = laneOfKind(journey, 'thoughts');
  const cards: Card[] = [];
  journey.stages.forEach((stage, s) => {
    for (let i = 0; i < 2; i += 1) cards.push(note(`t${s}-${i}`, stage.id, thoughts, 'A thought'));
    cards.push(note(`a${s}`, stage.id, actions, 'Compares three offers'));
  });
  for (let i = 0; i < dense; i += 1) {
    cards.push(note(`d${i}`, stageId(journey, 0), actions, `Idea ${i} from the room`, i + 1));
  }
  return withCards(journey, cards);
}

describe('a crowded stage', () => {
  it('widens into sub-columns and stays within twice the height of the other stages', () => {
    const journey = crowded(30);
    const layout = layoutJourney(journey);
    const [first, ...others] = layout.columns;
    expect(must(first).subColumns).toBeGreaterThan(1);
    expect(must(first).width).toBe(must(first).subColumns * LAYOUT.columnWidth);
    for (const column of others) expect(column.subColumns).toBe(1);
    const heights = journey.stages.map((_s, i) => stageHeight(journey, layout, i));
    const tallestOther = Math.max(...heights.slice(1));
    expect(must(heights[0])).toBeLessThanOrEqual(2 * tallestOther);
    expect(overlappingPairs(journey, layout)).toEqual([]);
  });

  it('lays the stages side by side: each one starts where the one before it ends', () => {
    const layout = layoutJourney(crowded(30));
    layout.columns.forEach((column, i) => {
      const before = layout.columns[i - 1];
      expect(column.x).toBe(before ? before.x + before.width : LAYOUT.laneHeaderWidth);
    });
    const last = must(layout.columns.at(-1));
    expect(layout.width).toBe(last.x + last.width);
  });

  it('keeps the cards in rank order: down the first sub-column, then the next', () => {
    const journey = crowded(30);
    const layout = layoutJourney(journey);
    const ids = ['a0', ...Array.from({ length: 30 }, (_, i) => `d${i}`)];
    const rects = ids.map((id) => must(layout.cards.get(id)));
    for (let i = 1; i < rects.length; i += 1) {
      const [a, b] = [must(rects[i - 1]), must(rects[i])];
      expect(b.x > a.x || (b.x === a.x && b.y > a.y)).toBe(true);
    }
  });

  it('stays one column wide with a few cards', () => {
    const layout = layoutJourney(crowded(3));
    for (const column of layout.columns) expect(column.subColumns).toBe(1);
  });

  it('keeps a stage drawn alone (a PDF page of one stage) one column wide', () => {
    const journey = crowded(30);
    const alone = { ...journey, stages: journey.stages.slice(0, 1) };
    expect(layoutJourney(alone).columns.map((column) => column.subColumns)).toEqual([1]);
  });

  it('takes a card dropped into a sub-column at the rank it was dropped at', () => {
    const journey = crowded(30);
    const layout = layoutJourney(journey);
    const column = must(layout.columns[0]);
    // Dropped just above the top card of the second sub-column: after all of the first.
    const firstOfSecond = [...layout.cards.entries()]
      .filter(
        ([, r]) => r.x >= column.x + LAYOUT.columnWidth && r.x < column.x + 2 * LAYOUT.columnWidth,
      )
      .sort(([, a], [, b]) => a.y - b.y)[0];
    const [id, rect] = must(firstOfSecond);
    const target = must(
      dropTarget(journey, layout, 't1-0', { ...rect, y: rect.y - rect.height / 2 - 2 }),
    );
    expect(target.stageId).toBe(stageId(journey, 0));
    expect(target.laneId).toBe(laneOfKind(journey, 'actions'));
    const ranks = ['a0', ...Array.from({ length: 30 }, (_, i) => `d${i}`)];
    expect(target.index).toBe(ranks.indexOf(id));
  });
});

const LONG_FRENCH = {
  title: 'Réservation sur la plateforme intermédiaire de l’établissement',
  text: 'Incompréhensible : l’hébergement proposé n’était absolument pas disponible à l’arrivée, malgré la confirmation électronique',
  kpi: {
    name: 'Taux de transformation après conseil personnalisé',
    value: '12 000',
    target: '20 000',
    unit: 'par mois',
  },
};

function longFrenchCard(kind: CardKind): Card {
  const base = cardWithId(`long-${kind}`, kind, 's', 'l');
  switch (base.kind) {
    case 'note':
    case 'painPoint':
    case 'opportunity':
      return { ...base, text: LONG_FRENCH.text };
    case 'touchpoint':
      return {
        ...base,
        title: LONG_FRENCH.title,
        channel: 'mobileApp',
        objective: 'drivePurchase',
        kpi: LONG_FRENCH.kpi,
        rating: 4,
      };
    case 'momentOfTruth':
      return { ...base, title: LONG_FRENCH.title, description: LONG_FRENCH.text };
    case 'emotion':
      return { ...base, label: LONG_FRENCH.title };
  }
}

describe('card heights in French', () => {
  it('give every kind of card with long French text the room its badges and words need', () => {
    for (const kind of CARD_KINDS) {
      const card = longFrenchCard(kind);
      if (kind === 'emotion') {
        expect(cardHeight(card)).toBe(LAYOUT.emotionPointSize);
        continue;
      }
      const face = cardKindOf(card).face(card);
      const lines = Math.min(LAYOUT.maxTextLines, wrappedLines(cardTitle(card), 30));
      // A lower bound: padding, one 24 px line per badge row, the text at 30 letters a line.
      const badges = (face.header.length > 0 ? 24 : 0) + (face.footer.length > 0 ? 24 : 0);
      const detail = face.detail ? 20 : 0;
      expect(cardHeight(card), kind).toBeGreaterThanOrEqual(22 + badges + lines * 20 + detail);
    }
  });

  it('give a touchpoint whose KPI badge wraps onto two lines a taller card', () => {
    const short = {
      ...longFrenchCard('touchpoint'),
      kpi: { ...LONG_FRENCH.kpi, name: 'NPS' },
    } as Card;
    expect(cardHeight(longFrenchCard('touchpoint'))).toBeGreaterThan(cardHeight(short));
  });

  it('wrap word by word, as the browser does, breaking only a word longer than a line', () => {
    expect(wrappedLines('Restaurant de l’hôtel', 28)).toBe(1);
    expect(wrappedLines('aaaa bbbb', 6)).toBe(2);
    expect(wrappedLines('x'.repeat(30), 10)).toBe(3);
    expect(wrappedLines('one\ntwo', 28)).toBe(2);
  });
});

describe('notes in an emotions lane', () => {
  function emotionsWithNotes(notes: number): Journey {
    const journey = emptyJourney();
    const emotions = laneOfKind(journey, 'emotions');
    const cards: Card[] = [];
    journey.stages.forEach((stage, s) => {
      for (const score of [2, 0, -2]) {
        cards.push({
          ...cardWithId(`e${s}${score}`, 'emotion', stage.id, emotions, score + 3),
          score,
        } as Card);
      }
    });
    for (let i = 0; i < notes; i += 1)
      cards.push(note(`n${i}`, stageId(journey, 0), emotions, 'Aside', i));
    return withCards(journey, cards);
  }

  it('stack above the points, so no note covers a point', () => {
    for (const count of [1, 3, 8]) {
      const journey = emotionsWithNotes(count);
      const layout = layoutJourney(journey);
      expect(overlappingPairs(journey, layout)).toEqual([]);
    }
  });

  it('stay apart and inside their lane when a cell holds dozens of points of one score', () => {
    const base = emptyJourney();
    const emotions = laneOfKind(base, 'emotions');
    const thoughts = laneOfKind(base, 'thoughts');
    const stage = stageId(base, 0);
    for (const score of [0, 2, -1]) {
      const points = Array.from(
        { length: 33 },
        (_, i) =>
          ({
            ...cardWithId(`p${i}`, 'emotion', stage, emotions, i),
            score,
            personaId: 'x',
          }) as Card,
      );
      const journey = withCards(base, [...points, note('aside', stage, thoughts, 'A pain', 0)]);
      const layout = layoutJourney(journey);
      expect(overlappingPairs(journey, layout), `score ${score}`).toEqual([]);
      const row = must(layout.rows.find((r) => r.laneId === emotions));
      for (const point of points) {
        const rect = must(layout.cards.get(point.id));
        expect(rect.y).toBeGreaterThanOrEqual(row.y);
        expect(rect.y + rect.height).toBeLessThanOrEqual(row.y + row.height);
      }
    }
  });

  it('keep the points apart after a note moves down into the emotions lane', () => {
    let journey = emotionsWithNotes(0);
    const thoughts = laneOfKind(journey, 'thoughts');
    const emotions = laneOfKind(journey, 'emotions');
    journey = withCards(journey, [note('moving', stageId(journey, 1), thoughts, 'Down it goes')]);
    journey = apply(
      journey,
      moveCard('moving', { stageId: stageId(journey, 1), laneId: emotions }),
    );
    const layout = layoutJourney(journey);
    const moved = must(layout.cards.get('moving'));
    for (const [id, rect] of layout.cards) {
      if (id !== 'moving') expect(overlaps(moved, rect), id).toBe(false);
    }
  });
});

const cellCard = (journey: Journey) =>
  fc
    .record({
      stage: fc.nat({ max: journey.stages.length - 1 }),
      lane: fc.nat({ max: journey.lanes.length - 1 }),
      kind: fc.constantFrom(...CARD_KINDS),
      text: fc.string({ maxLength: 160 }),
      score: fc.integer({ min: -2, max: 2 }),
      count: fc.oneof(fc.constant(1), fc.integer({ min: 1, max: 40 })),
    })
    .map(({ stage, lane, kind, text, score, count }) => ({
      stage,
      lane,
      kind,
      text,
      score,
      count,
    }));

describe('layoutJourney on any journey', () => {
  it('never lets two card boxes of a stage overlap, dense cells included', () => {
    const base = emptyJourney();
    fc.assert(
      fc.property(fc.array(cellCard(base), { maxLength: 8 }), (groups) => {
        const cards: Card[] = [];
        groups.forEach((group, g) => {
          for (let i = 0; i < group.count; i += 1) {
            const stage = must(base.stages[group.stage]).id;
            const lane = must(base.lanes[group.lane]).id;
            const made = cardWithId(`c${g}-${i}`, group.kind, stage, lane, i);
            const filled =
              made.kind === 'emotion'
                ? { ...made, score: group.score, personaId: `p${i % 3}` }
                : made.kind === 'touchpoint' || made.kind === 'momentOfTruth'
                  ? { ...made, title: group.text }
                  : { ...made, text: group.text };
            cards.push(filled as Card);
          }
        });
        const journey = withCards(base, cards);
        const layout = layoutJourney(journey);
        expect(overlappingPairs(journey, layout)).toEqual([]);
        for (const column of layout.columns) {
          expect(column.subColumns).toBeGreaterThanOrEqual(1);
          expect(column.subColumns).toBeLessThanOrEqual(LAYOUT.maxSubColumns);
        }
      }),
      { numRuns: 60 },
    );
  });
});
