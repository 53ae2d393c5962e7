// The command registry: every key binding of every command fires that command in a situation where
// it can run, no two commands claim one key in the same situation, single keys never fire from a
// text field, and the help dialog has a sentence for every command in both languages.
import { describe, expect, it } from 'vitest';
import { COMMANDS, commandFor, type CommandContext } from '../../src/commands/commands';
import type { Chord, KeyPress } from '../../src/commands/keys';
import { en } from '../../src/i18n/en';
import { fr } from '../../src/i18n/fr';
import { createCard, createJourney, type Journey } from '../../src/model';
import { LABELS } from '../persistence/helpers';

function sampleJourney(): Journey {
  const journey = createJourney(LABELS);
  const card = createCard('note', { stageId: journey.stages[0]!.id, laneId: journey.lanes[0]!.id });
  return { ...journey, cards: { [card.id]: card } };
}

/** Every situation a key can be pressed in: nothing selected, a card, a cell, a header… */
function situations(): CommandContext[] {
  const journey = sampleJourney();
  const [cardId] = Object.keys(journey.cards);
  const stage = journey.stages[0]!;
  const lane = journey.lanes[0]!;
  const base = {
    journey,
    presenting: false,
    focusedNodeId: null,
    focusOnPressable: false,
  };
  const selections: CommandContext['selection'][] = [
    null,
    { kind: 'cards', ids: [cardId!] },
    { kind: 'cell', stageId: stage.id, laneId: lane.id },
    { kind: 'stage', id: stage.id },
    { kind: 'lane', id: lane.id },
    { kind: 'connector', id: 'c1' },
  ];
  return [
    ...selections.map((selection) => ({ ...base, selection })),
    { ...base, selection: null, focusedNodeId: cardId! },
    { ...base, selection: null, focusedNodeId: `stage:${stage.id}` },
    { ...base, selection: null, focusedNodeId: `cell:${stage.id}:${lane.id}` },
    { ...base, selection: null, presenting: true },
  ];
}

/** The key press a chord describes. */
function pressOf(chord: Chord): KeyPress {
  return {
    key: chord.key ?? (chord.code === 'Digit1' ? '1' : ''),
    code: chord.code ?? '',
    ctrlKey: chord.mod ?? false,
    metaKey: false,
    shiftKey: chord.shift ?? false,
    altKey: false,
  };
}

describe('the command registry', () => {
  it('fires every command from every one of its keys, in a situation where it can run', () => {
    const unreached: string[] = [];
    for (const command of COMMANDS) {
      for (const chord of command.keys) {
        const fired = situations().some(
          (context) => commandFor(pressOf(chord), context)?.id === command.id,
        );
        if (!fired) unreached.push(`${command.id}: ${chord.label}`);
      }
    }
    expect(unreached).toEqual([]);
  });

  it('names every command once', () => {
    const ids = COMMANDS.map((command) => command.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('has a help sentence for every command in English and French', () => {
    for (const command of COMMANDS) {
      expect(en.shortcuts[command.id as keyof typeof en.shortcuts], command.id).toBeTruthy();
      expect(fr.shortcuts[command.id as keyof typeof fr.shortcuts], command.id).toBeTruthy();
    }
  });

  it('lets the single keys stand aside while presenting, but not Ctrl/⌘ shortcuts', () => {
    const presenting = situations().at(-1)!;
    expect(commandFor(pressOf({ key: 'p', label: 'P' }), presenting)).toBeNull();
    expect(commandFor(pressOf({ key: 'z', mod: true, label: 'Mod+Z' }), presenting)?.id).toBe(
      'undo',
    );
    expect(commandFor(pressOf({ key: 'Escape', label: 'Escape' }), presenting)?.id).toBe(
      'presentLeave',
    );
  });

  it('never takes Alt+letter, which types characters on many keyboards', () => {
    const [nothing] = situations();
    expect(commandFor({ ...pressOf({ key: 'p', label: 'P' }), altKey: true }, nothing!)).toBeNull();
  });

  it('leaves Enter and Space to a focused button or list, in the editor and while presenting', () => {
    for (const situation of situations()) {
      const onButton = { ...situation, focusOnPressable: true };
      for (const key of ['Enter', ' ']) {
        expect(commandFor(pressOf({ key, label: key }), onButton), `${key}`).toBeNull();
      }
    }
    // Away from controls, Enter still edits the selected card.
    const [, cardSelected] = situations();
    expect(commandFor(pressOf({ key: 'Enter', label: 'Enter' }), cardSelected!)?.id).toBe(
      'editCard',
    );
  });
});
