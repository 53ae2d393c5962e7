// The language switch, shared by the library and the editor.
import { useTranslation } from 'react-i18next';
import { currentLocale, switchLocale } from '../i18n';
import { LOCALES, type Locale } from '../model';

export function LanguageSelect() {
  const { t } = useTranslation();
  return (
    <label className="language-select">
      <span>{t('toolbar.language')}</span>
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
