// Focus and filter: which parts of the map a workshop should look at. Pure data logic (no React,
// no React Flow): given a journey and a focus setting, it says for every card, header, cell,
// emotion curve and connector whether it is dimmed (in the background) or highlighted.
import type { Card } from './card';
import type { Id } from './ids';
import type { Connector, Journey } from './journey';
import type { Channel } from './vocabulary';

/** What the map is narrowed to: one stage, one lane, one persona's curve or one channel. */
export type FocusTarget =
  | { kind: 'stage'; id: Id }
  | { kind: 'lane'; id: Id }
  | { kind: 'persona'; id: Id }
  | { kind: 'channel'; channel: Channel };

export interface FocusSetting {
  /** null: no focus, nothing is dimmed. */
  target: FocusTarget | null;
  /** Outline every pain point card. */
  painPoints: boolean;
  /** Outline every moment-of-truth card and every stage flagged with a moment of truth. */
  momentsOfTruth: boolean;
}

export const NO_FOCUS: FocusSetting = { target: null, painPoints: false, momentsOfTruth: false };

/** How one element is drawn. Dimmed and highlighted are independent: focus narrows, highlights mark. */
export interface Emphasis {
  readonly dimmed: boolean;
  readonly highlighted: boolean;
}

// Four shared values, so asking about a thousand cards allocates nothing.
const PLAIN: Emphasis = Object.freeze({ dimmed: false, highlighted: false });
const DIMMED: Emphasis = Object.freeze({ dimmed: true, highlighted: false });
const HIGHLIGHTED: Emphasis = Object.freeze({ dimmed: false, highlighted: true });
const DIMMED_HIGHLIGHTED: Emphasis = Object.freeze({ dimmed: true, highlighted: true });

function emphasis(dimmed: boolean, highlighted: boolean): Emphasis {
  if (dimmed) return highlighted ? DIMMED_HIGHLIGHTED : DIMMED;
  return highlighted ? HIGHLIGHTED : PLAIN;
}

export interface FocusView {
  /** The target in effect: null when there is none or it no longer exists in the journey. */
  readonly target: FocusTarget | null;
  /** True when anything at all is dimmed or highlighted. */
  readonly active: boolean;
  card(card: Card): Emphasis;
  stage(stageId: Id): Emphasis;
  lane(laneId: Id): Emphasis;
  cell(stageId: Id, laneId: Id): Emphasis;
  /** One persona's curve (personaId null: the journey's shared curve) in one emotion lane. */
  curve(laneId: Id, personaId: Id | null): Emphasis;
  /** Dimmed unless both of its cards are in focus. */
  connector(connector: Connector): Emphasis;
}

/**
 * The target if it still points at something in this journey. A deleted stage or lane, or an
 * unlinked persona, must not leave the whole map dimmed with nothing left to look at.
 */
export function liveTarget(
  journey: Pick<Journey, 'stages' | 'lanes' | 'personaIds'>,
  target: FocusTarget | null,
): FocusTarget | null {
  if (!target) return null;
  switch (target.kind) {
    case 'stage':
      return journey.stages.some((stage) => stage.id === target.id) ? target : null;
    case 'lane':
      return journey.lanes.some((lane) => lane.id === target.id) ? target : null;
    case 'persona':
      return journey.personaIds.includes(target.id) ? target : null;
    case 'channel':
      return target;
  }
}

/** Whether a card is one the focus is about. */
export function cardInFocus(target: FocusTarget, card: Card): boolean {
  switch (target.kind) {
    case 'stage':
      return card.stageId === target.id;
    case 'lane':
      return card.laneId === target.id;
    case 'persona':
      return card.kind === 'emotion' && card.personaId === target.id;
    case 'channel':
      return card.kind === 'touchpoint' && card.channel === target.channel;
  }
}

function cardHighlighted(setting: FocusSetting, card: Card): boolean {
  return (
    (setting.painPoints && card.kind === 'painPoint') ||
    (setting.momentsOfTruth && card.kind === 'momentOfTruth')
  );
}

/**
 * Where the focused cards are, for persona and channel focus: their stages, lanes and cells stay
 * readable (they frame the cards), the rest goes to the background.
 */
function placesOf(journey: Journey, target: FocusTarget) {
  const stages = new Set<Id>();
  const lanes = new Set<Id>();
  const cells = new Set<string>();
  for (const card of Object.values(journey.cards)) {
    if (!cardInFocus(target, card)) continue;
    stages.add(card.stageId);
    lanes.add(card.laneId);
    cells.add(`${card.stageId}|${card.laneId}`);
  }
  return { stages, lanes, cells };
}

export function createFocusView(journey: Journey, setting: FocusSetting): FocusView {
  const target = liveTarget(journey, setting.target);
  const flaggedStages = new Set(
    setting.momentsOfTruth
      ? journey.stages.filter((stage) => stage.momentOfTruth !== null).map((stage) => stage.id)
      : [],
  );
  const places =
    target && (target.kind === 'persona' || target.kind === 'channel')
      ? placesOf(journey, target)
      : null;

  const cardDimmed = (card: Card | undefined) =>
    !card || (target ? !cardInFocus(target, card) : false);

  const stageDimmed = (stageId: Id) => {
    if (!target) return false;
    if (target.kind === 'stage') return stageId !== target.id;
    // A lane runs through every stage: the stage headers stay as its axis.
    if (target.kind === 'lane') return false;
    return !places?.stages.has(stageId);
  };

  const laneDimmed = (laneId: Id) => {
    if (!target) return false;
    if (target.kind === 'lane') return laneId !== target.id;
    // A stage crosses every lane: the lane headers stay as its axis.
    if (target.kind === 'stage') return false;
    return !places?.lanes.has(laneId);
  };

  const cellDimmed = (stageId: Id, laneId: Id) => {
    if (!target) return false;
    switch (target.kind) {
      case 'stage':
        return stageId !== target.id;
      case 'lane':
        return laneId !== target.id;
      // A persona's curve runs along its whole lane, so the lane's cells stay as its background.
      case 'persona':
        return !places?.lanes.has(laneId);
      case 'channel':
        return !places?.cells.has(`${stageId}|${laneId}`);
    }
  };

  const curveDimmed = (laneId: Id, personaId: Id | null) => {
    if (!target) return false;
    if (target.kind === 'lane') return laneId !== target.id;
    if (target.kind === 'persona') return personaId !== target.id;
    // A curve spans every stage and has no channel: its points in focus stay bright on their own.
    return true;
  };

  return {
    target,
    active: target !== null || setting.painPoints || setting.momentsOfTruth,
    card: (card) => emphasis(cardDimmed(card), cardHighlighted(setting, card)),
    stage: (stageId) => emphasis(stageDimmed(stageId), flaggedStages.has(stageId)),
    lane: (laneId) => emphasis(laneDimmed(laneId), false),
    cell: (stageId, laneId) => emphasis(cellDimmed(stageId, laneId), false),
    curve: (laneId, personaId) => emphasis(curveDimmed(laneId, personaId), false),
    connector: (connector) =>
      emphasis(
        target !== null &&
          (cardDimmed(journey.cards[connector.sourceCardId]) ||
            cardDimmed(journey.cards[connector.targetCardId])),
        false,
      ),
  };
}

/** What the editor has selected, as far as focus cares (mirrors the UI store's selection). */
export type FocusableSelection =
  | { kind: 'cards'; ids: readonly Id[] }
  | { kind: 'stage'; id: Id }
  | { kind: 'lane'; id: Id }
  | { kind: 'cell'; stageId: Id; laneId: Id }
  | { kind: 'connector'; id: Id }
  | null;

/**
 * The focus the F key means for a selection: the selected stage or lane; for one selected card,
 * a touchpoint's channel, an emotion point's persona, or else the card's stage; for a cell, its
 * stage. Null when nothing fits.
 */
export function targetForSelection(
  journey: Journey,
  selection: FocusableSelection,
): FocusTarget | null {
  if (!selection) return null;
  switch (selection.kind) {
    case 'stage':
    case 'lane':
      return { kind: selection.kind, id: selection.id };
    case 'cell':
      return { kind: 'stage', id: selection.stageId };
    case 'connector':
      return null;
    case 'cards': {
      const card = selection.ids.length === 1 ? journey.cards[selection.ids[0] ?? ''] : undefined;
      if (!card) return null;
      if (card.kind === 'touchpoint') return { kind: 'channel', channel: card.channel };
      if (card.kind === 'emotion' && card.personaId) return { kind: 'persona', id: card.personaId };
      return { kind: 'stage', id: card.stageId };
    }
  }
}
