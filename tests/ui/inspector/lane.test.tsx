// The inspector for a lane: name, kind, colour, collapsed, minimum height, order and deletion.
import { fireEvent, screen } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { actions, useUiStore } from '../../../src/store';
import { freshJourney, journey, laneId, renderInspector, stageId } from './helpers';

const lane = (id: string) => journey().lanes.find((l) => l.id === id);

describe('the inspector for a lane', () => {
  let id: string;
  beforeEach(async () => {
    await freshJourney();
    id = laneId('thoughts');
    useUiStore.getState().select({ kind: 'lane', id });
  });

  it('renames the lane as the user types', async () => {
    const { user } = renderInspector();
    expect(screen.getByRole('heading', { name: 'Lane' })).toBeInTheDocument();
    const name = screen.getByRole('textbox', { name: 'Lane name' });
    expect(name).toHaveValue('Thoughts & feelings');
    await user.clear(name);
    await user.type(name, 'What they think');
    expect(lane(id)?.name).toBe('What they think');
  });

  it('changes the lane kind', async () => {
    const { user } = renderInspector();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Lane kind' }), 'Backstage');
    expect(lane(id)?.kind).toBe('backstage');
  });

  it('recolours the lane', () => {
    renderInspector();
    fireEvent.change(screen.getByLabelText('Lane colour'), { target: { value: '#abcdef' } });
    expect(lane(id)?.color).toBe('#abcdef');
  });

  it('collapses and expands the lane', async () => {
    const { user } = renderInspector();
    const collapsed = screen.getByRole('checkbox', { name: 'Collapsed' });
    await user.click(collapsed);
    expect(lane(id)?.collapsed).toBe(true);
    await user.click(collapsed);
    expect(lane(id)?.collapsed).toBe(false);
  });

  it('sets the minimum height, letting the user type through values below the minimum', async () => {
    const { user } = renderInspector();
    const height = screen.getByRole('spinbutton', { name: 'Minimum height (px)' });
    expect(height).toHaveValue(120);
    await user.clear(height);
    await user.type(height, '250');
    expect(lane(id)?.minHeight).toBe(250);
    expect(height).toHaveValue(250);
  });

  it('clamps a too-small height when the field loses focus', async () => {
    const { user } = renderInspector();
    const height = screen.getByRole('spinbutton', { name: 'Minimum height (px)' });
    await user.clear(height);
    await user.type(height, '5');
    expect(lane(id)?.minHeight).toBe(120);
    await user.tab();
    expect(lane(id)?.minHeight).toBe(40);
    expect(height).toHaveValue(40);
  });

  it('moves the lane up and down', async () => {
    const { user } = renderInspector();
    const index = () => journey().lanes.findIndex((l) => l.id === id);
    expect(index()).toBe(2);
    await user.click(screen.getByRole('button', { name: 'Move up' }));
    expect(index()).toBe(1);
    await user.click(screen.getByRole('button', { name: 'Move down' }));
    await user.click(screen.getByRole('button', { name: 'Move down' }));
    expect(index()).toBe(3);
  });

  it('deletes the lane and its cards in one undoable step', async () => {
    actions.addCard(stageId(0), id);
    const { user } = renderInspector();
    const remove = screen.getByRole('button', { name: 'Delete lane' });
    expect(remove).toHaveAccessibleDescription(/also deletes its cards \(1\)/);
    await user.click(remove);
    expect(lane(id)).toBeUndefined();
    expect(Object.keys(journey().cards)).toHaveLength(0);
    actions.undo();
    expect(lane(id)).toBeDefined();
    expect(Object.keys(journey().cards)).toHaveLength(1);
  });
});
