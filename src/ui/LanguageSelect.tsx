// The language switch, shared by the library and the editor.
import { useTranslation } from '../i18n';
import { currentLocale, switchLocale } from '../i18n';
import { LOCALES, type Locale } from '../i18n/locales';

/**
 * `compact`: the select shows the language's code (EN, FR) and names it in full in its tooltip and
 * options list; its label is left to screen readers.
 */
export function LanguageSelect({ compact = false }: { compact?: boolean }) {
  const { t } = useTranslation();
  return (
    <label className="language-select">
      <span className={compact ? 'visually-hidden' : undefined}>{t('toolbar.language')}</span>
      <select
        value={currentLocale()}
        title={compact ? t(`languages.${currentLocale()}`) : undefined}
        onChange={(event) => void switchLocale(event.target.value as Locale)}
      >
        {LOCALES.map((locale) => (
          <option key={locale} value={locale}>
            {compact ? locale.toUpperCase() : t(`languages.${locale}`)}
          </option>
        ))}
      </select>
    </label>
  );
}
