// The vector PDF writer: scenes become pages of the planned size, text is measured in the embedded
// Inter faces, and hostile text (markup, CDATA ends, right-to-left scripts, emoji, very long
// strings) never stops a file from being written.
import { describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/en';
import { fr } from '../../src/i18n/fr';
import { createPdfWriter } from '../../src/io/pdf/pdfWriter';
import { MAP_PAPER_MM } from '../../src/io/pdf/pdfPlan';
import { createPersona } from '../../src/model';
import { buildMapScene } from '../../src/scene/mapScene';
import { buildPersonaScene } from '../../src/scene/personaScene';
import type { Scene } from '../../src/scene/types';
import { pdfFontFiles } from './pdfFontFiles';
import { populatedJourney } from './fixtures';

const HOSTILE = [
  '<script>alert(1)</script> & &amp; ]]> <![CDATA[ x ]]>',
  'שלום עולם مرحبا بالعالم',
  'Emoji 😀👍🏽 👨‍👩‍👧 flags 🇫🇷',
  'Guillemets « ça coûte 12 € » l’hôtel, œuvre, naïve, Ærø',
  'Backslash \\ and (parentheses) ) ( and %PDF',
  'x'.repeat(10_000),
  Array.from({ length: 2_000 }, (_, i) => `word${i}`).join(' '),
];

async function writer() {
  return createPdfWriter({ title: 'Séjour « test »', language: 'fr', fonts: pdfFontFiles() });
}

/** The file's bytes as Latin-1 text (jsdom's Blob has no arrayBuffer()). */
function bytes(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(Buffer.from(reader.result as ArrayBuffer).toString('latin1'));
    reader.onerror = () => reject(reader.error ?? new Error('unreadable'));
    reader.readAsArrayBuffer(blob);
  });
}

describe('vector PDF writer', () => {
  it('measures text in Inter: wider for bold, and proportional to the size', async () => {
    const { measure } = await writer();
    const regular = measure('Hotel stay', 10, 400);
    expect(regular).toBeGreaterThan(40);
    expect(regular).toBeLessThan(60);
    expect(measure('Hotel stay', 20, 400)).toBeCloseTo(2 * regular, 5);
    expect(measure('Hotel stay', 10, 700)).toBeGreaterThan(regular);
  });

  it('writes one page per scene, of the planned size, with the title as metadata', async () => {
    const pdf = await writer();
    const [claire] = [createPersona('Claire', 0)];
    const journey = populatedJourney(claire!);
    const map = buildMapScene({ journey, personas: [claire!], text: fr, measure: pdf.measure });
    pdf.addPage(MAP_PAPER_MM.a4, map, 8);
    const sheet = buildPersonaScene({
      persona: claire!,
      avatar: null,
      paper: 'a4',
      text: fr,
      measure: pdf.measure,
    });
    pdf.addPage({ width: 210, height: 297 }, sheet, 0);
    const file = await bytes(pdf.finish());
    expect(file.startsWith('%PDF')).toBe(true);
    expect(file.match(/\/Type\s*\/Page(?![a-zA-Z])/g)).toHaveLength(2);
    expect(file).toMatch(/\/MediaBox \[0 0 841\.8\d* 595\.2\d*\]/);
    expect(file).toMatch(/\/MediaBox \[0 0 595\.2\d* 841\.8\d*\]/);
    // The title is written as UTF-16 (it holds « »), the fonts as embedded Inter subsets.
    expect(file).toMatch(/\/Title \(/);
    expect(file).toMatch(/\/BaseFont \/Inter/);
    expect(file).toMatch(/\/ToUnicode/);
  });

  it('writes hostile and huge texts without failing', async () => {
    const pdf = await writer();
    const items: Scene['items'] = HOSTILE.flatMap((text, index) => [
      {
        type: 'text' as const,
        x: 20,
        y: 40 + index * 30,
        lines: [text],
        size: 12,
        weight: 400 as const,
        italic: index % 2 === 0,
        color: '#1f2933',
        lineHeight: 16,
        align: (['start', 'middle', 'end'] as const)[index % 3]!,
        letterSpacing: index % 2,
      },
    ]);
    pdf.addPage(MAP_PAPER_MM.a4, { width: 800, height: 400, items, title: HOSTILE[0]! }, 8);
    const journey = populatedJourney(createPersona('x', 0), HOSTILE.join(' '));
    const scene = buildMapScene({ journey, personas: [], text: en, measure: pdf.measure });
    pdf.addPage(MAP_PAPER_MM.a3, scene, 8);
    const persona = {
      ...createPersona(HOSTILE[2]!, 1),
      quote: HOSTILE[0]!,
      bio: HOSTILE[5]!,
      goals: HOSTILE,
      tags: HOSTILE,
    };
    pdf.addPage(
      { width: 210, height: 297 },
      buildPersonaScene({
        persona,
        avatar: 'data:image/png;base64,broken',
        paper: 'a4',
        text: en,
        measure: pdf.measure,
      }),
      0,
    );
    const file = await bytes(pdf.finish());
    expect(file.startsWith('%PDF')).toBe(true);
    expect(file.trimEnd().endsWith('%%EOF')).toBe(true);
  });
});
