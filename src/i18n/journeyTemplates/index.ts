// The journey templates shipped with Parcours, in the picker's order, in the user's language: one
// structure (structure.ts), and each language's words (texts.en.ts, texts.fr.ts).
import type { Locale } from '../locales';
import { SHIPPED_TEMPLATE_IDS, buildTemplate, type ShippedJourneyTemplate } from './build';
import { TEMPLATE_STRUCTURES } from './structure';
import { enTemplateTexts } from './texts.en';
import { frTemplateTexts } from './texts.fr';

export { SHIPPED_TEMPLATE_IDS, type ShippedJourneyTemplate, type ShippedTemplateId } from './build';

const TEXTS = { en: enTemplateTexts, fr: frTemplateTexts } as const;

export function shippedJourneyTemplates(locale: Locale): ShippedJourneyTemplate[] {
  return SHIPPED_TEMPLATE_IDS.map((id) =>
    buildTemplate(id, TEMPLATE_STRUCTURES[id], TEXTS[locale][id]),
  );
}
