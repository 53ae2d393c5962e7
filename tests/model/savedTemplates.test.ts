// Save as template: a journey becomes a template without ids or personas, survives the stored
// schema, and builds an equal journey again; damaged stored templates are left out, never thrown.
import { describe, expect, it } from 'vitest';
import { shippedJourneyTemplates } from '../../src/i18n/journeyTemplates';
import {
  SavedJourneyTemplateSchema,
  journeyFromTemplate,
  readJourney,
  SAVED_JOURNEY_TEMPLATE_RECORD,
  SAVED_TEMPLATE_VERSION,
  readRecordList,
  templateFromJourney,
  type Journey,
  type JourneyTemplate,
  type SavedJourneyTemplate,
} from '../../src/model';
import { must, seededJourney } from './helpers';

/** JSON with sorted keys, so equal cards compare equal whatever order their fields were set in. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    inner && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => a.localeCompare(b)))
      : inner,
  );
}

/** A journey's content by position and text, so two journeys with different ids compare equal. */
function content(journey: Journey) {
  const stage = (id: string) => journey.stages.findIndex((s) => s.id === id);
  const lane = (id: string) => journey.lanes.findIndex((l) => l.id === id);
  const cards = Object.values(journey.cards).map(({ id: _id, stageId, laneId, ...fields }) => ({
    ...fields,
    stage: stage(stageId),
    lane: lane(laneId),
  }));
  const text = (id: string) => canonical(cards[Object.keys(journey.cards).indexOf(id)]);
  return {
    title: journey.title,
    stages: journey.stages.map(({ id: _id, ...rest }) => rest),
    lanes: journey.lanes.map(({ id: _id, ...rest }) => rest),
    cards: cards.map((card) => canonical(card)).sort(),
    connectors: Object.values(journey.connectors)
      .map((c) => `${text(c.sourceCardId)} -> ${text(c.targetCardId)} ${c.label} ${c.style}`)
      .sort(),
  };
}

function saved(template: JourneyTemplate, name = 'Workshop kit'): SavedJourneyTemplate {
  const savedAt = '2026-03-02T10:00:00.000Z';
  return { schemaVersion: SAVED_TEMPLATE_VERSION, id: 'tpl-1', name, savedAt, template };
}

/** The templates a stored setting holds, as the library reads them. */
function readSavedJourneyTemplates(value: unknown): SavedJourneyTemplate[] {
  return readRecordList(SAVED_JOURNEY_TEMPLATE_RECORD, value).records;
}

/** Through JSON, as a stored setting or a copied file would go. */
function throughStorage(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value));
}

describe('save as template', () => {
  it('round-trips a template journey through the stored schema into an equal journey', () => {
    const original = journeyFromTemplate(shippedJourneyTemplates('fr')[1]!.template);
    const [read] = readSavedJourneyTemplates(
      throughStorage([saved(templateFromJourney(original))]),
    );
    const rebuilt = journeyFromTemplate(must(read).template);
    const check = readJourney(rebuilt);
    expect(check.ok).toBe(true);
    expect(content(rebuilt)).toEqual(content(original));
    expect(rebuilt.id).not.toBe(original.id);
  });

  it('drops persona links and keeps one emotion curve without a persona', () => {
    // The seeded journey has a shared curve (e0) and two personas' points (e1, e2).
    const journey = seededJourney();
    const template = templateFromJourney(journey);
    expect(JSON.stringify(template)).not.toMatch(/p1|p2|personaId/);
    const rebuilt = journeyFromTemplate(template);
    const points = Object.values(rebuilt.cards).filter((card) => card.kind === 'emotion');
    expect(points.map((point) => [point.score, point.personaId])).toEqual([[1, null]]);
    expect(rebuilt.personaIds).toEqual([]);
    // The connector to a dropped persona point goes; the others stay.
    expect(Object.keys(rebuilt.connectors)).toHaveLength(
      Object.keys(journey.connectors).length - 1,
    );
    expect(readJourney(rebuilt).ok).toBe(true);
  });

  it('keeps the first linked persona’s curve when there is no shared curve', () => {
    const journey = seededJourney();
    delete journey.cards.e0;
    delete journey.connectors.xe;
    const rebuilt = journeyFromTemplate(templateFromJourney(journey));
    const points = Object.values(rebuilt.cards).filter((card) => card.kind === 'emotion');
    expect(points.map((point) => [point.score, point.personaId])).toEqual([
      [must(journey.cards.e1 as { score: number }).score, null],
    ]);
  });

  it('keeps the order of cards inside a cell', () => {
    const rebuilt = journeyFromTemplate(templateFromJourney(seededJourney()));
    const firstCell = Object.values(rebuilt.cards)
      .filter((c) => c.stageId === rebuilt.stages[0]!.id && c.laneId === rebuilt.lanes[0]!.id)
      .sort((a, b) => a.order - b.order)
      .map((c) => (c.kind === 'note' ? c.text : ''));
    expect(firstCell).toEqual(['Sees an advert', 'Asks a friend', 'Searches online']);
  });

  it('builds a valid journey even when a template names cells or cards that do not exist', () => {
    const template = templateFromJourney(seededJourney());
    const broken: JourneyTemplate = {
      ...template,
      cards: [...template.cards, { ...template.cards[0]!, stage: 40 }],
      connectors: [...template.connectors, { from: 0, to: 999, label: '', style: 'solid' }],
    };
    const rebuilt = journeyFromTemplate(broken);
    expect(readJourney(rebuilt).ok).toBe(true);
    expect(Object.keys(rebuilt.cards)).toHaveLength(template.cards.length);
    expect(Object.keys(rebuilt.connectors)).toHaveLength(template.connectors.length);
  });
});

describe('reading stored journey templates', () => {
  const valid = saved(templateFromJourney(seededJourney()));

  it.each([
    ['nothing stored', undefined],
    ['null', null],
    ['a string', 'journeyTemplates'],
    ['an object', { templates: [valid] }],
    ['an array of junk', [1, 'two', null, { id: 'x' }]],
  ])('yields no templates from a damaged setting (%s)', (_what, value) => {
    expect(readSavedJourneyTemplates(value)).toEqual([]);
  });

  it('leaves out a damaged entry and keeps the good ones', () => {
    const damaged = { ...valid, id: 'tpl-2', template: { ...valid.template, stages: 'Awareness' } };
    const read = readSavedJourneyTemplates(throughStorage([damaged, valid]));
    expect(read.map((entry) => entry.id)).toEqual(['tpl-1']);
  });

  it('drops unknown and prototype keys', () => {
    const hostile = JSON.parse(
      JSON.stringify(valid).replace('{', '{"__proto__":{"polluted":true},"extra":1,'),
    ) as unknown;
    const [read] = readSavedJourneyTemplates([hostile]);
    expect(read).toBeDefined();
    expect(Object.keys(must(read))).toEqual(Object.keys(SavedJourneyTemplateSchema.shape));
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
