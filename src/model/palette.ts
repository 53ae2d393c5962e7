// Default colours for stages, lane kinds and personas, chosen to read well on a projector.
import type { CardKind } from './card';
import type { LaneKind } from './vocabulary';

export const STAGE_COLORS = ['#3559e0', '#0f8b8d', '#7b4fd6', '#d9480f', '#2b8a3e', '#c2255c'];

export const LANE_COLORS: Record<LaneKind, string> = {
  actions: '#4263eb',
  touchpoints: '#1098ad',
  thoughts: '#7048e8',
  emotions: '#e8590c',
  painPoints: '#e03131',
  opportunities: '#2f9e44',
  momentsOfTruth: '#f08c00',
  kpis: '#495057',
  backstage: '#868e96',
  custom: '#5c7cfa',
};

/**
 * Persona curve colours, in the order new personas take them: distinct hues, none of them grey (the
 * shared curve's colour), each at least 3:1 against white so a curve reads as a line on the map.
 */
export const PERSONA_COLORS = [
  '#1c7ed6',
  '#e8590c',
  '#2b8a3e',
  '#ae3ec9',
  '#c2255c',
  '#099268',
  '#5f3dc4',
  '#b35c00',
];

/** Which kind of card a new card in a lane of this kind is. */
export const CARD_KIND_FOR_LANE: Record<LaneKind, CardKind> = {
  actions: 'note',
  touchpoints: 'touchpoint',
  thoughts: 'note',
  emotions: 'emotion',
  painPoints: 'painPoint',
  opportunities: 'opportunity',
  momentsOfTruth: 'momentOfTruth',
  kpis: 'note',
  backstage: 'note',
  custom: 'note',
};

export function pickColor(colors: readonly string[], index: number): string {
  return colors[((index % colors.length) + colors.length) % colors.length] ?? '#3559e0';
}

/**
 * The colour a new persona takes: `preferred` (a template's own colour) unless another persona has
 * it, else the first persona colour no other persona uses; when every one is taken, the one the
 * fewest personas use, so colours repeat as little as they can.
 */
export function nextPersonaColor(taken: readonly string[], preferred?: string): string {
  const used = taken.map((color) => color.toLowerCase());
  if (preferred && !used.includes(preferred.toLowerCase())) return preferred;
  const count = (color: string) => used.filter((one) => one === color.toLowerCase()).length;
  let best = PERSONA_COLORS[0] ?? '#1c7ed6';
  for (const color of PERSONA_COLORS) if (count(color) < count(best)) best = color;
  return best;
}
