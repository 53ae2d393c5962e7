// Les modèles de parcours en français, par identifiant (mêmes identifiants qu’en anglais).
import type { ShippedJourneyTemplate, ShippedTemplateId } from './build';
import { ecommerce, hotelStay, omnichannelRetail } from './frCommerce';
import { b2bOnboarding, empty, standard, supportComplaint } from './frServices';

export const frTemplates: Record<ShippedTemplateId, ShippedJourneyTemplate> = {
  standard,
  ecommerce,
  omnichannelRetail,
  hotelStay,
  b2bOnboarding,
  supportComplaint,
  empty,
};
