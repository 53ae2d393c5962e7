// The English journey templates, by id (the type makes both languages ship the same ids).
import type { ShippedJourneyTemplate, ShippedTemplateId } from './build';
import { ecommerce, hotelStay, omnichannelRetail } from './enCommerce';
import { b2bOnboarding, empty, standard, supportComplaint } from './enServices';

export const enTemplates: Record<ShippedTemplateId, ShippedJourneyTemplate> = {
  standard,
  ecommerce,
  omnichannelRetail,
  hotelStay,
  b2bOnboarding,
  supportComplaint,
  empty,
};
