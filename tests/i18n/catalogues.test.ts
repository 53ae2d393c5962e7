// Catalogues: French covers every English key, and the language follows the browser.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { detectLocale } from '../../src/i18n';
import { en } from '../../src/i18n/en';
import { fr } from '../../src/i18n/fr';
import { CARD_KINDS, CHANNELS, LANE_KINDS, OBJECTIVES } from '../../src/model';

function keys(value: object, prefix = ''): string[] {
  return Object.entries(value).flatMap(([key, inner]) =>
    typeof inner === 'object' && inner !== null
      ? keys(inner, `${prefix}${key}.`)
      : [`${prefix}${key}`],
  );
}

describe('message catalogues', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    localStorage.clear();
  });

  it('gives French exactly the keys English has', () => {
    expect(keys(fr).sort()).toEqual(keys(en).sort());
  });

  it('has no empty message in either language', () => {
    for (const catalogue of [en, fr]) {
      const flat = keys(catalogue).map((key) =>
        key
          .split('.')
          .reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], catalogue),
      );
      expect(flat.every((message) => typeof message === 'string' && message.length > 0)).toBe(true);
    }
  });

  it('names every lane kind, card kind, channel and objective', () => {
    for (const catalogue of [en, fr]) {
      expect(Object.keys(catalogue.laneKinds).sort()).toEqual([...LANE_KINDS].sort());
      expect(Object.keys(catalogue.cardKinds).sort()).toEqual([...CARD_KINDS].sort());
      expect(Object.keys(catalogue.channels).sort()).toEqual([...CHANNELS].sort());
      expect(Object.keys(catalogue.objectives).sort()).toEqual([...OBJECTIVES].sort());
    }
  });

  it('follows the first supported browser language', () => {
    vi.stubGlobal('navigator', { languages: ['de-DE', 'fr-CA', 'en-US'], language: 'de-DE' });
    expect(detectLocale()).toBe('fr');
  });

  it('falls back to English when no browser language is supported', () => {
    vi.stubGlobal('navigator', { languages: ['ja-JP'], language: 'ja-JP' });
    expect(detectLocale()).toBe('en');
  });

  it('prefers the language the user picked over the browser', () => {
    vi.stubGlobal('navigator', { languages: ['fr-FR'], language: 'fr-FR' });
    localStorage.setItem('parcours.locale', 'en');
    expect(detectLocale()).toBe('en');
  });
});
