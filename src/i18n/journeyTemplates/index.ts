// The journey templates shipped with Parcours, in the picker's order, in the user's language.
import type { Locale } from '../locales';
import { SHIPPED_TEMPLATE_IDS, type ShippedJourneyTemplate } from './build';
import { enTemplates } from './en';
import { frTemplates } from './fr';

export { SHIPPED_TEMPLATE_IDS, type ShippedJourneyTemplate, type ShippedTemplateId } from './build';

const BY_LOCALE = { en: enTemplates, fr: frTemplates } as const;

export function shippedJourneyTemplates(locale: Locale): ShippedJourneyTemplate[] {
  const templates = BY_LOCALE[locale];
  return SHIPPED_TEMPLATE_IDS.map((id) => templates[id]);
}
