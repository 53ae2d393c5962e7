// The command registry: every keyboard action of the editor and of present mode, declared once with
// its keys, when it can run and what it does. The key handler, the help dialog and the toolbar's
// hints all read this list, so a key that works is a key that is listed, and the other way round.
// A new command is one entry here plus its help text in the catalogues (shortcuts.<id>).
import type { Id, Journey } from '../model';
import { targetForSelection } from '../model/focus';
import { startPresenting, stopPresenting } from '../services/presenting';
import { actions, useUiStore } from '../store';
import { clipboardCards, copyCards } from '../store/clipboard';
import { useFocusStore } from '../store/focusStore';
import { openLive } from '../store/liveEntryStore';
import { usePresentStore } from '../store/presentStore';
import type { Selection } from '../store/uiStore';
import { addCardAndType, deleteAndDeselect, duplicateAndSelect } from './cardEdits';
import { chordMatches, displayKeys, type Chord, type KeyPress } from './keys';
import { cellNodeId, neighbour, placeOf } from './mapNavigation';

/** What a command may look at to decide whether it can run: plain data, easy to test. */
export interface CommandContext {
  journey: Journey;
  selection: Selection;
  presenting: boolean;
  /** The map node that has keyboard focus: a card id, 'cell:STAGE:LANE', 'stage:ID' or 'lane:ID'. */
  focusedNodeId: string | null;
  /** Keyboard focus is on a button, link or list, which Enter and Space work by themselves. */
  focusOnPressable: boolean;
}

/** The whole map, its whole width or its whole height. */
export type FitMode = 'all' | 'width' | 'height';

/** What the canvas lends the commands that move the view. */
export interface CommandView {
  fit: (mode: FitMode) => void;
  /** Scrolls a stage taller than the screen, in present mode. */
  scrollStage: (direction: 1 | -1) => void;
}

export type CommandScope = 'editor' | 'present';

export interface Command {
  /** Also the help text's key: shortcuts.<id>. */
  id: string;
  scope: CommandScope;
  keys: readonly Chord[];
  /** Mouse and touch gestures that do the same, shown in the help only. */
  gestures?: readonly string[];
  enabled: (context: CommandContext) => boolean;
  run: (context: CommandContext, view: CommandView, press: KeyPress) => void;
}

const selectedCards = (context: CommandContext): Id[] =>
  context.selection?.kind === 'cards' ? context.selection.ids : [];

/** The stage or lane a header node stands for, from its node id ('stage:ID', 'lane:ID'). */
function headerOf(nodeId: string | null): { kind: 'stage' | 'lane'; id: Id } | null {
  const [kind, id] = (nodeId ?? '').split(':');
  return (kind === 'stage' || kind === 'lane') && id ? { kind, id } : null;
}

/** The card or header reached with Tab, when it is not selected yet. */
function unselectedFocus(context: CommandContext): Selection {
  const id = context.focusedNodeId;
  if (!id) return null;
  if (context.journey.cards[id]) {
    return selectedCards(context).includes(id) ? null : { kind: 'cards', ids: [id] };
  }
  const header = headerOf(id);
  const selection = context.selection;
  if (!header) return null;
  const isSelected =
    (selection?.kind === 'stage' || selection?.kind === 'lane') &&
    selection.kind === header.kind &&
    selection.id === header.id;
  return isSelected ? null : header;
}

/** Where the arrow keys move from: the focused map node, else the selected cell. */
function cursorOf(context: CommandContext): string | null {
  if (placeOf(context.journey, context.focusedNodeId)) return context.focusedNodeId;
  const selection = context.selection;
  return selection?.kind === 'cell' ? cellNodeId(selection.stageId, selection.laneId) : null;
}

/** The cell N and Enter add a card to: the focused cell, else the selected one. */
function targetCell(context: CommandContext): { stageId: Id; laneId: Id } | null {
  const focused = placeOf(context.journey, context.focusedNodeId);
  if (focused?.kind === 'cell') return focused;
  if (focused === null && context.selection?.kind === 'cell') return context.selection;
  return null;
}

const ui = () => useUiStore.getState();

/** Fits the map to the screen on Shift and a digit, read by its key or, on any layout, its code. */
function fitCommand(id: string, mode: FitMode, digit: number, key: string): Command {
  const label = `Shift+${digit}`;
  return {
    id,
    scope: 'editor',
    keys: [
      { key, label },
      { code: `Digit${digit}`, shift: true, label },
    ],
    enabled: always,
    run: (_context, view) => view.fit(mode),
  };
}
const stageCount = (context: CommandContext) => context.journey.stages.length;

const ARROW_STEPS: Record<string, [number, number]> = {
  ArrowLeft: [-1, 0],
  ArrowRight: [1, 0],
  ArrowUp: [0, -1],
  ArrowDown: [0, 1],
};

const always = () => true;

export const COMMANDS: readonly Command[] = [
  {
    id: 'reachWithTab',
    scope: 'editor',
    keys: [
      { key: 'Enter', label: 'Enter' },
      { key: ' ', label: 'Space' },
    ],
    gestures: ['Tab'],
    enabled: (context) => unselectedFocus(context) !== null,
    run: (context) => ui().select(unselectedFocus(context)),
  },
  {
    id: 'addCard',
    scope: 'editor',
    keys: [
      { key: 'n', shift: false, label: 'N' },
      { key: 'Enter', label: 'Enter' },
    ],
    enabled: (context) => targetCell(context) !== null,
    run: (context) => {
      const cell = targetCell(context);
      if (cell) addCardAndType(cell.stageId, cell.laneId);
    },
  },
  {
    id: 'editCard',
    scope: 'editor',
    keys: [
      { key: 'Enter', label: 'Enter' },
      { key: 'F2', label: 'F2' },
    ],
    gestures: ['Double-click'],
    enabled: (context) =>
      selectedCards(context).length === 1 ||
      context.selection?.kind === 'stage' ||
      context.selection?.kind === 'lane',
    run: (context) => {
      const selection = context.selection;
      if (selection?.kind === 'cards' && selection.ids[0]) {
        ui().setEditing(`card:${selection.ids[0]}`);
      } else if (selection?.kind === 'stage' || selection?.kind === 'lane') {
        ui().setEditing(`${selection.kind}:${selection.id}`);
      }
    },
  },
  {
    id: 'deleteSelection',
    scope: 'editor',
    keys: [
      { key: 'Delete', label: 'Delete' },
      { key: 'Backspace', label: 'Backspace' },
    ],
    enabled: (context) =>
      selectedCards(context).length > 0 || context.selection?.kind === 'connector',
    run: (context) => {
      const selection = context.selection;
      if (selection?.kind !== 'connector') {
        deleteAndDeselect(selectedCards(context));
        return;
      }
      actions.disconnect(selection.id);
      ui().select(null);
    },
  },
  {
    id: 'duplicate',
    scope: 'editor',
    keys: [{ key: 'd', mod: true, label: 'Mod+D' }],
    enabled: (context) => selectedCards(context).length > 0,
    run: (context) => duplicateAndSelect(selectedCards(context)),
  },
  {
    id: 'copy',
    scope: 'editor',
    keys: [{ key: 'c', mod: true, label: 'Mod+C' }],
    enabled: (context) => selectedCards(context).length > 0,
    run: (context) => copyCards(cardsOf(context)),
  },
  {
    id: 'cut',
    scope: 'editor',
    keys: [{ key: 'x', mod: true, label: 'Mod+X' }],
    enabled: (context) => selectedCards(context).length > 0,
    run: (context) => {
      copyCards(cardsOf(context));
      deleteAndDeselect(selectedCards(context));
    },
  },
  {
    id: 'paste',
    scope: 'editor',
    keys: [{ key: 'v', mod: true, label: 'Mod+V' }],
    enabled: always,
    run: (context) => {
      const target = context.selection?.kind === 'cell' ? context.selection : undefined;
      const pasted = actions.pasteCards(clipboardCards(), target);
      if (pasted.length > 0) ui().select({ kind: 'cards', ids: pasted });
    },
  },
  {
    id: 'undo',
    scope: 'editor',
    keys: [{ key: 'z', mod: true, shift: false, label: 'Mod+Z' }],
    enabled: always,
    run: () => actions.undo(),
  },
  {
    id: 'redo',
    scope: 'editor',
    keys: [
      { key: 'z', mod: true, shift: true, label: 'Mod+Shift+Z' },
      { key: 'y', mod: true, label: 'Mod+Y' },
    ],
    enabled: always,
    run: () => actions.redo(),
  },
  {
    id: 'selectAll',
    scope: 'editor',
    keys: [{ key: 'a', mod: true, label: 'Mod+A' }],
    enabled: always,
    run: (context) => ui().select({ kind: 'cards', ids: Object.keys(context.journey.cards) }),
  },
  {
    id: 'clearSelection',
    scope: 'editor',
    keys: [{ key: 'Escape', label: 'Escape' }],
    enabled: (context) => context.selection !== null,
    run: () => ui().select(null),
  },
  fitCommand('zoomToFit', 'all', 1, '!'),
  fitCommand('fitWidth', 'width', 2, '@'),
  fitCommand('fitHeight', 'height', 3, '#'),
  {
    id: 'moveSelection',
    scope: 'editor',
    keys: [
      { key: 'ArrowLeft', label: '←' },
      { key: 'ArrowRight', label: '→' },
      { key: 'ArrowUp', label: '↑' },
      { key: 'ArrowDown', label: '↓' },
    ],
    // Selected cards move when the keyboard is on one of them (or on nothing of the map).
    enabled: (context) => {
      const cards = selectedCards(context);
      const focused = placeOf(context.journey, context.focusedNodeId);
      return cards.length > 0 && (focused === null || cards.includes(context.focusedNodeId ?? ''));
    },
    run: (context, _view, press) => {
      const [stageStep, laneStep] = ARROW_STEPS[press.key] ?? [0, 0];
      actions.moveCardsBy(selectedCards(context), stageStep, laneStep);
    },
  },
  {
    id: 'moveFocus',
    scope: 'editor',
    keys: [
      { key: 'ArrowLeft', label: '←' },
      { key: 'ArrowRight', label: '→' },
      { key: 'ArrowUp', label: '↑' },
      { key: 'ArrowDown', label: '↓' },
    ],
    enabled: (context) => cursorOf(context) !== null,
    run: (context, _view, press) => {
      const [dx, dy] = ARROW_STEPS[press.key] ?? [0, 0];
      const from = cursorOf(context);
      const to = from && neighbour(context.journey, from, dx, dy);
      if (!to) return;
      const place = placeOf(context.journey, to);
      // A focused cell is the selected cell, which N, Enter and paste fill.
      if (place?.kind === 'cell') ui().select(place);
      else if (context.selection?.kind === 'cell') ui().select(null);
      ui().focusNode(to);
    },
  },
  {
    id: 'multiSelect',
    scope: 'editor',
    keys: [],
    gestures: ['Shift+Click', 'Shift+Drag'],
    enabled: () => false,
    run: () => {},
  },
  {
    id: 'focus',
    scope: 'editor',
    keys: [{ key: 'f', shift: false, label: 'F' }],
    enabled: (context) => targetForSelection(context.journey, context.selection) !== null,
    run: (context) => {
      const target = targetForSelection(context.journey, context.selection);
      if (target) useFocusStore.getState().toggleFocus(target);
    },
  },
  {
    id: 'clearFocus',
    scope: 'editor',
    keys: [
      { key: 'f', shift: true, label: 'Shift+F' },
      // A first Escape clears the selection (above); with nothing selected, it clears the focus.
      { key: 'Escape', label: 'Escape' },
    ],
    enabled: always,
    run: () => useFocusStore.getState().clearFocus(),
  },
  {
    id: 'present',
    scope: 'editor',
    keys: [{ key: 'p', shift: false, label: 'P' }],
    enabled: always,
    run: () => startPresenting(),
  },
  {
    id: 'live',
    scope: 'editor',
    keys: [{ key: 'l', shift: false, label: 'L' }],
    enabled: always,
    run: openLive,
  },
  {
    id: 'presentNext',
    scope: 'present',
    keys: [
      { key: 'ArrowRight', label: '→' },
      { key: 'PageDown', label: 'Page Down' },
      { key: ' ', label: 'Space' },
    ],
    // Space on a focused button presses that button, as everywhere else.
    enabled: always,
    run: (context) => usePresentStore.getState().next(stageCount(context)),
  },
  {
    id: 'presentPrevious',
    scope: 'present',
    keys: [
      { key: 'ArrowLeft', label: '←' },
      { key: 'PageUp', label: 'Page Up' },
    ],
    enabled: always,
    run: () => usePresentStore.getState().previous(),
  },
  {
    id: 'presentScroll',
    scope: 'present',
    keys: [
      { key: 'ArrowDown', label: '↓' },
      { key: 'ArrowUp', label: '↑' },
    ],
    enabled: always,
    run: (_context, view, press) => view.scrollStage(press.key === 'ArrowUp' ? -1 : 1),
  },
  {
    id: 'presentEnds',
    scope: 'present',
    keys: [
      { key: 'Home', label: 'Home' },
      { key: 'End', label: 'End' },
    ],
    enabled: always,
    run: (context, _view, press) => {
      if (press.key === 'Home') usePresentStore.getState().overview();
      else usePresentStore.getState().last(stageCount(context));
    },
  },
  {
    id: 'presentLeave',
    scope: 'present',
    keys: [{ key: 'Escape', label: 'Escape' }],
    enabled: always,
    run: () => stopPresenting(),
  },
  {
    id: 'help',
    scope: 'editor',
    keys: [{ key: '?', label: '?' }],
    enabled: always,
    run: () => ui().setShortcutsOpen(true),
  },
];

function cardsOf(context: CommandContext) {
  return selectedCards(context).flatMap((id) => {
    const card = context.journey.cards[id];
    return card ? [card] : [];
  });
}

/**
 * The command a key press runs, or null. While presenting, present mode's keys apply, plus the
 * editor's Ctrl/⌘ shortcuts (undo above all); the editor's single keys stand aside. Earlier
 * commands win when several share a key (Enter selects what Tab reached before it edits).
 */
export function commandFor(
  press: KeyPress,
  context: CommandContext,
  commands: readonly Command[] = COMMANDS,
): Command | null {
  for (const command of commands) {
    const chord = command.keys.find((candidate) => chordMatches(candidate, press));
    if (!chord) continue;
    if (context.presenting && command.scope === 'editor' && !chord.mod) continue;
    if (!context.presenting && command.scope === 'present') continue;
    // Enter and Space on a focused button, link or list belong to that control, not to the map.
    if ((chord.key === 'Enter' || chord.key === ' ') && context.focusOnPressable) continue;
    if (command.enabled(context)) return command;
  }
  return null;
}

/** A command's first key as a tooltip shows it, e.g. "Ctrl+Z"; empty when it has none. */
export function shortcutOf(id: string): string {
  const chord = COMMANDS.find((command) => command.id === id)?.keys[0];
  return chord ? displayKeys(chord.label) : '';
}
