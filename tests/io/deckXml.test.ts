// Hostile text in every field a deck shows (markup characters, "]]>", right-to-left scripts, emoji,
// a 10,000-character card): the PowerPoint file is written and each of its XML parts parses.
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/en';
import { writeDeck } from '../../src/io/deck/deckWriter';
import { planDeck } from '../../src/io/deck/slidePlan';
import { createCard, createJourney, createPersona, type Card } from '../../src/model';
import { LABELS } from '../persistence/helpers';

const NASTY = 'a < b && c > d ]]> <![CDATA[x]]> "q" \'s\' مرحبا بالعالم שלום 👩🏽‍💻🏨✨';
const LONG = `${NASTY} ${'word '.repeat(2_000)}`.slice(0, 10_000);

function readBlob(blob: Blob): Promise<ArrayBuffer> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as ArrayBuffer);
    reader.onerror = () => reject(reader.error);
    reader.readAsArrayBuffer(blob);
  });
}

describe('a deck of hostile text', () => {
  it('writes slides whose XML parses, with the text kept', async () => {
    const base = createJourney(LABELS);
    const persona = { ...createPersona(NASTY, 0), quote: LONG, goals: [NASTY, LONG] };
    const [stage] = base.stages;
    const lanes = Object.fromEntries(base.lanes.map((lane) => [lane.kind, lane.id]));
    const at = (kind: string) => ({ stageId: stage!.id, laneId: lanes[kind]! });
    const cards: Card[] = [
      { ...createCard('note', at('actions')), text: NASTY } as Card,
      { ...createCard('note', at('actions'), 1), text: LONG } as Card,
      { ...createCard('painPoint', at('painPoints')), text: LONG } as Card,
      { ...createCard('emotion', at('emotions')), label: NASTY, personaId: persona.id } as Card,
    ];
    const journey = {
      ...base,
      title: NASTY,
      stages: base.stages.map((s, i) => (i === 1 ? { ...s, name: LONG } : s)),
      lanes: base.lanes.map((l, i) => (i === 0 ? { ...l, name: NASTY } : l)),
      cards: Object.fromEntries(cards.map((card) => [card.id, card])),
      personaIds: [persona.id],
    };
    const slides = planDeck({
      journey,
      personas: [persona],
      text: en,
      date: NASTY,
      overview: null,
      brand: { accent: '#123456', logo: null },
    });
    const blob = await writeDeck(slides, { title: LONG, overviewPng: null });
    const zip = await JSZip.loadAsync(await readBlob(blob));
    const parts = Object.keys(zip.files).filter((name) => /\.(xml|rels)$/.test(name));
    let text = '';
    for (const name of parts) {
      const xml = await zip.file(name)!.async('string');
      const parsed = new DOMParser().parseFromString(xml, 'application/xml');
      expect(parsed.getElementsByTagName('parsererror'), name).toHaveLength(0);
      if (/^ppt\/slides\/slide\d+\.xml$/.test(name)) text += parsed.documentElement.textContent;
    }
    expect(text).toContain('a < b && c > d ]]>');
    expect(text).toContain('مرحبا');
    expect(text).toContain('👩🏽‍💻');
    expect(text).not.toContain('Untitled');
  });
});
