// The SVG writer on hostile text: markup, entities, CDATA ends, quotes, right-to-left script, emoji,
// control characters, a lone surrogate and 10,000 characters in every text a map carries. The SVG
// must stay well-formed XML (jsdom's DOMParser and the strict saxes parser agree), use no
// foreignObject, and still show each card's first words in its <tspan>s.
import { SaxesParser } from 'saxes';
import { describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/en';
import { escapeXml, sceneToSvg } from '../../src/io/svg/svgWriter';
import {
  CARD_KINDS,
  CARD_KIND_SPECS,
  cardTitle,
  createCard,
  createConnector,
  createJourney,
  createPersona,
  type Card,
  type Journey,
} from '../../src/model';
import { buildMapScene } from '../../src/scene/mapScene';
import type { Scene } from '../../src/scene/types';
import { LABELS } from '../model/helpers';
import { KIND_SAMPLES, charMeasurer } from '../scene/sceneHelpers';

const HOSTILE = [
  '<script>alert("x")</script> <b>bold</b>',
  'Fish & chips &amp; &#0; &unknown;',
  'end ]]> of <![CDATA[ data ]]>',
  `"double" and 'single' quotes`,
  'مرحبا بالعالم שלום',
  '🎉👩‍💻 party time',
  'ctrl\u0001char\u000Bvertical tab',
  'lone\uD800surrogate and \uDC00 low',
  `${'long'.repeat(2_500)}`,
  `${'word '.repeat(2_000).trim()}`,
];

/** What XML 1.0 cannot hold at all, as the writer drops it. */
const NOT_XML =
  // eslint-disable-next-line no-control-regex -- the characters under test
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const xmlSafe = (text: string) => text.replace(NOT_XML, '');

/** A journey with every hostile text in its title, stages, lanes, cards and connector labels. */
function hostileJourney(hostile: string): Journey {
  const base = createJourney(LABELS);
  const journey: Journey = {
    ...base,
    title: hostile,
    stages: base.stages.map((stage, i) => ({ ...stage, name: `${HOSTILE[i]} ${hostile}` })),
    lanes: base.lanes.map((lane, i) => ({ ...lane, name: `${hostile} ${HOSTILE[i + 3]}` })),
    personaIds: ['p1'],
  };
  const cards: Card[] = CARD_KINDS.map((kind, i) => {
    const lane = journey.lanes.find((l) => l.kind === CARD_KIND_SPECS[kind].lane)!;
    const stage = journey.stages[i % journey.stages.length]!;
    const filled = (KIND_SAMPLES[kind] as (c: Card) => Card)({
      ...createCard(kind, { stageId: stage.id, laneId: lane.id }),
      id: `card-${kind}`,
    });
    const text = i % 2 === 0 ? hostile : `${HOSTILE[i]} ${hostile}`;
    const field = CARD_KIND_SPECS[kind].textField;
    const extra =
      kind === 'momentOfTruth'
        ? { description: hostile, momentType: 'custom', customType: hostile }
        : {};
    const touch =
      kind === 'touchpoint'
        ? { kpi: { name: hostile, value: hostile, target: '', unit: hostile } }
        : {};
    return { ...filled, [field]: text, ...extra, ...touch } as Card;
  });
  const connectors = cards.slice(1).map((card, i) => ({
    ...createConnector(cards[i]!.id, card.id, `${hostile} ${HOSTILE[i]}`),
    id: `link-${i}`,
  }));
  return {
    ...journey,
    cards: Object.fromEntries(cards.map((card) => [card.id, card])),
    connectors: Object.fromEntries(connectors.map((c) => [c.id, c])),
  };
}

function svgOf(journey: Journey): { scene: Scene; svg: string } {
  const personas = [
    { ...createPersona(`${journey.title} persona`, 0), id: 'p1', role: journey.title },
  ];
  const scene = buildMapScene({ journey, personas, text: en, measure: charMeasurer() });
  return { scene, svg: sceneToSvg(scene, { background: '#ffffff', fontCss: '' }) };
}

/** The errors the strict saxes parser finds, with namespaces checked. */
function strictErrors(xml: string): string[] {
  const errors: string[] = [];
  const parser = new SaxesParser({ xmlns: true });
  parser.on('error', (error) => errors.push(error.message));
  parser.write(xml).close();
  return errors;
}

function parse(xml: string): Document {
  return new DOMParser().parseFromString(xml, 'image/svg+xml');
}

const parserErrors = (doc: Document) => doc.getElementsByTagName('parsererror').length;

describe('both XML checks', () => {
  it('reject SVG that is not well-formed', () => {
    for (const broken of ['<svg><text>a & b</text></svg>', '<svg><text>\u0001</text></svg>']) {
      expect(parserErrors(parse(broken))).toBeGreaterThan(0);
      expect(strictErrors(broken).length).toBeGreaterThan(0);
    }
    expect(parserErrors(parse('<svg><text>a &lt; b</text></svg>'))).toBe(0);
  });
});

describe('sceneToSvg with hostile text', () => {
  for (const hostile of HOSTILE) {
    const name = JSON.stringify(
      hostile.length > 40 ? `${hostile.slice(0, 20)}… (${hostile.length})` : hostile,
    );
    it(`writes well-formed SVG, without foreignObject, for ${name}`, () => {
      const journey = hostileJourney(hostile);
      const { svg } = svgOf(journey);
      expect(strictErrors(svg)).toEqual([]);
      const doc = parse(svg);
      expect(parserErrors(doc)).toBe(0);
      expect(doc.documentElement.localName).toBe('svg');
      expect(doc.documentElement.namespaceURI).toBe('http://www.w3.org/2000/svg');
      expect(doc.getElementsByTagName('foreignObject')).toHaveLength(0);
      expect(svg).not.toMatch(/foreignObject/i);
      expect(svg).not.toMatch(/NaN|undefined|Infinity/);

      // The title keeps the whole text, less what XML cannot hold.
      expect(doc.querySelector('title')?.textContent).toBe(xmlSafe(hostile));

      const tspans = Array.from(doc.getElementsByTagName('tspan'), (t) => t.textContent ?? '');
      const shown = tspans.join('\n');
      for (const card of Object.values(journey.cards)) {
        const [first = ''] = xmlSafe(cardTitle(card)).split(/\s+/).filter(Boolean);
        const start = Array.from(first).slice(0, 8).join('');
        expect(shown, `the first words of ${card.id}`).toContain(start);
      }
      for (const stage of journey.stages) {
        const [first = ''] = xmlSafe(stage.name).split(/\s+/).filter(Boolean);
        expect(shown).toContain(Array.from(first).slice(0, 6).join(''));
      }
      // Every tspan is a line the scene drew: no markup got through as elements.
      expect(doc.getElementsByTagName('script')).toHaveLength(0);
      expect(doc.getElementsByTagName('b')).toHaveLength(0);
    });
  }

  it('writes each drawn line as it is, character for character, in its tspan', () => {
    const { scene, svg } = svgOf(hostileJourney(HOSTILE.slice(0, 8).join(' ')));
    const drawn = scene.items.flatMap((item) => (item.type === 'text' ? item.lines : []));
    const tspans = Array.from(parse(svg).getElementsByTagName('tspan'), (t) => t.textContent);
    expect(tspans).toEqual(drawn.map(xmlSafe));
  });

  it('keeps the font rules readable CSS inside <style>', () => {
    const css = `@font-face { font-family: "Inter"; src: url('data:font/woff2;base64,AAAA') format("woff2"); }`;
    const scene: Scene = { width: 10, height: 10, items: [], title: 'T' };
    const svg = sceneToSvg(scene, { background: null, fontCss: css });
    expect(strictErrors(svg)).toEqual([]);
    expect(parse(svg).querySelector('style')?.textContent).toBe(css);
  });
});

describe('escapeXml', () => {
  it('escapes the five XML specials', () => {
    expect(escapeXml(`<a href="x">'&'</a>`)).toBe(
      '&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;',
    );
  });

  it('drops control characters, lone surrogates and non-characters, keeping tabs, line breaks and pairs', () => {
    expect(escapeXml('a\u0000b\u0001c\u000Bd\u000Ce\u001Ff\uFFFEg\uFFFFh')).toBe('abcdefgh');
    expect(escapeXml('x\uD800y\uDC00z')).toBe('xyz');
    expect(escapeXml('\t\n\r')).toBe('\t\n\r');
    expect(escapeXml('🎉👩‍💻𝒜')).toBe('🎉👩‍💻𝒜');
    expect(escapeXml('\uD83C\uDF89\uD800')).toBe('🎉');
  });
});
