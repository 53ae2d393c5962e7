// The PowerPoint slide plan: a slide per stage with the same lane rows on each, every card's text in
// a box coloured by its kind inside its lane's row, the emotion curves as shapes, slide numbers, the
// accent and logo, never "Untitled", and no box outside the 16:9 slide even for a crowded stage.
import { describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/en';
import { fr } from '../../src/i18n/fr';
import { cardColors, fitText } from '../../src/io/deck/deckText';
import { cardKindColors } from '../../src/model';
import {
  SLIDE,
  planDeck,
  type LineBox,
  type PlannedSlide,
  type SlideBox,
  type TextBox,
} from '../../src/io/deck/slidePlan';
import {
  createCard,
  createJourney,
  createPersona,
  type Card,
  type Journey,
  type Persona,
} from '../../src/model';
import { LABELS } from '../persistence/helpers';
import { fill } from '../../src/i18n/fill';
import { SHARED_CURVE_COLOR } from '../../src/model';

const DATE = '24 November 2026';

/** The first cell of each default lane kind in a stage, by lane kind. */
function lanesOf(journey: Journey) {
  return Object.fromEntries(journey.lanes.map((lane) => [lane.kind, lane.id]));
}

function withCards(journey: Journey, cards: Card[]): Journey {
  return { ...journey, cards: Object.fromEntries(cards.map((card) => [card.id, card])) };
}

/** A hotel-stay journey with one card of each kind in its first two stages, and a persona. */
function sampleJourney(): { journey: Journey; persona: Persona } {
  const persona = {
    ...createPersona('Claire', 0),
    role: 'Business traveller',
    quote: 'I just want my room key.',
    goals: ['Check in fast', 'Quiet room'],
    frustrations: ['Queues at the desk'],
  };
  const base = createJourney(LABELS);
  const lane = lanesOf(base);
  const [booking, checkIn] = base.stages;
  const at = (stageId: string, laneKind: string) => ({ stageId, laneId: lane[laneKind]! });
  const cards: Card[] = [
    { ...createCard('note', at(booking!.id, 'actions')), text: 'Compares hotels' } as Card,
    {
      ...createCard('touchpoint', at(booking!.id, 'touchpoints')),
      title: 'Booking site',
      channel: 'mobileApp',
    } as Card,
    {
      ...createCard('painPoint', at(checkIn!.id, 'painPoints')),
      text: 'Long queue',
      severity: 'high',
    } as Card,
    {
      ...createCard('opportunity', at(checkIn!.id, 'opportunities')),
      text: 'Mobile key',
    } as Card,
    {
      ...createCard('emotion', at(checkIn!.id, 'emotions')),
      label: 'Tired',
      score: -2,
      personaId: persona.id,
    } as Card,
  ];
  return { journey: { ...withCards(base, cards), personaIds: [persona.id] }, persona };
}

const textOf = (slide: PlannedSlide) =>
  slide.boxes.flatMap((box) => (box.type === 'text' ? box.runs.map((r) => r.text) : [])).join('\n');
/** The boxes of cards set as text (emotion points are labels on their curve). */
const cardBoxes = (slide: PlannedSlide) =>
  slide.boxes.filter(
    (box): box is TextBox =>
      box.type === 'text' && box.cardId !== undefined && box.line !== undefined,
  );
const pointLabels = (slide: PlannedSlide) =>
  slide.boxes.filter(
    (box): box is TextBox => box.type === 'text' && box.name === 'Emotion point label',
  );
const named = (slide: PlannedSlide, prefix: string) =>
  slide.boxes.filter((box: SlideBox) => box.name?.startsWith(prefix));
const curves = (slide: PlannedSlide) =>
  slide.boxes.filter(
    (box): box is LineBox => box.type === 'line' && box.name?.startsWith('Emotion curve') === true,
  );
const stageSlidesOf = (slides: PlannedSlide[]) => slides.filter((s) => s.kind === 'stage');
/** Each lane label's place: the same on every stage slide. */
const rowPlaces = (slide: PlannedSlide) =>
  named(slide, 'Lane: ').map(
    (box) => `${box.name} ${box.x.toFixed(3)} ${box.y.toFixed(3)} ${box.h.toFixed(3)}`,
  );

function expectInside(slides: PlannedSlide[]) {
  for (const slide of slides) {
    for (const box of slide.boxes) {
      expect(box.x, `${slide.title}: left edge`).toBeGreaterThanOrEqual(0);
      expect(box.y, `${slide.title}: top edge`).toBeGreaterThanOrEqual(0);
      expect(box.x + box.w, `${slide.title}: right edge`).toBeLessThanOrEqual(SLIDE.width);
      expect(box.y + box.h, `${slide.title}: bottom edge`).toBeLessThanOrEqual(SLIDE.height);
    }
  }
}

/** True when two boxes share some area. */
const overlap = (a: TextBox, b: TextBox) =>
  a.x < b.x + b.w - 1e-6 &&
  b.x < a.x + a.w - 1e-6 &&
  a.y < b.y + b.h - 1e-6 &&
  b.y < a.y + a.h - 1e-6;

describe('slide plan', () => {
  it('opens with a title slide and an overview, then a slide per stage, then the personas', () => {
    const { journey, persona } = sampleJourney();
    const slides = planDeck({
      journey,
      personas: [persona],
      text: en,
      date: DATE,
      overview: { width: 1600, height: 900 },
    });
    expect(slides.map((s) => s.kind)).toEqual([
      'title',
      'overview',
      ...journey.stages.map(() => 'stage'),
      'persona',
    ]);
    expect(slides.filter((s) => s.kind === 'stage').map((s) => s.title)).toEqual(
      journey.stages.map((s) => s.name),
    );
    const title = textOf(slides[0]!);
    expect(title).toContain('Hotel stay');
    expect(title).toContain('Personas: Claire');
    expect(title).toContain(`Exported on ${DATE}`);
  });

  it('puts every card’s text on its stage’s slide, inside its lane’s row', () => {
    const { journey, persona } = sampleJourney();
    const slides = planDeck({ journey, personas: [persona], text: en, date: DATE, overview: null });
    const [booking, checkIn] = stageSlidesOf(slides);
    expect(textOf(booking!)).toContain('Compares hotels');
    expect(textOf(booking!)).toContain('Booking site');
    expect(textOf(checkIn!)).toContain('Long queue');
    expect(textOf(checkIn!)).toContain('Mobile key');
    expect(textOf(checkIn!)).not.toContain('Compares hotels');
    expect(cardBoxes(booking!)).toHaveLength(2);
    expect(cardBoxes(checkIn!)).toHaveLength(2);
    const row = named(booking!, 'Row: Actions')[0]!;
    const card = cardBoxes(booking!).find((box) => box.kind === 'note')!;
    expect(card.y).toBeGreaterThanOrEqual(row.y);
    expect(card.y + card.h).toBeLessThanOrEqual(row.y + row.h + 1e-9);
  });

  it('spells out a touchpoint’s channel, a pain point’s severity and an emotion’s score', () => {
    const { journey, persona } = sampleJourney();
    const plan = (text: typeof en) =>
      planDeck({ journey, personas: [persona], text, date: DATE, overview: null });
    const [booking, checkIn] = plan(en).filter((s) => s.kind === 'stage');
    expect(textOf(booking!)).toContain('Mobile app · Inform');
    expect(textOf(checkIn!)).toContain('Severity: High');
    // The emotion point is on Claire's curve, labelled with its score and label.
    expect(pointLabels(checkIn!).map((box) => box.runs.map((r) => r.text).join(''))).toEqual([
      '−2 Tired',
    ]);
    expect(textOf(checkIn!)).toContain('● Claire');
    const [bookingFr, checkInFr] = plan(fr).filter((s) => s.kind === 'stage');
    expect(textOf(bookingFr!)).toContain(fr.channels.mobileApp);
    expect(textOf(checkInFr!)).toContain(fr.levels.high);
  });

  it('outlines each card in its kind’s colour, or in the card’s own colour', () => {
    const { journey, persona } = sampleJourney();
    const slides = planDeck({ journey, personas: [persona], text: en, date: DATE, overview: null });
    const boxes = slides.flatMap(cardBoxes);
    expect(boxes.map((b) => b.kind).sort()).toEqual(
      ['note', 'opportunity', 'painPoint', 'touchpoint'].sort(),
    );
    for (const box of boxes) expect(box.line).toBe(cardKindColors(box.kind!).line);
    expect(cardKindColors('painPoint').line).toBe('#e03131');
    expect(new Set(boxes.map((b) => b.line)).size).toBe(4);
    const coloured = { ...createCard('note', { stageId: 's', laneId: 'l' }), color: '#123456' };
    expect(cardColors(coloured).line).toBe('#123456');
  });

  it('keeps a crowded stage of 60 cards inside the slide, in boxes that never overlap', () => {
    const base = createJourney(LABELS);
    const stage = base.stages[0]!;
    const lanes = base.lanes.slice(0, 3);
    const long =
      'A customer reads every review on the comparison site, then asks a friend which offer to take, and still hesitates for two days before calling';
    const cards = Array.from({ length: 60 }, (_, index) => {
      const lane = lanes[index % lanes.length]!;
      const card = createCard('note', { stageId: stage.id, laneId: lane.id }, index);
      return {
        ...card,
        text: `Card ${index + 1}: ${index % 4 === 0 ? long : 'short note'}`,
      } as Card;
    });
    const journey = withCards(base, cards);
    const slides = planDeck({ journey, personas: [], text: en, date: DATE, overview: null });
    const crowded = slides.filter((s) => s.title.startsWith(stage.name));
    expectInside(slides);
    const boxes = crowded.flatMap(cardBoxes);
    expect(boxes).toHaveLength(60);
    const all = crowded.map(textOf).join('\n');
    for (let index = 1; index <= 60; index += 1) expect(all).toContain(`Card ${index}:`);
    for (const slide of crowded) {
      const onSlide = cardBoxes(slide);
      for (const [i, a] of onSlide.entries()) {
        for (const b of onSlide.slice(i + 1)) expect(overlap(a, b)).toBe(false);
      }
    }
  });

  it('gives every stage slide the same lane rows, an empty lane keeping its row', () => {
    const { journey, persona } = sampleJourney();
    const slides = planDeck({ journey, personas: [persona], text: en, date: DATE, overview: null });
    const stages = stageSlidesOf(slides);
    expect(stages).toHaveLength(journey.stages.length);
    const first = rowPlaces(stages[0]!);
    expect(first).toHaveLength(journey.lanes.length);
    for (const slide of stages) expect(rowPlaces(slide)).toEqual(first);
    // The last stages hold no card at all, and still show every lane's row.
    const empty = stages[stages.length - 1]!;
    expect(cardBoxes(empty)).toHaveLength(0);
    expect(named(empty, 'Row: ')).toHaveLength(journey.lanes.length);
    // The rows fill the room between the heading and the foot of the slide.
    const rows = named(stages[0]!, 'Row: ');
    const bottom = Math.max(...rows.map((row) => row.y + row.h));
    expect(bottom).toBeGreaterThan(SLIDE.height - 0.6);
    expect(bottom).toBeLessThanOrEqual(SLIDE.height - 0.4);
  });

  it('lets a lone card fill its row’s height rather than leave the slide half empty', () => {
    const { journey, persona } = sampleJourney();
    const slides = planDeck({ journey, personas: [persona], text: en, date: DATE, overview: null });
    const booking = stageSlidesOf(slides)[0]!;
    const row = named(booking, 'Row: Actions')[0]!;
    const card = cardBoxes(booking).find((box) => box.kind === 'note')!;
    expect(card.h).toBeGreaterThan(row.h * 0.7);
    expect(card.w).toBeGreaterThan(3);
  });

  it('draws the stage’s part of each emotion curve as a line through its points, in the persona’s colour', () => {
    const base = createJourney(LABELS);
    const emotions = base.lanes.find((lane) => lane.kind === 'emotions')!;
    const [first, second] = base.stages;
    const claire = createPersona('Claire', 0);
    const point = (
      stageId: string,
      score: number,
      label: string,
      personaId: string | null,
      order: number,
    ) =>
      ({
        ...createCard('emotion', { stageId, laneId: emotions.id }, order),
        score,
        label,
        personaId,
      }) as Card;
    const journey = {
      ...withCards(base, [
        point(first!.id, 1, 'Curious', claire.id, 0),
        point(first!.id, -1, '', claire.id, 1),
        point(first!.id, 2, 'Everyone', null, 2),
        point(second!.id, 0, 'Calm', claire.id, 0),
      ]),
      personaIds: [claire.id],
    };
    const slides = planDeck({ journey, personas: [claire], text: en, date: DATE, overview: null });
    const [one, two] = stageSlidesOf(slides);
    const lines = curves(one!);
    const line = lines.find((box) => box.name === 'Emotion curve: Claire')!;
    expect(line.points).toHaveLength(2);
    expect(line.color).toBe(claire.color);
    // Claire's curve goes on to the next stage: a dashed lead to the slide's right edge.
    expect(lines.find((box) => box.name === 'Emotion curve: Claire (after)')?.dashed).toBe(true);
    // +1 sits above −1.
    expect(line.points[0]!.y).toBeLessThan(line.points[1]!.y);
    const labels = pointLabels(one!).map((box) => box.runs.map((r) => r.text).join(''));
    expect(labels).toEqual(['+1 Curious', '−1', '+2 Everyone']);
    const shared = pointLabels(one!)[2]!;
    expect(shared.runs[0]!.color).toBe(SHARED_CURVE_COLOR);
    expect(named(one!, 'Emotion point')).toHaveLength(6);
    expect(curves(two!).map((box) => box.name)).toEqual(['Emotion curve: Claire (before)']);
    expectInside(slides);
  });

  it('numbers every slide but the title', () => {
    const { journey, persona } = sampleJourney();
    const slides = planDeck({ journey, personas: [persona], text: en, date: DATE, overview: null });
    expect(slides.map((slide) => slide.numbered)).toEqual(slides.map((_, index) => index > 0));
  });

  it('never says “Untitled”: blank names read as the lane kind, “Stage 2”, a score', () => {
    const { journey, persona } = sampleJourney();
    const blank: Journey = {
      ...journey,
      title: ' ',
      stages: journey.stages.map((stage) => ({ ...stage, name: '' })),
      lanes: journey.lanes.map((lane) => ({ ...lane, name: '' })),
      cards: Object.fromEntries(
        Object.entries(journey.cards).map(([id, card]) => [
          id,
          card.kind === 'emotion'
            ? { ...card, label: '' }
            : card.kind === 'note'
              ? { ...card, text: '' }
              : card,
        ]),
      ),
    };
    for (const text of [en, fr]) {
      const slides = planDeck({
        journey: blank,
        personas: [{ ...persona, name: '' }],
        text,
        date: DATE,
        overview: null,
      });
      const all = slides.map((slide) => `${slide.title}\n${textOf(slide)}`).join('\n');
      expect(all).not.toContain(text.canvas.untitled);
      expect(all).toContain(text.export.deckJourney);
      expect(all).toContain(fill(text.export.deckStage, { number: 2 }));
      expect(all).toContain(text.laneKinds.painPoints);
      expect(
        pointLabels(stageSlidesOf(slides)[1]!)[0]!
          .runs.map((r) => r.text)
          .join(''),
      ).toBe('−2');
    }
  });

  it('puts the accent on the title slide and the logo on every slide', () => {
    const { journey, persona } = sampleJourney();
    const slides = planDeck({
      journey,
      personas: [persona],
      text: en,
      date: DATE,
      overview: null,
      brand: { accent: '#c2185b', logo: { width: 400, height: 100 } },
    });
    const band = named(slides[0]!, 'Accent band')[0]!;
    expect(band.type === 'shape' && band.fill).toBe('#c2185b');
    for (const slide of slides) {
      const [logo] = named(slide, 'Logo');
      expect(logo?.type, slide.title).toBe('image');
      expect(logo!.w / logo!.h).toBeCloseTo(4, 5);
      // The heading leaves the logo its corner.
      const title = named(slide, 'Title')[0]!;
      if (slide.kind !== 'title') expect(title.x + title.w).toBeLessThanOrEqual(logo!.x);
    }
    expectInside(slides);
    const plain = planDeck({ journey, personas: [persona], text: en, date: DATE, overview: null });
    expect(plain.flatMap((slide) => named(slide, 'Logo'))).toHaveLength(0);
  });

  it('continues a stage on a second slide named “Stage (2)” when it cannot fit on one', () => {
    const base = createJourney(LABELS);
    const stage = base.stages[0]!;
    const lane = base.lanes[0]!;
    const text =
      'A long note that takes several lines on its slide, as workshop notes often do. '.repeat(2);
    const cards = Array.from(
      { length: 150 },
      (_, index) =>
        ({ ...createCard('note', { stageId: stage.id, laneId: lane.id }, index), text }) as Card,
    );
    const slides = planDeck({
      journey: withCards(base, cards),
      personas: [],
      text: en,
      date: DATE,
      overview: null,
    });
    const stages = stageSlidesOf(slides);
    expect(stages.map((s) => s.title)).toContain(`${stage.name} (2)`);
    // The continuation keeps the rows where they were.
    for (const slide of stages) expect(rowPlaces(slide)).toEqual(rowPlaces(stages[0]!));
    expect(slides.flatMap(cardBoxes)).toHaveLength(150);
    expectInside(slides);
  });

  it('fits the overview picture inside the slide, keeping its proportions', () => {
    const { journey, persona } = sampleJourney();
    for (const overview of [
      { width: 4000, height: 900 },
      { width: 900, height: 4000 },
    ]) {
      const slides = planDeck({ journey, personas: [persona], text: en, date: DATE, overview });
      const image = slides[1]!.boxes.find((box) => box.type === 'image')!;
      expect(image.w / image.h).toBeCloseTo(overview.width / overview.height, 5);
      expectInside([slides[1]!]);
    }
  });

  it('gives each linked persona a slide with its role, quote, goals and frustrations', () => {
    const { journey, persona } = sampleJourney();
    const other = createPersona('Malik', 1);
    const slides = planDeck({
      journey,
      personas: [other, persona],
      text: en,
      date: DATE,
      overview: null,
    });
    const personaSlides = slides.filter((s) => s.kind === 'persona');
    expect(personaSlides.map((s) => s.title)).toEqual(['Claire']);
    const text = textOf(personaSlides[0]!);
    for (const expected of [
      'Business traveller',
      '“I just want my room key.”',
      'Goals',
      'Check in fast',
      'Frustrations',
      'Queues at the desk',
    ]) {
      expect(text).toContain(expected);
    }
    expectInside(slides);
  });
});

describe('fitting text in a box', () => {
  it('keeps a short text whole, and cuts a long one at a word with an ellipsis', () => {
    expect(fitText('Front desk', 20, 2)).toEqual({ text: 'Front desk', lines: 1 });
    const cut = fitText('one two three four five six seven eight nine ten', 10, 2);
    expect(cut.lines).toBe(2);
    expect(cut.text.endsWith('…')).toBe(true);
    expect(cut.text.length).toBeLessThan(22);
  });

  it('keeps the user’s own line breaks and breaks a word longer than a line', () => {
    expect(fitText('first\nsecond', 20, 3)).toEqual({ text: 'first\nsecond', lines: 2 });
    expect(fitText('abcdefghijkl', 5, 3)).toEqual({ text: 'abcdefghijkl', lines: 3 });
  });
});
