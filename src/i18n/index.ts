// Translations: i18next with bundled English and French catalogues. The language follows the
// browser until the user picks one, and that choice is remembered on this device.
import i18next, { type TFunction } from 'i18next';
import { useSyncExternalStore } from 'react';
import { LOCALES, type Locale } from './locales';
import type { Messages } from './en';

const STORAGE_KEY = 'parcours.locale';

/** Each catalogue is its own chunk: a page downloads only the language it shows. */
const LOADERS: Record<Locale, () => Promise<Messages>> = {
  en: () => import('./en').then((module) => module.en),
  fr: () => import('./fr').then((module) => module.fr),
};

const loaded = new Map<Locale, Messages>();

/** Downloads a language's catalogue once and hands it to i18next. */
export async function loadCatalogue(locale: Locale): Promise<Messages> {
  const known = loaded.get(locale);
  if (known) return known;
  const messages = await LOADERS[locale]();
  loaded.set(locale, messages);
  if (i18n.isInitialized) i18n.addResourceBundle(locale, 'translation', messages);
  return messages;
}

/**
 * The raw catalogue of a language, for code that formats many strings at once (the canvas). The
 * language on screen is always loaded; another one falls back to it until it is.
 */
export function catalogue(locale: string): Messages {
  const messages = loaded.get(isLocale(locale) ? locale : 'en') ?? loaded.values().next().value;
  if (!messages) throw new Error('Parcours shows text only once its catalogue is loaded');
  return messages;
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
 * Starts i18next with catalogues already at hand and picks the language: the tests call it in
 * their set-up with both catalogues. Synchronous, and a second call changes nothing.
 */
export function startTranslations(
  catalogues: Partial<Record<Locale, Messages>>,
  locale: Locale = detectLocale(),
): void {
  if (i18n.isInitialized) return;
  const resources: Record<string, { translation: Messages }> = {};
  for (const [name, messages] of Object.entries(catalogues)) {
    loaded.set(name as Locale, messages);
    resources[name] = { translation: messages };
  }
  void i18n.init({
    resources,
    lng: locale,
    fallbackLng: 'en',
    initAsync: false,
    interpolation: { escapeValue: false }, // React escapes text already.
    returnNull: false,
  });
  i18n.on('languageChanged', changed);
  i18n.store.on('added', changed);
}

export function currentLocale(): Locale {
  return isLocale(i18n.language) ? i18n.language : 'en';
}

/** Downloads the user's language, then starts i18next with it: the app, before its first render. */
export async function startAppTranslations(): Promise<void> {
  const locale = detectLocale();
  startTranslations({ [locale]: await loadCatalogue(locale) }, locale);
}

export async function switchLocale(locale: Locale): Promise<void> {
  await loadCatalogue(locale);
  try {
    globalThis.localStorage?.setItem(STORAGE_KEY, locale);
  } catch {
    // Not remembered, but the switch itself still happens.
  }
  await i18n.changeLanguage(locale);
  if (globalThis.document) globalThis.document.documentElement.lang = locale;
}

/**
 * What a component translates with: `t` for the language on screen, and i18next itself. Most
 * lookups carry no values (a label, a title), and each gives the same text until the language
 * changes, so `t` remembers them: opening a map makes some two hundred of them, and i18next
 * copies all its options for every one. A plain text is read from the catalogue itself.
 */
export interface Translation {
  t: TFunction;
  i18n: typeof i18n;
}

let translation: Translation | null = null;
const listeners = new Set<() => void>();

/** i18next's `t`, as a plain function: the typed keys are checked where the app calls `t`. */
type Lookup = (key: unknown, ...rest: unknown[]) => unknown;

/**
 * A plain text straight from the catalogue: the string at `key`'s path when it needs nothing from
 * i18next (no values to fill in, no nested key); undefined sends the lookup to i18next, which
 * also falls back to English for a key the language lacks.
 */
export function plainText(messages: Messages | undefined, key: string): string | undefined {
  let value: unknown = messages;
  for (const part of key.split('.')) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<string, unknown>)[part];
  }
  return typeof value === 'string' && !value.includes('{{') && !value.includes('$t(')
    ? value
    : undefined;
}

function rememberingT(): TFunction {
  const translate = i18n.getFixedT(i18n.language) as unknown as Lookup;
  const messages = isLocale(i18n.language) ? loaded.get(i18n.language) : undefined;
  const plain = new Map<string, unknown>();
  const t: Lookup = (key, ...rest) => {
    if (rest.length > 0 || typeof key !== 'string') return translate(key, ...rest);
    if (!plain.has(key)) plain.set(key, plainText(messages, key) ?? translate(key));
    return plain.get(key);
  };
  return t as unknown as TFunction;
}

function currentTranslation(): Translation {
  return (translation ??= { t: rememberingT(), i18n });
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Another language, or a catalogue added: every lookup is made afresh. */
function changed(): void {
  translation = null;
  for (const listener of listeners) listener();
}

export function useTranslation(): Translation {
  return useSyncExternalStore(subscribe, currentTranslation, currentTranslation);
}
