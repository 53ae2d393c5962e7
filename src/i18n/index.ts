// Translations: i18next with bundled English and French catalogues. The language follows the
// browser until the user picks one, and that choice is remembered on this device.
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { LOCALES, type Locale } from './locales';
import { en } from './en';
import { fr } from './fr';

const STORAGE_KEY = 'parcours.locale';

export const resources = { en: { translation: en }, fr: { translation: fr } } as const;

/** The raw catalogue of a language, for code that formats many strings at once (the canvas). */
export function catalogue(locale: string): typeof en {
  return locale === 'fr' ? fr : en;
}

function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** The user's saved choice, else the first browser language we support, else English. */
export function detectLocale(): Locale {
  try {
    const saved = globalThis.localStorage?.getItem(STORAGE_KEY);
    if (isLocale(saved)) return saved;
  } catch {
    // Storage can be blocked (private mode); the browser language still works.
  }
  const languages = globalThis.navigator?.languages ?? [globalThis.navigator?.language ?? 'en'];
  for (const language of languages) {
    const base = language.toLowerCase().split('-')[0];
    if (isLocale(base)) return base;
  }
  return 'en';
}

export const i18n = i18next.createInstance();

/**
 * Loads the catalogues and picks the language: the app calls it once before its first render
 * (main.tsx), the tests in their set-up. Synchronous, and a second call changes nothing.
 */
export function startTranslations(): void {
  if (i18n.isInitialized) return;
  void i18n.use(initReactI18next).init({
    resources,
    lng: detectLocale(),
    fallbackLng: 'en',
    initAsync: false,
    interpolation: { escapeValue: false }, // React escapes text already.
    returnNull: false,
  });
}

export function currentLocale(): Locale {
  return isLocale(i18n.language) ? i18n.language : 'en';
}

export async function switchLocale(locale: Locale): Promise<void> {
  try {
    globalThis.localStorage?.setItem(STORAGE_KEY, locale);
  } catch {
    // Not remembered, but the switch itself still happens.
  }
  await i18n.changeLanguage(locale);
  if (globalThis.document) globalThis.document.documentElement.lang = locale;
}
