// Default-journey labels for tests that need a realistic map: a hotel stay.
import type { DefaultJourneyLabels } from '../../src/model';

export const HOTEL_STAY_LABELS: DefaultJourneyLabels = {
  title: 'Hotel stay',
  stages: ['Booking', 'Check-in', 'Stay', 'Check-out'],
  lanes: {
    actions: 'Actions',
    touchpoints: 'Touchpoints',
    thoughts: 'Thoughts',
    emotions: 'Emotions',
    painPoints: 'Pain points',
    opportunities: 'Opportunities',
    momentsOfTruth: 'Moments of truth',
  },
};
