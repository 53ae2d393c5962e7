// The app's translation hook: plain lookups remembered per language, values always formatted
// afresh, and every component moved to a new language at once.
import { act, render, screen } from '@testing-library/react';
import { useEffect } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { switchLocale, useTranslation } from '../../src/i18n';

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
