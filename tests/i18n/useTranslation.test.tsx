// The app's translation hook: plain lookups remembered per language, values always formatted
// afresh, and every component moved to a new language at once.
import { act, render, screen } from '@testing-library/react';
import { useEffect } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { i18n, plainText, switchLocale, useTranslation } from '../../src/i18n';
import { en } from '../../src/i18n/en';
import { fr } from '../../src/i18n/fr';

function Labels({ count }: { count: number }) {
  const { t, i18n } = useTranslation();
  return (
    <p>
      <span>{t('toolbar.undo')}</span>
      <span>{t('templates.cards', { count })}</span>
      <span>{i18n.language}</span>
    </p>
  );
}

afterEach(async () => {
  await switchLocale('en');
});

describe('useTranslation', () => {
  it('translates plain keys and keys with values, and follows a change of language', async () => {
    const { rerender } = render(<Labels count={2} />);
    expect(screen.getByText('Undo')).toBeInTheDocument();
    expect(screen.getByText('en')).toBeInTheDocument();
    rerender(<Labels count={3} />);
    expect(screen.getByText('Undo')).toBeInTheDocument();
    await act(() => switchLocale('fr'));
    expect(screen.getByText('Annuler')).toBeInTheDocument();
    expect(screen.getByText('fr')).toBeInTheDocument();
  });

  it('gives the same text for a plain key every time, and formats values on each call', () => {
    const seen: ReturnType<typeof useTranslation>['t'][] = [];
    function Probe() {
      const { t } = useTranslation();
      useEffect(() => {
        seen.push(t);
      }, [t]);
      return null;
    }
    render(<Probe />);
    const t = seen[0]!;
    expect(t('toolbar.undo')).toBe(t('toolbar.undo'));
    expect(t('templates.cards', { count: 1 })).not.toBe(t('templates.cards', { count: 5 }));
  });
});

describe('plainText', () => {
  /** Every key path in a catalogue that leads to a string. */
  function keysOf(value: unknown, prefix = ''): string[] {
    if (typeof value === 'string') return [prefix];
    if (typeof value !== 'object' || value === null) return [];
    return Object.entries(value).flatMap(([key, inner]) =>
      keysOf(inner, prefix ? `${prefix}.${key}` : key),
    );
  }

  it('reads every plain text as i18next would translate it, in both languages', () => {
    for (const [locale, messages] of [
      ['en', en],
      ['fr', fr],
    ] as const) {
      const translate = i18n.getFixedT(locale);
      let plain = 0;
      for (const key of keysOf(messages)) {
        const text = plainText(messages, key);
        if (text === undefined) continue;
        plain += 1;
        expect(text, `${locale} ${key}`).toBe(translate(key as never));
      }
      // Most of the catalogue is plain text; the rest goes through i18next.
      expect(plain).toBeGreaterThan(200);
    }
  });

  it('leaves texts with values, missing keys and whole sections to i18next', () => {
    expect(plainText(en, 'templates.cards_other')).toBeUndefined();
    expect(plainText(en, 'toolbar.nothing-here')).toBeUndefined();
    expect(plainText(en, 'toolbar')).toBeUndefined();
    expect(plainText(undefined, 'toolbar.undo')).toBeUndefined();
  });
});
