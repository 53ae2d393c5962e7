// L opens the live session: its start dialog, or its panel once one runs. It asks for the live
// code to load and nothing more, and it stands aside while presenting, as every single key does.
import { describe, expect, it } from 'vitest';
import { commandFor, type CommandContext, type CommandView } from '../../src/commands/commands';
import { createJourney } from '../../src/model';
import { useLiveEntry } from '../../src/store/liveEntryStore';
import { LABELS } from '../persistence/helpers';

const context = (presenting: boolean): CommandContext => ({
  journey: createJourney(LABELS),
  selection: null,
  presenting,
  focusedNodeId: null,
  focusOnPressable: false,
});
const press = {
  key: 'l',
  code: 'KeyL',
  shiftKey: false,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
};
const view: CommandView = { fit: () => {}, scrollStage: () => {} };

describe('the live command', () => {
  it('asks for the live session each time L is pressed', () => {
    const command = commandFor(press, context(false));
    expect(command?.id).toBe('live');
    const before = useLiveEntry.getState().asked;
    command?.run(context(false), view, press);
    command?.run(context(false), view, press);
    expect(useLiveEntry.getState()).toEqual({ wanted: true, asked: before + 2 });
  });

  it('stands aside while presenting', () => {
    expect(commandFor(press, context(true))).toBeNull();
  });
});
