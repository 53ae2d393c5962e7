// Shipped journey templates: each builds a valid journey in both languages, with the stages the
// template promises, cards of several kinds, and the same structure in English and French.
import { describe, expect, it } from 'vitest';
import { SHIPPED_TEMPLATE_IDS, shippedJourneyTemplates } from '../../src/i18n/journeyTemplates';
import before from '../fixtures/shipped-templates-v1.json';
import {
  DEFAULT_LANE_KINDS,
  journeyFromTemplate,
  readJourney,
  type Journey,
  type JourneyTemplate,
} from '../../src/model';

const STAGES = {
  en: {
    standard: ['Awareness', 'Research & comparison', 'Purchase', 'After-sales & loyalty'],
    ecommerce: [
      'Awareness',
      'Research & comparison',
      'Purchase',
      'Delivery',
      'After-sales & loyalty',
    ],
    omnichannelRetail: [
      'Mobile research',
      'In-store try-on',
      'Online order',
      'Click & collect pick-up',
      'Returns',
    ],
    hotelStay: ['Booking', 'Check-in', 'Stay & restaurant', 'Check-out', 'Follow-up'],
    b2bOnboarding: [
      'Kick-off',
      'Set-up & integration',
      'Team training',
      'First results',
      'Renewal',
    ],
    supportComplaint: [
      'Problem noticed',
      'Contact',
      'Diagnosis',
      'Resolution',
      'Follow-up & closure',
    ],
    empty: ['Stage 1'],
  },
  fr: {
    standard: ['Découverte', 'Recherche et comparaison', 'Achat', 'Après-vente et fidélisation'],
    ecommerce: [
      'Découverte',
      'Recherche et comparaison',
      'Achat',
      'Livraison',
      'SAV et fidélisation',
    ],
    omnichannelRetail: [
      'Repérage sur mobile',
      'Essayage en magasin',
      'Commande en ligne',
      'Retrait en magasin',
      'Retour',
    ],
    hotelStay: ['Réservation', 'Arrivée', 'Séjour et restaurant', 'Départ', 'Après le séjour'],
    b2bOnboarding: [
      'Lancement',
      'Paramétrage et intégration',
      'Formation des équipes',
      'Premiers résultats',
      'Renouvellement',
    ],
    supportComplaint: [
      'Constat du problème',
      'Prise de contact',
      'Diagnostic',
      'Résolution',
      'Suivi et clôture',
    ],
    empty: ['Étape 1'],
  },
} as const;

const EXAMPLES = SHIPPED_TEMPLATE_IDS.filter((id) => id !== 'standard' && id !== 'empty');

function built(template: JourneyTemplate): Journey {
  const result = readJourney(journeyFromTemplate(template));
  if (!result.ok) throw new Error(`invalid journey: ${JSON.stringify(result.error)}`);
  return result.journey;
}

/** What a template is made of, with no text: where each card sits and what kind it is. */
function shape(template: JourneyTemplate) {
  return {
    stages: template.stages.length,
    lanes: template.lanes.map((lane) => lane.kind),
    cards: template.cards.map((card) => `${card.stage}/${card.lane}/${card.kind}`),
    connectors: template.connectors.map((c) => `${c.from}->${c.to}`),
  };
}

describe.each(['en', 'fr'] as const)('the shipped journey templates in %s', (locale) => {
  const templates = shippedJourneyTemplates(locale);

  it('lists every template once, in the picker order', () => {
    expect(templates.map((entry) => entry.id)).toEqual([...SHIPPED_TEMPLATE_IDS]);
  });

  it.each(SHIPPED_TEMPLATE_IDS)('builds %s into a journey that passes validation', (id) => {
    const entry = templates.find((candidate) => candidate.id === id);
    if (!entry) throw new Error(`no ${id} template`);
    const journey = built(entry.template);
    expect(journey.title).toBe(entry.template.title);
    expect(journey.stages.map((stage) => stage.name)).toEqual(STAGES[locale][id]);
    expect(Object.keys(journey.cards)).toHaveLength(entry.template.cards.length);
    expect(Object.keys(journey.connectors)).toHaveLength(entry.template.connectors.length);
    expect(entry.name.length).toBeGreaterThan(0);
    expect(entry.summary.length).toBeGreaterThan(0);
  });

  it.each(EXAMPLES)('fills %s with cards of every kind and an omnichannel path', (id) => {
    const journey = built(templates.find((entry) => entry.id === id)!.template);
    const kinds = new Set(Object.values(journey.cards).map((card) => card.kind));
    expect([...kinds].sort()).toEqual(
      ['emotion', 'momentOfTruth', 'note', 'opportunity', 'painPoint', 'touchpoint'].sort(),
    );
    expect(Object.keys(journey.connectors).length).toBeGreaterThanOrEqual(2);
    // Templates have no personas, so their emotion points draw the journey's shared curve.
    expect(journey.personaIds).toEqual([]);
    for (const card of Object.values(journey.cards)) {
      if (card.kind === 'emotion') expect(card.personaId).toBeNull();
    }
    const touchpoints = Object.values(journey.cards).filter((c) => c.kind === 'touchpoint');
    expect(touchpoints.some((c) => c.kpi.name !== '' && c.owner !== '')).toBe(true);
    expect(new Set(touchpoints.map((c) => c.channel)).size).toBeGreaterThanOrEqual(3);
  });

  it('starts the standard template with the seven common lanes and no cards', () => {
    const journey = built(templates.find((entry) => entry.id === 'standard')!.template);
    expect(journey.lanes.map((lane) => lane.kind)).toEqual([...DEFAULT_LANE_KINDS]);
    expect(journey.cards).toEqual({});
  });

  it('keeps the empty template to one stage and one lane', () => {
    const journey = built(templates.find((entry) => entry.id === 'empty')!.template);
    expect(journey.lanes).toHaveLength(1);
    expect(journey.cards).toEqual({});
  });

  it('gives each build fresh ids, so two journeys from one template never collide', () => {
    const template = templates.find((entry) => entry.id === 'hotelStay')!.template;
    const ids = (journey: Journey) => [
      journey.id,
      ...journey.stages.map((s) => s.id),
      ...journey.lanes.map((l) => l.id),
      ...Object.keys(journey.cards),
      ...Object.keys(journey.connectors),
    ];
    const first = new Set(ids(journeyFromTemplate(template)));
    expect(ids(journeyFromTemplate(template)).filter((id) => first.has(id))).toEqual([]);
  });
});

const byId = (locale: 'en' | 'fr') =>
  Object.fromEntries(shippedJourneyTemplates(locale).map((entry) => [entry.id, entry]));
const enTemplates = byId('en');
const frTemplates = byId('fr');

describe('English and French templates', () => {
  it('have the same ids, in the picker order', () => {
    expect(Object.keys(frTemplates)).toEqual([...SHIPPED_TEMPLATE_IDS]);
    expect(Object.keys(enTemplates)).toEqual([...SHIPPED_TEMPLATE_IDS]);
  });

  it('build exactly the templates written before they shared one structure', () => {
    expect({ en: shippedJourneyTemplates('en'), fr: shippedJourneyTemplates('fr') }).toEqual(
      before,
    );
  });

  it.each(SHIPPED_TEMPLATE_IDS)('have the same structure for %s', (id) => {
    expect(shape(frTemplates[id]!.template)).toEqual(shape(enTemplates[id]!.template));
  });

  it.each(SHIPPED_TEMPLATE_IDS)('are really translated for %s', (id) => {
    expect(frTemplates[id]!.name).not.toBe(enTemplates[id]!.name);
    expect(frTemplates[id]!.template.stages.map((s) => s.name)).not.toEqual(
      enTemplates[id]!.template.stages.map((s) => s.name),
    );
  });
});
