// Round trips, fresh ids where they collide, persona keep/replace/copy, and no prototype pollution.
import { describe, expect, it } from 'vitest';
import { importText } from './fixtures';
import { journeyEnvelope } from '../../src/io/file/journeyFile';
import { backupFileName } from '../../src/io/file/workspaceFile';
import type { EmotionCard, Journey } from '../../src/model';
import {
  EMPTY_LIBRARY,
  journeyText,
  populatedJourney,
  samplePersonas,
  workspaceText,
} from './fixtures';

function mustImport(...args: Parameters<typeof importText>) {
  const result = importText(...args);
  if (!result.ok) throw new Error(`import failed: ${JSON.stringify(result.error)}`);
  return result;
}

function emotionPersonaIds(journey: Journey): (string | null)[] {
  return Object.values(journey.cards)
    .filter((card): card is EmotionCard => card.kind === 'emotion')
    .map((card) => card.personaId);
}

describe('export then import', () => {
  it('gives back an equal journey and its linked personas only', () => {
    const [claire, malik] = samplePersonas();
    const journey = populatedJourney(claire);
    const { file, plan } = mustImport(journeyText(journey, [claire, malik]), {
      library: EMPTY_LIBRARY,
    });
    expect(file.kind).toBe('journey');
    expect(file.appVersion).toBe('0.1.0');
    expect(plan.journeys).toEqual([journey]);
    expect(plan.personas).toEqual([claire]);
    expect(plan.renamedJourneys).toBe(0);
  });

  it('gives back an equal workspace', () => {
    const [claire, malik] = samplePersonas();
    const journeys = [populatedJourney(claire, 'One'), populatedJourney(malik, 'Two')];
    const { file, plan } = mustImport(workspaceText(journeys, [claire, malik]));
    expect(file.kind).toBe('workspace');
    expect(plan.journeys).toEqual(journeys);
    expect(plan.personas).toEqual([claire, malik]);
  });

  it('keeps the envelope shape: format, versions, export time, journey, personas', () => {
    const [claire] = samplePersonas();
    const envelope = journeyEnvelope(populatedJourney(claire), [claire], '1.2.3', new Date(0));
    expect(Object.keys(envelope)).toEqual([
      'format',
      'schemaVersion',
      'appVersion',
      'exportedAt',
      'journey',
      'personas',
    ]);
    expect(envelope.exportedAt).toBe('1970-01-01T00:00:00.000Z');
  });

  it('names a backup after the day it was made', () => {
    expect(backupFileName(new Date(2026, 2, 7, 12))).toBe(
      'parcours-backup-2026-03-07.parcours.json',
    );
  });
});

describe('ids on import', () => {
  it('gives a journey a new id when its id is already in the library, keeping its content', () => {
    const [claire] = samplePersonas();
    const journey = populatedJourney(claire);
    const library = { journeyIds: new Set([journey.id]), personaIds: new Set<string>() };
    const { plan } = mustImport(journeyText(journey, [claire]), { library });
    const [imported] = plan.journeys;
    expect(imported?.id).not.toBe(journey.id);
    expect({ ...imported, id: journey.id }).toEqual(journey);
    expect(plan.renamedJourneys).toBe(1);
  });

  it('gives distinct ids to journeys that share an id inside one backup', () => {
    const [claire] = samplePersonas();
    const journey = populatedJourney(claire);
    const { plan } = mustImport(workspaceText([journey, journey], [claire]));
    const ids = plan.journeys.map((j) => j.id);
    expect(new Set(ids).size).toBe(2);
    expect(ids[0]).toBe(journey.id);
  });
});

describe('personas already in the library', () => {
  const [claire] = samplePersonas();
  const journey = populatedJourney(claire);
  const edited = { ...claire, name: 'Claire (edited elsewhere)' };
  const text = journeyText(journey, [edited]);
  const library = { journeyIds: new Set<string>(), personaIds: new Set([claire.id]) };

  it('keep: writes no persona and leaves references on the library version', () => {
    const { plan } = mustImport(text, { library, personaChoice: 'keep' });
    expect(plan.personas).toEqual([]);
    expect(plan.journeys[0]?.personaIds).toEqual([claire.id]);
    expect(emotionPersonaIds(plan.journeys[0]!)).toEqual([claire.id]);
  });

  it('replace: writes the file version under the same id', () => {
    const { plan } = mustImport(text, { library, personaChoice: 'replace' });
    expect(plan.personas).toEqual([edited]);
    expect(plan.journeys[0]?.personaIds).toEqual([claire.id]);
  });

  it('copy: writes the file version under a new id and points the journey at it', () => {
    const { plan } = mustImport(text, { library, personaChoice: 'copy' });
    const [copy] = plan.personas;
    expect(copy?.id).not.toBe(claire.id);
    expect({ ...copy, id: claire.id }).toEqual(edited);
    expect(plan.journeys[0]?.personaIds).toEqual([copy?.id]);
    expect(emotionPersonaIds(plan.journeys[0]!)).toEqual([copy?.id]);
  });

  it('imports personas that are not in the library as they are, whatever the choice', () => {
    const [, malik] = samplePersonas();
    const both = workspaceText([journey], [edited, malik]);
    const { plan } = mustImport(both, { library, personaChoice: 'copy' });
    expect(plan.personas.map((p) => p.name)).toEqual(['Claire (edited elsewhere)', 'Malik']);
    expect(plan.personas[1]).toEqual(malik);
  });
});

describe('dangerous keys', () => {
  it('never lets __proto__, constructor or prototype keys reach an imported object', () => {
    const [claire] = samplePersonas();
    const journey = populatedJourney(claire);
    const text = journeyText(journey, [claire])
      .replace('{"format"', '{"__proto__":{"polluted":true},"constructor":{"x":1},"format"')
      .replace('"title":', '"__proto__":{"polluted":true},"prototype":{"y":2},"title":')
      .replace('"name":"Claire"', '"__proto__":{"polluted":true},"name":"Claire"');
    const { plan } = mustImport(text);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    const objects: unknown[] = [plan, ...plan.journeys, ...plan.personas];
    for (const object of objects) {
      expect(JSON.stringify(object)).not.toMatch(/__proto__|polluted|"prototype"|"constructor"/);
      expect(Object.getPrototypeOf(object)).toBe(Object.prototype);
    }
    expect(plan.journeys[0]).toEqual(journey);
    expect(plan.personas[0]).toEqual(claire);
  });

  it('keeps a javascript: link in a text field as plain text', () => {
    const [claire] = samplePersonas();
    const journey = populatedJourney(claire);
    const [noteId] = Object.keys(journey.cards);
    const link = 'javascript:alert(1)';
    const withLink = {
      ...journey,
      cards: { ...journey.cards, [noteId!]: { ...journey.cards[noteId!]!, text: link } },
    } as Journey;
    const { plan } = mustImport(journeyText(withLink, [claire]));
    expect(plan.journeys[0]?.cards[noteId!]).toMatchObject({ text: link });
  });
});
