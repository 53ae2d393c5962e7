// Every control character, lone surrogate and non-character, in every field a deck, a CSV or a
// Parcours file carries: the exporters still write a file, and the PowerPoint XML still parses.
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/en';
import { journeyCsv } from '../../src/io/csv/csvFile';
import { journeyFile } from '../../src/io/file/journeyFile';
import { writeDeck } from '../../src/io/deck/deckWriter';
import { planDeck } from '../../src/io/deck/slidePlan';
import { readImportText } from '../../src/io/file/importFile';
import type { Journey, Persona } from '../../src/model';
import { populatedJourney, samplePersonas } from './fixtures';

/** Every C0 and C1 control, DEL, both lone surrogates, U+FFFE and U+FFFF, between words. */
const HOSTILE = [
  ...Array.from({ length: 0x20 }, (_, code) => String.fromCharCode(code)),
  '\u007F',
  ...Array.from({ length: 0x20 }, (_, index) => String.fromCharCode(0x80 + index)),
  '\uD800',
  '\uDC00',
  '\uFFFE',
  '\uFFFF',
]
  .map((character, index) => `w${index}${character}`)
  .join('');

/** The text with a soft line break and every hostile character appended. */
function hostile(text: string): string {
  return `${text} Line 1\u000BLine 2 ${HOSTILE}`;
}

/** jsdom's Blob has no arrayBuffer(): read it the way a page would. */
function bytesOf(blob: Blob): Promise<ArrayBuffer> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as ArrayBuffer);
    reader.onerror = () => reject(reader.error);
    reader.readAsArrayBuffer(blob);
  });
}

function sample(): { journey: Journey; personas: Persona[] } {
  const [claire] = samplePersonas();
  const journey = populatedJourney(claire!);
  const plainText = (j: Journey): Journey => ({
    ...j,
    title: hostile(j.title),
    description: hostile(j.description),
    stages: j.stages.map((stage) => ({ ...stage, name: hostile(stage.name) })),
    lanes: j.lanes.map((lane) => ({ ...lane, name: hostile(lane.name) })),
    cards: Object.fromEntries(
      Object.entries(j.cards).map(([id, card]) => {
        const dirty = { ...card } as Record<string, unknown>;
        for (const field of ['text', 'title', 'label', 'owner', 'description']) {
          if (typeof dirty[field] === 'string') dirty[field] = hostile(dirty[field]);
        }
        return [id, dirty as typeof card];
      }),
    ),
  });
  const persona = {
    ...claire!,
    name: hostile(claire!.name),
    quote: hostile('Quote'),
    goals: ['Goal', 'Other'].map(hostile),
  };
  return { journey: plainText(journey), personas: [persona] };
}

const XML_CHAR = /^[\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]*$/u;

describe('exports of text holding every control character', () => {
  it('write a PowerPoint deck whose every XML part parses, with the soft line break kept', async () => {
    const { journey, personas } = sample();
    const slides = planDeck({
      journey,
      personas,
      text: en,
      date: '1 December 2026',
      overview: { width: 800, height: 400 },
    });
    const blob = await writeDeck(slides, { title: journey.title, overviewPng: null });
    const zip = await JSZip.loadAsync(await bytesOf(blob));
    const parts = Object.keys(zip.files).filter((name) => /\.(xml|rels)$/.test(name));
    expect(parts.length).toBeGreaterThan(10);
    let slideText = '';
    for (const name of parts) {
      const xml = await zip.file(name)!.async('string');
      expect(XML_CHAR.test(xml), name).toBe(true);
      const parsed = new DOMParser().parseFromString(xml, 'application/xml');
      expect(parsed.getElementsByTagName('parsererror'), name).toHaveLength(0);
      if (name.startsWith('ppt/slides/slide')) slideText += parsed.documentElement.textContent;
    }
    expect(slideText).toContain('Line 1');
    expect(slideText).toContain('Line 2');
    expect(slideText).toContain('w31w32');
  });

  it('write a CSV with no control character but tabs and line breaks', () => {
    const { journey, personas } = sample();
    const csv = journeyCsv(journey, personas);
    expect(csv).toContain('Line 1\nLine 2');
    // Row ends are CRLF; inside fields only \n and \t remain.
    // eslint-disable-next-line no-control-regex -- looking for control characters is the test
    expect(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]/.test(csv)).toBe(
      false,
    );
    expect(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/.test(csv)).toBe(false);
  });

  it('write a Parcours file that imports back, cleaned', async () => {
    const { journey, personas } = sample();
    const text = new TextDecoder().decode(await bytesOf(journeyFile(journey, personas, '0.1.0')));
    const read = readImportText(text);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    const [imported] = read.file.journeys;
    // A title is one line: its line breaks read as spaces. A card keeps them.
    expect(imported!.title).toMatch(/^Hotel stay Line 1 Line 2 w0w1w2/);
    expect(
      Object.values(imported!.cards).some((card) =>
        JSON.stringify(card).includes('Line 1\\nLine 2'),
      ),
    ).toBe(true);
    expect(XML_CHAR.test(JSON.stringify(read.file))).toBe(true);
  });
});
