// The one key handler of the editor and of present mode: it turns a key press into the command the
// registry names for it. Nothing typed into a text field ever reaches it, so a letter typed into a
// card can never start present mode or switch focus on.
import { useEffect, useRef } from 'react';
import { journeyStore, useUiStore } from '../store';
import { usePresentStore } from '../store/presentStore';
import { commandFor, type CommandContext, type CommandView } from './commands';
import { isTextEntry } from './keys';

function contextOf(event: KeyboardEvent): CommandContext {
  const target = event.target instanceof Element ? event.target : null;
  return {
    journey: journeyStore.getState().journey,
    selection: useUiStore.getState().selection,
    presenting: usePresentStore.getState().active,
    focusedNodeId: target?.closest('.react-flow__node')?.getAttribute('data-id') ?? null,
    focusOnPressable: target?.closest('button, a[href], summary, select') !== null && target !== null,
  };
}

/** Present mode lends the commands its way of scrolling a tall stage while it is on screen. */
let stageScroller: CommandView['scrollStage'] = () => {};

export function useStageScroller(scroll: CommandView['scrollStage']): void {
  useEffect(() => {
    stageScroller = scroll;
    return () => {
      if (stageScroller === scroll) stageScroller = () => {};
    };
  }, [scroll]);
}

/** Listens for the registry's keys while mounted; `fit` fits the map to the screen. */
export function useCommandKeys(fit: CommandView['fit']): void {
  const latest = useRef(fit);
  useEffect(() => {
    latest.current = fit;
  });

  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (event.defaultPrevented) return;
      // An open dialog owns its keys (Escape closes it, Enter submits it), even when the focus
      // fell back to the page behind it.
      if (document.querySelector('dialog[open]')) return;
      if (isTextEntry(event.target)) {
        // While presenting, Escape leaves a text field (quick-add, the timer) without leaving.
        if (
          usePresentStore.getState().active &&
          event.key === 'Escape' &&
          event.target instanceof HTMLElement
        ) {
          event.target.blur();
        }
        return;
      }
      const context = contextOf(event);
      const command = commandFor(event, context);
      if (!command) return;
      event.preventDefault();
      const view: CommandView = {
        fit: (mode) => latest.current(mode),
        scrollStage: (direction) => stageScroller(direction),
      };
      command.run(context, view, event);
    }
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
