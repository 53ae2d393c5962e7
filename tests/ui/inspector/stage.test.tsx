// The inspector for a stage: name, colour, moment of truth, order and deletion.
import { fireEvent, screen } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { actions, useUiStore } from '../../../src/store';
import { freshJourney, journey, laneId, renderInspector, stageId } from './helpers';

const stage = (id: string) => journey().stages.find((s) => s.id === id);

describe('the inspector for a stage', () => {
  let id: string;
  beforeEach(async () => {
    await freshJourney();
    id = stageId(1);
    useUiStore.getState().select({ kind: 'stage', id });
  });

  it('shows the stage’s number and name', () => {
    renderInspector();
    expect(screen.getByRole('heading', { name: 'Stage 2' })).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Stage name' })).toHaveValue(
      'Research & comparison',
    );
  });

  it('renames the stage as the user types, and undo shows the old name', async () => {
    const { user } = renderInspector();
    const name = screen.getByRole('textbox', { name: 'Stage name' });
    await user.clear(name);
    await user.type(name, 'Compare');
    expect(stage(id)?.name).toBe('Compare');
    actions.undo();
    expect(await screen.findByDisplayValue('Research & comparison')).toBe(name);
  });

  it('recolours the stage', () => {
    renderInspector();
    fireEvent.change(screen.getByLabelText('Stage colour'), { target: { value: '#123456' } });
    expect(stage(id)?.color).toBe('#123456');
  });

  it('flags a moment of truth on the stage, and clears it', async () => {
    const { user } = renderInspector();
    const moment = screen.getByRole('combobox', { name: 'Moment of truth' });
    expect(moment).toHaveValue('none');
    await user.selectOptions(moment, 'SMOT');
    expect(stage(id)?.momentOfTruth).toBe('SMOT');
    await user.selectOptions(moment, 'none');
    expect(stage(id)?.momentOfTruth).toBeNull();
  });

  it('moves the stage left and right, never past either end', async () => {
    const { user } = renderInspector();
    await user.click(screen.getByRole('button', { name: 'Move left' }));
    expect(journey().stages[0]?.id).toBe(id);
    expect(screen.getByRole('button', { name: 'Move left' })).toBeDisabled();
    await user.click(screen.getByRole('button', { name: 'Move right' }));
    await user.click(screen.getByRole('button', { name: 'Move right' }));
    await user.click(screen.getByRole('button', { name: 'Move right' }));
    expect(journey().stages[3]?.id).toBe(id);
    expect(screen.getByRole('button', { name: 'Move right' })).toBeDisabled();
  });

  it('deletes the stage with its cards in one undoable step, and says so first', async () => {
    actions.addCard(id, laneId('touchpoints'));
    actions.addCard(id, laneId('painPoints'));
    const { user } = renderInspector();
    const remove = screen.getByRole('button', { name: 'Delete stage' });
    expect(remove).toHaveAccessibleDescription(/also deletes its cards \(2\)/);
    await user.click(remove);
    expect(stage(id)).toBeUndefined();
    expect(Object.keys(journey().cards)).toHaveLength(0);
    expect(useUiStore.getState().selection).toBeNull();
    actions.undo();
    expect(stage(id)).toBeDefined();
    expect(Object.keys(journey().cards)).toHaveLength(2);
  });
});
