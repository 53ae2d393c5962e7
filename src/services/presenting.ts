// Starting and ending present mode. Full screen is asked for but never required: when the browser
// refuses it (or has none), the presentation runs in the window just the same.
import { journeyStore, useUiStore } from '../store';
import { usePresentStore } from '../store/presentStore';

/** True while the full screen on display is the one present mode asked for. */
let ownFullScreen = false;

function requestFullScreen(): void {
  const root = globalThis.document?.documentElement;
  if (!root || !document.fullscreenEnabled || document.fullscreenElement) return;
  if (typeof root.requestFullscreen !== 'function') return;
  root.requestFullscreen().then(
    () => {
      ownFullScreen = true;
    },
    () => {
      // Refused (no user gesture, a policy, a kiosk): stay in the window.
    },
  );
}

/** Presents from the selected stage (or the first one) after a click or a key press. */
export function startPresenting(): void {
  const ui = useUiStore.getState();
  const { stages } = journeyStore.getState().journey;
  const selection = ui.selection;
  const selectedStageId =
    selection?.kind === 'stage'
      ? selection.id
      : selection?.kind === 'cell'
        ? selection.stageId
        : null;
  const index = Math.max(
    0,
    stages.findIndex((stage) => stage.id === selectedStageId),
  );
  ui.select(null);
  ui.setEditing(null);
  ui.setShortcutsOpen(false);
  usePresentStore.getState().enter(stages.length > 0 ? index : null);
  requestFullScreen();
}

export function stopPresenting(): void {
  usePresentStore.getState().leave();
  if (ownFullScreen && document.fullscreenElement) {
    ownFullScreen = false;
    document.exitFullscreen().catch(() => {
      // Already left by the browser itself.
    });
  }
}

/**
 * Leaving full screen with the browser's own key (Escape, F11) ends the presentation too, so
 * nobody is left in a half-present editor. Returns the unsubscribe function.
 */
export function watchFullScreenExit(): () => void {
  const onChange = () => {
    if (document.fullscreenElement || !ownFullScreen) return;
    ownFullScreen = false;
    if (usePresentStore.getState().active) usePresentStore.getState().leave();
  };
  document.addEventListener('fullscreenchange', onChange);
  return () => document.removeEventListener('fullscreenchange', onChange);
}
