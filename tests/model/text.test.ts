// @vitest-environment node
// Text hygiene: which characters survive every door into the model, and that clean text is untouched.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  cleanLine,
  cleanStrings,
  cleanText,
  createCard,
  createJourney,
  ops,
  applyRecipe,
  combine,
  editPersona,
  createPersona,
  readJourney,
  type NoteCard,
} from '../../src/model';
import { LABELS } from '../persistence/helpers';

/** Every character the rule removes: C0 but tab, line feed and carriage return; DEL; C1 but NEL. */
export const REMOVED: string[] = [
  ...Array.from({ length: 0x20 }, (_, code) => code).filter(
    (code) => ![0x09, 0x0a, 0x0b, 0x0c, 0x0d].includes(code),
  ),
  ...Array.from({ length: 0x21 }, (_, index) => 0x7f + index).filter((code) => code !== 0x85),
  0xfffe,
  0xffff,
].map((code) => String.fromCharCode(code));

describe('cleanText', () => {
  it('removes every C0 and C1 control character, DEL, U+FFFE and U+FFFF', () => {
    for (const character of REMOVED) {
      expect(cleanText(`a${character}b`), `U+${character.charCodeAt(0).toString(16)}`).toBe('ab');
    }
  });

  it('keeps tabs and line breaks, and turns the other kinds of line break into \\n', () => {
    expect(cleanText('a\tb\nc')).toBe('a\tb\nc');
    expect(cleanText('Line 1\u000BLine 2')).toBe('Line 1\nLine 2');
    expect(cleanText('a\r\nb\rc\u000Cd\u0085e\u2028f\u2029g')).toBe('a\nb\nc\nd\ne\nf\ng');
  });

  it('removes lone surrogates and keeps paired ones', () => {
    expect(cleanText('a\uD800b')).toBe('ab');
    expect(cleanText('a\uDC00b')).toBe('ab');
    expect(cleanText('end\uD83D')).toBe('end');
    expect(cleanText('\uDE00start')).toBe('start');
    expect(cleanText('smile 😀 ok')).toBe('smile 😀 ok');
  });

  it('returns clean text unchanged, accents, emoji and right-to-left text included', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (text) => {
        const once = cleanText(text);
        expect(cleanText(once)).toBe(once);
      }),
    );
    const french = 'Séjour à l’hôtel — « réception »\tشكرا';
    expect(cleanText(french)).toBe(french);
  });

  it('leaves no character an XML 1.0 document refuses, whatever the input', () => {
    const xmlChar = /^[\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]*$/u;
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        expect(xmlChar.test(cleanText(text))).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});

describe('cleanLine', () => {
  it('folds line breaks and tabs into one space, for titles and names', () => {
    expect(cleanLine('Awareness\u000B  and\t\tresearch\r\n')).toBe('Awareness and research ');
    expect(cleanLine('Plain name')).toBe('Plain name');
  });
});

describe('cleanStrings', () => {
  it('keeps the identity of data that is already clean', () => {
    const journey = createJourney(LABELS);
    expect(cleanStrings(journey)).toBe(journey);
  });

  it('copies only the branches that held something to clean', () => {
    const journey = createJourney(LABELS);
    const dirty = { ...journey, title: 'Hotel\u0000 stay' };
    const clean = cleanStrings(dirty);
    expect(clean.title).toBe('Hotel stay');
    expect(clean.stages).toBe(journey.stages);
  });
});

describe('every door into the model cleans text', () => {
  const journey = createJourney(LABELS);
  const stage = journey.stages[0]!;
  const lane = journey.lanes[0]!;

  it('typing or pasting into a card, a title, a stage, a lane and a connector', () => {
    const card = createCard('note', { stageId: stage.id, laneId: lane.id }) as NoteCard;
    const other = createCard('note', { stageId: stage.id, laneId: lane.id });
    const edited = applyRecipe(
      journey,
      combine(
        ops.addCard({ ...card, text: 'added\u0007' }),
        ops.addCard(other),
        ops.updateCard(card.id, { text: 'Line 1\u000BLine 2\u0000' }),
        ops.renameJourney('Title\u0001'),
        ops.describeJourney('About\uFFFE'),
        ops.renameStage(stage.id, 'Stage\u009F'),
        ops.renameLane(lane.id, 'Lane\uD800'),
        ops.connectCards({
          id: 'c1',
          sourceCardId: card.id,
          targetCardId: other.id,
          label: 'via\u001B',
          style: 'solid',
        }),
        ops.updateConnector('c1', { label: 'then\u0008' }),
      ),
    ).journey;
    expect((edited.cards[card.id] as NoteCard).text).toBe('Line 1\nLine 2');
    expect(edited.title).toBe('Title');
    expect(edited.description).toBe('About');
    expect(edited.stages[0]!.name).toBe('Stage');
    expect(edited.lanes[0]!.name).toBe('Lane');
    expect(edited.connectors.c1!.label).toBe('then');
  });

  it('a persona sheet', () => {
    const persona = editPersona(createPersona('Claire'), {
      name: 'Claire\u0000',
      goals: ['Sleep\u000B well'],
    });
    expect(persona.name).toBe('Claire');
    expect(persona.goals).toEqual(['Sleep\n well']);
  });

  it('a stored record or an imported file', () => {
    const dirty = structuredClone(journey);
    dirty.title = 'Read\u0000 back';
    const result = readJourney(dirty);
    expect(result.ok && result.journey.title).toBe('Read back');
  });
});
