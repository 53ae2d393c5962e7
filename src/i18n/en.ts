// English messages. Every string a person sees in Parcours comes from here or from fr.ts.
export const en = {
  app: {
    name: 'Parcours',
    tagline: 'Customer journey maps, offline',
  },
  toolbar: {
    label: 'Journey tools',
    undo: 'Undo',
    redo: 'Redo',
    addStage: 'Add stage',
    addLane: 'Add lane',
    language: 'Language',
    journeyTitle: 'Journey title',
  },
  defaults: {
    journeyTitle: 'New customer journey',
    newStage: 'New stage',
    newLane: 'New lane',
    stages: {
      awareness: 'Awareness',
      research: 'Research & comparison',
      purchase: 'Purchase',
      afterSales: 'After-sales & loyalty',
    },
  },
  laneKinds: {
    actions: 'Actions',
    touchpoints: 'Touchpoints',
    thoughts: 'Thoughts & feelings',
    emotions: 'Emotions',
    painPoints: 'Pain points',
    opportunities: 'Opportunities',
    momentsOfTruth: 'Moments of truth',
    kpis: 'KPIs',
    backstage: 'Backstage',
    custom: 'Custom',
  },
  cardKinds: {
    note: 'Note',
    touchpoint: 'Touchpoint',
    painPoint: 'Pain point',
    opportunity: 'Opportunity',
    momentOfTruth: 'Moment of truth',
    emotion: 'Emotion',
  },
  channels: {
    web: 'Web',
    mobileApp: 'Mobile app',
    store: 'Store',
    phone: 'Phone',
    email: 'Email',
    chat: 'Chat',
    social: 'Social',
    sms: 'SMS',
    messaging: 'Messaging',
    mail: 'Mail',
    event: 'Event',
    partner: 'Partner',
    other: 'Other',
  },
  objectives: {
    inform: 'Inform',
    brandImage: 'Brand image',
    drivePurchase: 'Drive purchase',
  },
  levels: {
    low: 'Low',
    medium: 'Medium',
    high: 'High',
  },
  canvas: {
    label: 'Journey map',
    stage: 'Stage {{index}}: {{name}}',
    lane: 'Lane: {{name}}',
    cell: '{{stage}}, {{lane}}',
    emptyCell: 'Double-click to add',
    untitled: 'Untitled',
    emotionPoint: 'Emotion {{score}}: {{label}}',
    severity: 'Severity: {{level}}',
    impactEffort: 'Impact {{impact}} · effort {{effort}}',
    rating: 'Rating {{rating}} of 5',
    kpi: 'KPI',
    stageMoment: 'Moment of truth: {{type}}',
  },
  languages: {
    en: 'English',
    fr: 'Français',
  },
  errors: {
    title: 'Something went wrong',
    body: 'Parcours hit an unexpected error. Your last saved work is safe.',
    reload: 'Reload',
  },
};

/** The shape every catalogue must have: the same keys as English, any strings. */
type Catalogue<T> = { [K in keyof T]: T[K] extends string ? string : Catalogue<T[K]> };
export type Messages = Catalogue<typeof en>;
