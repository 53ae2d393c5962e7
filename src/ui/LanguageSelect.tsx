// The language switch, shared by the library and the editor.
import { useTranslation } from 'react-i18next';
import { currentLocale, switchLocale } from '../i18n';
import { LOCALES, type Locale } from '../i18n/locales';

/** `compact`: the select says which language it is in, so its label is left to screen readers. */
export function LanguageSelect({ compact = false }: { compact?: boolean }) {
  const { t } = useTranslation();
  return (
    <label className="language-select">
      <span className={compact ? 'visually-hidden' : undefined}>{t('toolbar.language')}</span>
      <select
        value={currentLocale()}
        onChange={(event) => void switchLocale(event.target.value as Locale)}
      >
        {LOCALES.map((locale) => (
          <option key={locale} value={locale}>
            {t(`languages.${locale}`)}
          </option>
        ))}
      </select>
    </label>
  );
}
