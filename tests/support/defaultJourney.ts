// The default journey of a first start, named in the interface language: what component tests load.
import type { TFunction } from 'i18next';
import { createJourney, type DefaultJourneyLabels, type Journey } from '../../src/model';

export function defaultJourneyLabels(t: TFunction): DefaultJourneyLabels {
  return {
    title: t('defaults.journeyTitle'),
    stages: [
      t('defaults.stages.awareness'),
      t('defaults.stages.research'),
      t('defaults.stages.purchase'),
      t('defaults.stages.afterSales'),
    ],
    lanes: {
      actions: t('laneKinds.actions'),
      touchpoints: t('laneKinds.touchpoints'),
      thoughts: t('laneKinds.thoughts'),
      emotions: t('laneKinds.emotions'),
      painPoints: t('laneKinds.painPoints'),
      opportunities: t('laneKinds.opportunities'),
      momentsOfTruth: t('laneKinds.momentsOfTruth'),
    },
  };
}

export function createDefaultJourney(t: TFunction): Journey {
  return createJourney(defaultJourneyLabels(t));
}
