// Benchmark maps built with the real model (createJourney, createCard, readJourney), loaded by
// run.mjs through Vite. Deterministic: the same size always gives the same texts and layout.

const STAGE_NAMES = [
  'Awareness',
  'Research & comparison',
  'Purchase',
  'After-sales & loyalty',
  'Delivery',
  'Onboarding',
  'First use',
  'Support',
  'Renewal',
  'Advocacy',
  'Discovery',
  'Consideration',
  'Trial',
  'Checkout',
  'Installation',
  'Training',
  'Billing',
  'Upgrade',
  'Referral',
  'Win-back',
];

const LANE_NAMES = {
  actions: 'Actions',
  touchpoints: 'Touchpoints',
  thoughts: 'Thoughts & feelings',
  emotions: 'Emotions',
  painPoints: 'Pain points',
  opportunities: 'Opportunities',
  momentsOfTruth: 'Moments of truth',
};

const NOTES = [
  'Compares three offers on a laptop at lunch',
  'Asks a colleague which plan they chose',
  'Reads reviews on the train home',
  'Calls the hotline to check delivery dates',
  'Saves the quote and comes back two days later',
  '"Will this work with what I already have?"',
  '"I just want to know the real total price."',
  'Worried about hidden fees at checkout',
  'Feels reassured by the live chat answer',
  'Prints the confirmation email just in case',
];
const TOUCHPOINTS = [
  'Search ad',
  'Product page',
  'Price simulator',
  'Store visit',
  'Welcome email',
  'Order tracking page',
  'Customer service call',
  'Satisfaction survey',
  'Loyalty app',
  'Partner installer visit',
];
const OWNERS = ['Marketing', 'E-commerce', 'Retail ops', 'Customer care', 'Logistics', 'CRM'];
const PAINS = [
  'Delivery slot only known after payment',
  'Promo code rejected without a reason',
  'Has to repeat the order number three times',
  'Form loses its data on the back button',
  'Invoice arrives a week late',
  'No stock information for the local store',
];
const OPPORTUNITIES = [
  'Show the delivery date on the product page',
  'Let customers save a basket and share it',
  'Call back instead of a queue',
  'Send a setup video before delivery',
  'Reward the first review with loyalty points',
  'One-click reorder from the app',
];
const MOMENTS = [
  { title: 'First search', description: 'Finds us among the first three results' },
  { title: 'Unboxing', description: 'Everything needed is in the box' },
  { title: 'First bill', description: 'Matches the price promised at signup' },
  { title: 'First problem', description: '' },
  { title: 'Recommends us', description: 'Tells a friend after a month of use' },
];
const EMOTION_LABELS = ['Frustrated', 'Unsure', 'Neutral', 'Confident', 'Delighted'];
const LEVELS = ['low', 'medium', 'high'];
const CHANNELS = ['web', 'mobileApp', 'store', 'phone', 'email', 'chat', 'social', 'sms', 'mail'];
const OBJECTIVES = ['inform', 'brandImage', 'drivePurchase'];
const MOMENT_TYPES = ['ZMOT', 'FMOT', 'SMOT', 'TMOT', 'UMOT'];

const pick = (list, index) => list[index % list.length];

/** Fills a blank card of the model with short, realistic content; `i` varies the texts. */
function fill(card, i) {
  switch (card.kind) {
    case 'note':
      return { ...card, text: pick(NOTES, i) };
    case 'touchpoint':
      return {
        ...card,
        title: pick(TOUCHPOINTS, i),
        channel: pick(CHANNELS, i),
        objective: pick(OBJECTIVES, i),
        owner: pick(OWNERS, i),
        kpi:
          i % 3 === 0
            ? { name: 'Conversion', value: String(2 + (i % 5)), target: '5', unit: '%' }
            : card.kpi,
        rating: i % 4 === 0 ? null : 1 + (i % 5),
      };
    case 'painPoint':
      return { ...card, text: pick(PAINS, i), severity: pick(LEVELS, i) };
    case 'opportunity':
      return {
        ...card,
        text: pick(OPPORTUNITIES, i),
        impact: pick(LEVELS, i),
        effort: pick(LEVELS, i + 1),
      };
    case 'momentOfTruth': {
      const moment = pick(MOMENTS, i);
      return { ...card, momentType: pick(MOMENT_TYPES, i), ...moment };
    }
    case 'emotion':
      return { ...card, score: (i % 5) - 2, label: pick(EMOTION_LABELS, i % 5) };
  }
  throw new Error(`unknown card kind ${card.kind}`);
}

/** Stages for a map of this many cards: 4 up to 100 cards, 10 for 1,000, 20 above (5,000). */
export function stageCountFor(cards) {
  if (cards <= 100) return 4;
  if (cards <= 1_000) return 10;
  return 20;
}

/**
 * A journey of exactly `cards` cards over the default seven lanes: the emotions lane holds up to
 * two points per stage (a curve), the other cards are spread evenly over the other cells, each of
 * the kind its lane takes. About one connector per 50 cards links touchpoints stage to stage.
 */
export function makeJourney(model, { cards, stages = stageCountFor(cards), title }) {
  const labels = {
    title: title ?? `Benchmark journey, ${cards} cards`,
    stages: STAGE_NAMES.slice(0, 4),
    lanes: LANE_NAMES,
  };
  const journey = model.createJourney(labels);
  for (let index = 4; index < stages; index += 1) {
    journey.stages.push(model.createStage(STAGE_NAMES[index] ?? `Stage ${index + 1}`, index));
  }
  journey.stages = journey.stages.slice(0, stages);

  const cells = [];
  const emotionLane = journey.lanes.find((lane) => lane.kind === 'emotions');
  const emotionCount = Math.min(2 * stages, Math.floor(cards / 10));
  for (let i = 0; i < emotionCount; i += 1) {
    cells.push({ lane: emotionLane, stage: journey.stages[i % stages] });
  }
  const others = journey.lanes.filter((lane) => lane !== emotionLane);
  const slots = [];
  for (const stage of journey.stages) for (const lane of others) slots.push({ lane, stage });
  for (let i = 0; cells.length < cards; i += 1) cells.push(slots[i % slots.length]);

  const orderInCell = new Map();
  const touchpointsByStage = new Map();
  cells.forEach(({ lane, stage }, i) => {
    const key = `${stage.id}|${lane.id}`;
    const order = orderInCell.get(key) ?? 0;
    orderInCell.set(key, order + 1);
    const kind = model.CARD_KIND_FOR_LANE[lane.kind];
    const card = fill(model.createCard(kind, { stageId: stage.id, laneId: lane.id }, order), i);
    journey.cards[card.id] = card;
    if (kind === 'touchpoint') {
      const list = touchpointsByStage.get(stage.id) ?? [];
      list.push(card.id);
      touchpointsByStage.set(stage.id, list);
    }
  });

  const connectorCount = Math.max(3, Math.round(cards / 50));
  for (let i = 0; i < connectorCount; i += 1) {
    const from = touchpointsByStage.get(journey.stages[i % (stages - 1)].id) ?? [];
    const to = touchpointsByStage.get(journey.stages[(i % (stages - 1)) + 1].id) ?? [];
    const source = from[Math.floor(i / (stages - 1)) % Math.max(1, from.length)];
    const target = to[Math.floor(i / (stages - 1)) % Math.max(1, to.length)];
    if (!source || !target) continue;
    const connector = model.createConnector(source, target, i % 2 === 0 ? 'switches channel' : '');
    journey.connectors[connector.id] = connector;
  }

  const checked = model.readJourney(journey);
  if (!checked.ok) {
    throw new Error(`generated journey fails readJourney: ${JSON.stringify(checked.error)}`);
  }
  if (Object.keys(checked.journey.cards).length !== cards) {
    throw new Error(`generated journey has ${Object.keys(checked.journey.cards).length} cards`);
  }
  return checked.journey;
}

/** The baseline page's input: one plain node per laid-out card, same boxes, same connectors. */
export function baselineInput(model, journey) {
  const layout = model.layoutJourney(journey);
  const nodes = [];
  for (const card of Object.values(journey.cards)) {
    const rect = layout.cards.get(card.id);
    if (!rect) continue;
    const label = card.text ?? card.title ?? card.label ?? card.kind;
    nodes.push({
      id: card.id,
      x: rect.x,
      y: rect.y,
      width: rect.width,
      height: rect.height,
      label,
    });
  }
  const edges = Object.values(journey.connectors).map((connector) => ({
    id: connector.id,
    source: connector.sourceCardId,
    target: connector.targetCardId,
  }));
  return { nodes, edges };
}
