// @vitest-environment node
// Factories: the default journey and blank stages, lanes, cards, connectors and personas.
import { describe, expect, it } from 'vitest';
import { CARD_KINDS, CardSchema } from '../../src/model/card';
import {
  DEFAULT_LANE_KINDS,
  DEFAULT_LANE_MIN_HEIGHT,
  createCard,
  createCardForLane,
  createConnector,
  createJourney,
  createLane,
  createPersona,
  createStage,
} from '../../src/model/factories';
import { createId } from '../../src/model/ids';
import {
  ConnectorSchema,
  JOURNEY_SCHEMA_VERSION,
  JourneySchema,
  LaneSchema,
  StageSchema,
} from '../../src/model/journey';
import {
  CARD_KIND_FOR_LANE,
  LANE_COLORS,
  PERSONA_COLORS,
  STAGE_COLORS,
  pickColor,
} from '../../src/model/palette';
import { PersonaSchema } from '../../src/model/persona';
import { LANE_KINDS } from '../../src/model/vocabulary';
import { LABELS } from './helpers';

describe('createJourney', () => {
  it('creates four stages named from the labels, in order', () => {
    const journey = createJourney(LABELS);
    expect(journey.stages.map((stage) => stage.name)).toEqual([
      'Awareness',
      'Research',
      'Purchase',
      'Loyalty',
    ]);
    expect(journey.stages.every((stage) => stage.momentOfTruth === null)).toBe(true);
  });

  it('gives the stages distinct colours from the stage palette', () => {
    const journey = createJourney(LABELS);
    expect(journey.stages.map((stage) => stage.color)).toEqual(STAGE_COLORS.slice(0, 4));
  });

  it('creates the default lanes in order, named from the labels', () => {
    const journey = createJourney(LABELS);
    expect(journey.lanes.map((lane) => lane.kind)).toEqual([
      'actions',
      'touchpoints',
      'thoughts',
      'emotions',
      'painPoints',
      'opportunities',
      'momentsOfTruth',
    ]);
    expect(journey.lanes.map((lane) => lane.kind)).toEqual([...DEFAULT_LANE_KINDS]);
    expect(journey.lanes.map((lane) => lane.name)).toEqual(
      DEFAULT_LANE_KINDS.map((kind) => LABELS.lanes[kind]),
    );
  });

  it('creates expanded lanes with their kind’s colour and the default height', () => {
    const journey = createJourney(LABELS);
    for (const lane of journey.lanes) {
      expect(lane.collapsed).toBe(false);
      expect(lane.minHeight).toBe(DEFAULT_LANE_MIN_HEIGHT);
      expect(lane.color).toBe(LANE_COLORS[lane.kind]);
    }
  });

  it('starts empty, at the current schema version, with the title from the labels', () => {
    const journey = createJourney(LABELS);
    expect(journey).toMatchObject({
      schemaVersion: JOURNEY_SCHEMA_VERSION,
      title: 'Online grocery order',
      description: '',
      cards: {},
      connectors: {},
      personaIds: [],
    });
    expect(journey.createdAt).toBe(journey.updatedAt);
    expect(new Date(journey.createdAt).toISOString()).toBe(journey.createdAt);
  });

  it('passes JourneySchema.parse unchanged', () => {
    const journey = createJourney(LABELS);
    expect(JourneySchema.parse(journey)).toStrictEqual(journey);
  });

  it('gives every journey, stage and lane a fresh unique id', () => {
    const a = createJourney(LABELS);
    const b = createJourney(LABELS);
    const ids = [a, b].flatMap((j) => [
      j.id,
      ...j.stages.map((s) => s.id),
      ...j.lanes.map((l) => l.id),
    ]);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('createId', () => {
  it('creates short URL-safe ids', () => {
    expect(createId()).toMatch(/^[A-Za-z0-9_-]{12}$/);
  });
});

describe('createStage and createLane', () => {
  it('creates a valid stage whose colour cycles through the palette', () => {
    const stage = createStage('Renewal', STAGE_COLORS.length + 1);
    expect(StageSchema.parse(stage)).toStrictEqual(stage);
    expect(stage.color).toBe(STAGE_COLORS[1]);
    expect(createStage('First').color).toBe(STAGE_COLORS[0]);
  });

  it('creates a valid lane of every kind', () => {
    for (const kind of LANE_KINDS) {
      const lane = createLane(`Lane ${kind}`, kind);
      expect(LaneSchema.parse(lane)).toStrictEqual(lane);
      expect(lane.kind).toBe(kind);
    }
  });
});

describe('pickColor', () => {
  it('wraps indexes past the end and below zero', () => {
    const colors = ['#000001', '#000002', '#000003'];
    expect(pickColor(colors, 0)).toBe('#000001');
    expect(pickColor(colors, 4)).toBe('#000002');
    expect(pickColor(colors, -1)).toBe('#000003');
  });

  it('falls back to a default colour for an empty palette', () => {
    expect(pickColor([], 3)).toMatch(/^#[0-9a-f]{6}$/i);
  });
});

describe('createCard', () => {
  const cell = { stageId: 'stage', laneId: 'lane' };

  it('creates a valid blank card of every kind in the given cell', () => {
    for (const kind of CARD_KINDS) {
      const card = createCard(kind, cell, 3);
      expect(CardSchema.parse(card)).toStrictEqual(card);
      expect(card).toMatchObject({ kind, stageId: 'stage', laneId: 'lane', order: 3, color: null });
    }
  });

  it('gives blank cards sensible defaults', () => {
    expect(createCard('emotion', cell)).toMatchObject({ score: 0, label: '', personaId: null });
    expect(createCard('painPoint', cell)).toMatchObject({ severity: 'medium' });
    expect(createCard('opportunity', cell)).toMatchObject({ impact: 'medium', effort: 'medium' });
    expect(createCard('touchpoint', cell)).toMatchObject({ channel: 'web', rating: null });
    expect(createCard('momentOfTruth', cell)).toMatchObject({ momentType: 'FMOT', customType: '' });
  });

  it('creates the kind of card that belongs in each lane kind', () => {
    for (const kind of LANE_KINDS) {
      const lane = createLane('Lane', kind);
      const card = createCardForLane(lane, 'stage', 1);
      expect(card.kind).toBe(CARD_KIND_FOR_LANE[kind]);
      expect(card).toMatchObject({ laneId: lane.id, stageId: 'stage', order: 1 });
    }
    expect(createCardForLane(createLane('E', 'emotions'), 's').kind).toBe('emotion');
    expect(createCardForLane(createLane('T', 'touchpoints'), 's').kind).toBe('touchpoint');
    expect(createCardForLane(createLane('A', 'actions'), 's').kind).toBe('note');
  });
});

describe('createConnector', () => {
  it('creates a valid solid connector between two cards', () => {
    const connector = createConnector('a', 'b', 'calls support');
    expect(ConnectorSchema.parse(connector)).toStrictEqual(connector);
    expect(connector).toMatchObject({
      sourceCardId: 'a',
      targetCardId: 'b',
      label: 'calls support',
      style: 'solid',
    });
    expect(createConnector('a', 'b').label).toBe('');
  });
});

describe('createPersona', () => {
  it('creates a valid empty persona with a palette colour', () => {
    const persona = createPersona('Camille', 2);
    expect(PersonaSchema.parse(persona)).toStrictEqual(persona);
    expect(persona).toMatchObject({
      name: 'Camille',
      avatarImageId: null,
      age: null,
      techSavviness: null,
      goals: [],
      customFields: [],
      color: PERSONA_COLORS[2],
    });
  });
});
