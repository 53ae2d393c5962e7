// The workshop timer on screen, with fake timers instead of real waits: start, pause, reset,
// presets and a custom length, and the polite announcement at zero.
import { act, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { switchLocale } from '../../../src/i18n';
import { usePresentStore } from '../../../src/store/presentStore';
import { WorkshopTimer } from '../../../src/ui/present/WorkshopTimer';

const clock = () => screen.getByRole('timer', { name: 'Time left' });
const press = (name: string | RegExp) => fireEvent.click(screen.getByRole('button', { name }));
const wait = (ms: number) => act(() => vi.advanceTimersByTime(ms));

describe('the workshop timer', () => {
  beforeEach(async () => {
    await switchLocale('en');
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2026-03-02T09:00:00Z'));
    usePresentStore.setState({ timers: {} });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('counts down, stops changing while paused and resets', () => {
    render(<WorkshopTimer stageId="research" stageName="Research" />);
    expect(clock()).toHaveTextContent('5:00');
    press('Start');
    wait(61_000);
    expect(clock()).toHaveTextContent('3:59');
    press('Pause');
    wait(120_000);
    expect(clock()).toHaveTextContent('3:59');
    press('Resume');
    wait(59_000);
    expect(clock()).toHaveTextContent('3:00');
    press('Reset');
    expect(clock()).toHaveTextContent('5:00');
    expect(screen.getByRole('button', { name: 'Start' })).toBeInTheDocument();
  });

  it('offers preset lengths and a custom one', () => {
    render(<WorkshopTimer stageId="research" stageName="Research" />);
    press('Timer length: 5 min');
    const choices = screen.getByRole('group', { name: 'Timer length' });
    expect(choices).toHaveTextContent(/2 min.*5 min.*10 min.*15 min/);
    fireEvent.click(screen.getByRole('button', { name: '15 min' }));
    expect(clock()).toHaveTextContent('15:00');
    press('Timer length: 15 min');
    fireEvent.change(screen.getByRole('spinbutton', { name: 'Custom minutes' }), {
      target: { value: '7' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Set' }));
    expect(clock()).toHaveTextContent('7:00');
    expect(screen.queryByRole('group', { name: 'Timer length' })).not.toBeInTheDocument();
  });

  it('closes the lengths with Escape before anything else hears it', () => {
    render(<WorkshopTimer stageId="research" stageName="Research" />);
    press('Timer length: 5 min');
    const heard: boolean[] = [];
    const listen = (event: KeyboardEvent) => heard.push(event.defaultPrevented);
    window.addEventListener('keydown', listen);
    fireEvent.keyDown(screen.getByRole('button', { name: '10 min' }), { key: 'Escape' });
    window.removeEventListener('keydown', listen);
    expect(screen.queryByRole('group', { name: 'Timer length' })).not.toBeInTheDocument();
    expect(heard).toEqual([true]);
  });

  it('says clearly and politely when time is up', () => {
    render(<WorkshopTimer stageId="research" stageName="Research" />);
    press('Timer length: 5 min');
    fireEvent.click(screen.getByRole('button', { name: '2 min' }));
    const announcement = screen.getByText((_text, element) =>
      Boolean(element?.getAttribute('aria-live') === 'polite'),
    );
    expect(announcement).toBeEmptyDOMElement();
    press('Start');
    wait(2 * 60_000);
    expect(clock()).toHaveTextContent('0:00');
    expect(announcement).toHaveTextContent('Time is up for Research');
    expect(screen.getByRole('region', { name: 'Workshop timer' })).toHaveClass(
      'workshop-timer--done',
    );
    // Starting again runs the full length once more.
    press('Start');
    wait(1_000);
    expect(clock()).toHaveTextContent('1:59');
    expect(announcement).toBeEmptyDOMElement();
  });

  it('keeps each stage’s own timer', () => {
    const { rerender } = render(<WorkshopTimer key="a" stageId="a" stageName="Awareness" />);
    press('Start');
    wait(30_000);
    rerender(<WorkshopTimer key="b" stageId="b" stageName="Booking" />);
    expect(clock()).toHaveTextContent('5:00');
    wait(30_000);
    rerender(<WorkshopTimer key="a" stageId="a" stageName="Awareness" />);
    // Still running while the room looked at another stage.
    expect(clock()).toHaveTextContent('4:00');
  });
});
