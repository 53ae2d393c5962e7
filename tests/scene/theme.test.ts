// @vitest-environment node
// The scene's colours are values, not CSS variables: each must still equal the token of
// src/ui/tokens.css it mirrors, so pictures and the screen never drift apart.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { SCENE_COLORS, SCENE_COLOR_TOKENS } from '../../src/scene/theme';

const TOKENS_CSS = readFileSync(
  fileURLToPath(new URL('../../src/ui/tokens.css', import.meta.url)),
  'utf8',
);

/** Every `--name: value;` declaration of the stylesheet's :root block, comments removed. */
function rootTokens(css: string): Map<string, string> {
  const root = /:root\s*\{([^}]*)\}/.exec(css.replace(/\/\*[\s\S]*?\*\//g, ''));
  if (!root?.[1]) throw new Error('tokens.css has no :root block');
  const tokens = new Map<string, string>();
  for (const match of root[1].matchAll(/(--[\w-]+)\s*:\s*([^;]+);/g)) {
    tokens.set(match[1]!, match[2]!.trim());
  }
  return tokens;
}

describe('scene colours', () => {
  const tokens = rootTokens(TOKENS_CSS);

  it('reads a good number of tokens from tokens.css', () => {
    expect(tokens.size).toBeGreaterThan(Object.keys(SCENE_COLORS).length);
  });

  it('name a token for every colour and a colour for every named token', () => {
    expect(Object.keys(SCENE_COLOR_TOKENS).sort()).toEqual(Object.keys(SCENE_COLORS).sort());
  });

  for (const [name, value] of Object.entries(SCENE_COLORS)) {
    const token = SCENE_COLOR_TOKENS[name as keyof typeof SCENE_COLORS];
    it(`${name} equals ${token} in tokens.css`, () => {
      expect(tokens.has(token), `${token} is declared in tokens.css`).toBe(true);
      expect(value.toLowerCase()).toBe(tokens.get(token)?.toLowerCase());
    });
  }

  it('are all plain hex colours a picture can carry', () => {
    for (const value of Object.values(SCENE_COLORS)) expect(value).toMatch(/^#[0-9a-f]{6}$/i);
  });
});
