// Shared set-up for the inspector's component tests: a fresh default journey, cards placed in it
// through the named actions, and the inspector rendered on its own.
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { i18n, switchLocale } from '../../../src/i18n';
import type { CardKind, Id, LaneKind } from '../../../src/model';
import { actions, journeyStore, useUiStore } from '../../../src/store';
import { createDefaultJourney } from '../../support/defaultJourney';
import { Inspector, selectedItemEditors } from '../../../src/ui/inspector/Inspector';

export const journey = () => journeyStore.getState().journey;

export async function freshJourney(): Promise<void> {
  // The editor preloads the field editors when idle; a test renders them at once.
  await selectedItemEditors.preload();
  await switchLocale('en');
  journeyStore.getState().load(createDefaultJourney(i18n.t));
  journeyStore.getState().setReadOnly(false);
  useUiStore.getState().select(null);
  useUiStore.getState().setInspectorOpen(true);
}

export function laneId(kind: LaneKind): Id {
  const lane = journey().lanes.find((l) => l.kind === kind);
  if (!lane) throw new Error(`no ${kind} lane in the default journey`);
  return lane.id;
}

export function stageId(index: number): Id {
  const stage = journey().stages[index];
  if (!stage) throw new Error(`no stage at ${index}`);
  return stage.id;
}

/** Adds the lane's natural card in the first stage (or `kind`), and selects it. */
export function addSelectedCard(lane: LaneKind, kind?: CardKind, stage = 0): Id {
  const id = actions.addCard(stageId(stage), laneId(lane), kind);
  if (!id) throw new Error('card not added');
  useUiStore.getState().select({ kind: 'cards', ids: [id] });
  return id;
}

export function card<K extends CardKind>(id: Id, kind: K) {
  const found = journey().cards[id];
  if (!found || found.kind !== kind) throw new Error(`no ${kind} card ${id}`);
  return found as Extract<typeof found, { kind: K }>;
}

/** Typing-heavy tests run on busy CI machines too: give them room. */
export const TYPING_TIMEOUT = { timeout: 15_000 };

export function renderInspector() {
  // No pause between keystrokes: the store updates synchronously, so none is needed.
  const user = userEvent.setup({ delay: null });
  return { user, ...render(<Inspector />) };
}
