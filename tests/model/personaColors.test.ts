// @vitest-environment node
// Persona curve colours: each new persona takes a colour no other persona has, never the shared
// curve's grey, and every colour reads as a line on white.
import { describe, expect, it } from 'vitest';
import {
  PERSONA_COLORS,
  SHARED_CURVE_COLOR,
  createPersona,
  nextPersonaColor,
} from '../../src/model';

function contrastOnWhite(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const v = parseInt(hex.slice(i, i + 2), 16) / 255;
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  });
  const luminance = 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
  return 1.05 / (luminance + 0.05);
}

describe('persona colours', () => {
  it('are distinct, none of them the shared grey, each 3:1 or more on white', () => {
    expect(new Set(PERSONA_COLORS.map((c) => c.toLowerCase())).size).toBe(PERSONA_COLORS.length);
    expect(PERSONA_COLORS.map((c) => c.toLowerCase())).not.toContain(
      SHARED_CURVE_COLOR.toLowerCase(),
    );
    for (const color of [...PERSONA_COLORS, SHARED_CURVE_COLOR]) {
      expect(contrastOnWhite(color), color).toBeGreaterThanOrEqual(3);
    }
  });

  it('give each new persona the next colour no other persona uses', () => {
    const taken: string[] = [];
    for (let i = 0; i < PERSONA_COLORS.length; i += 1) {
      const persona = createPersona(`P${i}`, taken);
      expect(taken).not.toContain(persona.color);
      taken.push(persona.color);
    }
    expect(new Set(taken).size).toBe(PERSONA_COLORS.length);
  });

  it('reuse a colour freed by a deleted persona before repeating any', () => {
    const [a, b, c] = PERSONA_COLORS;
    expect(nextPersonaColor([a!, c!])).toBe(b);
  });

  it('keep a template’s own colour unless another persona has it', () => {
    expect(nextPersonaColor([], '#123456')).toBe('#123456');
    expect(nextPersonaColor(['#123456'], '#123456')).toBe(PERSONA_COLORS[0]);
  });

  it('repeat the least used colour once every one is taken', () => {
    const all = [...PERSONA_COLORS, PERSONA_COLORS[0]!];
    expect(nextPersonaColor(all)).toBe(PERSONA_COLORS[1]);
  });
});
