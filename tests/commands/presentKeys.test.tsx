// Present mode's keys: stepping with arrows, Page Up/Down and Space, Home and End, scrolling with
// Up and Down, Escape to leave; typing in a field and pressing a focused button never step.
import { fireEvent, render, screen } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { i18n } from '../../src/i18n';
import { journeyStore } from '../../src/store';
import { createDefaultJourney } from '../support/defaultJourney';
import { usePresentStore } from '../../src/store/presentStore';
import { useCommandKeys, useStageScroller } from '../../src/commands/useCommandKeys';

const noFit = () => {};

function Harness({ scroll }: { scroll: (direction: 1 | -1) => void }) {
  useCommandKeys(noFit);
  useStageScroller(scroll);
  return (
    <>
      <input aria-label="Idea" />
      <button type="button">Pressable</button>
    </>
  );
}

const stage = () => usePresentStore.getState().stageIndex;
const key = (name: string, target: Element = document.body) =>
  fireEvent.keyDown(target, { key: name });

describe('present mode keys', () => {
  beforeEach(() => {
    journeyStore.getState().load(createDefaultJourney(i18n.t));
    usePresentStore.setState({ active: true, stageIndex: 0 });
  });

  it('step through the four stages and back to the overview', () => {
    render(<Harness scroll={() => {}} />);
    const visited = [stage()];
    for (const name of ['ArrowRight', 'PageDown', ' ', 'ArrowRight']) {
      key(name);
      visited.push(stage());
    }
    for (const name of ['ArrowLeft', 'PageUp', 'ArrowLeft', 'ArrowLeft']) {
      key(name);
      visited.push(stage());
    }
    expect(visited).toEqual([0, 1, 2, 3, 3, 2, 1, 0, null]);
  });

  it('jump to the last stage with End and to the whole map with Home', () => {
    render(<Harness scroll={() => {}} />);
    key('End');
    expect(stage()).toBe(3);
    key('Home');
    expect(stage()).toBeNull();
  });

  it('scroll with Up and Down', () => {
    const scroll = vi.fn();
    render(<Harness scroll={scroll} />);
    key('ArrowDown');
    key('ArrowUp');
    expect(scroll.mock.calls).toEqual([[1], [-1]]);
    expect(stage()).toBe(0);
  });

  it('leave with Escape', () => {
    render(<Harness scroll={() => {}} />);
    key('Escape');
    expect(usePresentStore.getState().active).toBe(false);
  });

  it('leave typing alone, and Escape in a field only leaves the field', () => {
    render(<Harness scroll={() => {}} />);
    const field = screen.getByRole('textbox', { name: 'Idea' });
    field.focus();
    for (const name of ['ArrowRight', ' ', 'PageDown', 'End', 'Home']) key(name, field);
    expect(stage()).toBe(0);
    key('Escape', field);
    expect(field).not.toHaveFocus();
    expect(usePresentStore.getState().active).toBe(true);
  });

  it('let Space press a focused button instead of stepping', () => {
    render(<Harness scroll={() => {}} />);
    key(' ', screen.getByRole('button', { name: 'Pressable' }));
    expect(stage()).toBe(0);
    key('ArrowRight', screen.getByRole('button', { name: 'Pressable' }));
    expect(stage()).toBe(1);
  });

  it('ignore keys held with Ctrl, so editor shortcuts such as undo still work', () => {
    render(<Harness scroll={() => {}} />);
    fireEvent.keyDown(document.body, { key: 'ArrowRight', ctrlKey: true });
    expect(stage()).toBe(0);
  });

  it('stand aside while a dialog is open, so Escape closes the dialog instead', () => {
    render(<Harness scroll={() => {}} />);
    const dialog = document.createElement('dialog');
    dialog.setAttribute('open', '');
    document.body.append(dialog);
    key('Escape');
    key('ArrowRight');
    expect(usePresentStore.getState().active).toBe(true);
    expect(stage()).toBe(0);
    dialog.remove();
  });
});
