// The live session's words in the interface language, from its own catalogue (src/i18n/live).
import { useCallback } from 'react';
import { useTranslation } from '../../i18n';
import { liveEn, type LiveKey, type LiveMessages } from '../../i18n/live/en';
import { liveFr } from '../../i18n/live/fr';

export type LiveText = (key: LiveKey, values?: Record<string, string | number>) => string;

export function liveMessages(language: string): LiveMessages {
  return language.startsWith('fr') ? liveFr : liveEn;
}

export function useLiveText(): LiveText {
  const { i18n } = useTranslation();
  const messages = liveMessages(i18n.language);
  return useCallback(
    (key, values) =>
      messages[key].replace(/\{\{(\w+)\}\}/g, (match, name: string) =>
        String(values?.[name] ?? match),
      ),
    [messages],
  );
}
