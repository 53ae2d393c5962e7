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

export const PERSONA_COLORS = ['#e8590c', '#1c7ed6', '#2f9e44', '#ae3ec9', '#f59f00', '#0ca678'];

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
