// Example personas shipped with Parcours, in English and French, to start a personas kit from.
import type { Channel } from '../model';
import type { Locale } from './locales';

export interface PersonaExample {
  key: string;
  name: string;
  age: number;
  role: string;
  location: string;
  quote: string;
  bio: string;
  goals: string[];
  frustrations: string[];
  motivations: string[];
  behaviours: string[];
  preferredChannels: Channel[];
  techSavviness: number;
  tags: string[];
}

const EXAMPLES: Record<Locale, PersonaExample[]> = {
  en: [
    {
      key: 'omnichannelShopper',
      name: 'Chloé, omnichannel shopper',
      age: 34,
      role: 'Project manager, mother of two',
      location: 'Lyon suburbs',
      quote: 'I research on my phone, but I want to touch it before I buy.',
      bio: 'Shops in short bursts between work and family. Compares prices online, checks stock in the nearest store, and prefers click & collect to delivery slots.',
      goals: ['Save time on routine purchases', 'Pay the real price, with no surprise fees'],
      frustrations: ['Stock shown online that is not on the shelf', 'Queues at the pick-up desk'],
      motivations: ['Convenience', 'Good value', 'Advice she can trust'],
      behaviours: [
        'Reads reviews before any purchase over €50',
        'Uses the loyalty app for coupons',
      ],
      preferredChannels: ['mobileApp', 'store', 'web'],
      techSavviness: 4,
      tags: ['retail', 'omnichannel'],
    },
    {
      key: 'hotelGuest',
      name: 'Marc, business traveller',
      age: 46,
      role: 'Regional sales director',
      location: 'Brussels, on the road three days a week',
      quote: 'A good hotel is one I never have to think about.',
      bio: 'Books through the company travel tool, arrives late, leaves early. Values a fast check-in, a quiet room and a reliable connection more than amenities.',
      goals: ['Check in in under two minutes', 'Work from the room in the evening'],
      frustrations: ['Invoices that need correcting for expenses', 'Weak Wi-Fi'],
      motivations: ['Efficiency', 'Recognition as a regular guest'],
      behaviours: ['Uses mobile check-in when offered', 'Eats at the hotel restaurant alone'],
      preferredChannels: ['mobileApp', 'email'],
      techSavviness: 3,
      tags: ['hospitality', 'business'],
    },
    {
      key: 'b2bBuyer',
      name: 'Sofia, B2B software buyer',
      age: 39,
      role: 'Head of operations at a 200-person company',
      location: 'Madrid',
      quote: 'Show me it works with our tools before you show me the price.',
      bio: 'Leads a buying committee of four. Needs evidence for the business case, a smooth onboarding for her team and a vendor who answers during implementation.',
      goals: ['Cut manual reporting by half', 'Get the team using the tool within a month'],
      frustrations: ['Demos that ignore her use case', 'Contracts with hidden renewal terms'],
      motivations: ['Reducing risk', 'Being seen as the one who modernised operations'],
      behaviours: ['Asks peers on professional networks', 'Runs a two-week trial before signing'],
      preferredChannels: ['email', 'web', 'event'],
      techSavviness: 4,
      tags: ['b2b', 'saas'],
    },
  ],
  fr: [
    {
      key: 'omnichannelShopper',
      name: 'Chloé, cliente omnicanale',
      age: 34,
      role: 'Cheffe de projet, mère de deux enfants',
      location: 'Banlieue lyonnaise',
      quote: 'Je cherche sur mon téléphone, mais je veux toucher avant d’acheter.',
      bio: 'Fait ses achats par petites touches entre travail et famille. Compare les prix en ligne, vérifie le stock du magasin le plus proche et préfère le retrait en magasin aux créneaux de livraison.',
      goals: [
        'Gagner du temps sur les achats courants',
        'Payer le vrai prix, sans frais surprises',
      ],
      frustrations: [
        'Un stock affiché en ligne absent du rayon',
        'L’attente au comptoir de retrait',
      ],
      motivations: ['La simplicité', 'Le bon rapport qualité-prix', 'Des conseils fiables'],
      behaviours: [
        'Lit les avis avant tout achat de plus de 50 €',
        'Utilise l’appli fidélité pour les bons',
      ],
      preferredChannels: ['mobileApp', 'store', 'web'],
      techSavviness: 4,
      tags: ['commerce', 'omnicanal'],
    },
    {
      key: 'hotelGuest',
      name: 'Marc, voyageur d’affaires',
      age: 46,
      role: 'Directeur commercial régional',
      location: 'Bruxelles, en déplacement trois jours par semaine',
      quote: 'Un bon hôtel, c’est un hôtel auquel je n’ai pas à penser.',
      bio: 'Réserve via l’outil de voyage de l’entreprise, arrive tard, part tôt. Préfère un enregistrement rapide, une chambre calme et une connexion fiable aux services annexes.',
      goals: ['S’enregistrer en moins de deux minutes', 'Travailler depuis la chambre le soir'],
      frustrations: ['Des factures à faire corriger pour les notes de frais', 'Un Wi-Fi faible'],
      motivations: ['L’efficacité', 'Être reconnu comme client régulier'],
      behaviours: [
        'Utilise l’enregistrement mobile s’il est proposé',
        'Dîne seul au restaurant de l’hôtel',
      ],
      preferredChannels: ['mobileApp', 'email'],
      techSavviness: 3,
      tags: ['hôtellerie', 'affaires'],
    },
    {
      key: 'b2bBuyer',
      name: 'Sofia, acheteuse de logiciel B2B',
      age: 39,
      role: 'Directrice des opérations d’une entreprise de 200 personnes',
      location: 'Madrid',
      quote: 'Montrez-moi que ça marche avec nos outils avant de me montrer le prix.',
      bio: 'Pilote un comité d’achat de quatre personnes. A besoin de preuves pour son dossier, d’une prise en main fluide pour son équipe et d’un fournisseur qui répond pendant le déploiement.',
      goals: [
        'Réduire de moitié le reporting manuel',
        'Faire adopter l’outil par l’équipe en un mois',
      ],
      frustrations: [
        'Des démos qui ignorent son cas d’usage',
        'Des contrats aux clauses de renouvellement cachées',
      ],
      motivations: ['Réduire les risques', 'Être celle qui a modernisé les opérations'],
      behaviours: [
        'Interroge ses pairs sur les réseaux professionnels',
        'Fait un essai de deux semaines avant de signer',
      ],
      preferredChannels: ['email', 'web', 'event'],
      techSavviness: 4,
      tags: ['b2b', 'saas'],
    },
  ],
};

export function personaExamples(locale: Locale): PersonaExample[] {
  return EXAMPLES[locale];
}
