// Everything live in the editor, loaded on first use: the start dialog, the live panel, the others'
// cursors, selections and vote dots, and present mode's lead stage (the facilitator's stage leads
// every participant's view). For a participant's editor (`invite`), it joins the room at once.
import { useEffect, useState } from 'react';
import type { LiveInvite } from '../../services/live/address';
import { rememberedName } from '../../services/live/address';
import {
  canResume,
  joinLive,
  leaveLive,
  resumeLive,
  setRoom,
  useLiveStore,
} from '../../services/live/liveSession';
import { journeyStore } from '../../store';
import { useLiveEntry } from '../../store/liveEntryStore';
import { usePresentStore } from '../../store/presentStore';
import { useSessionStore } from '../../store/sessionStore';
import { LivePanel } from './LivePanel';
import type { EditorKit } from './editorKit';
import { PresenceOverlay } from './PresenceOverlay';
import { StartLiveDialog } from './StartLiveDialog';
import { useLiveText } from './liveText';
import { useCaretKeeper } from './useCaretKeeper';
import './live.css';

/** The facilitator's present-mode stage becomes the room's lead stage. */
function useLeadStage(enabled: boolean) {
  useEffect(() => {
    if (!enabled) return;
    const lead = () => {
      const { active, stageIndex } = usePresentStore.getState();
      const stage =
        active && stageIndex !== null ? journeyStore.getState().journey.stages[stageIndex] : null;
      if (useLiveStore.getState().settings.leadStageId !== (stage?.id ?? null)) {
        setRoom({ leadStageId: stage?.id ?? null });
      }
    };
    lead();
    return usePresentStore.subscribe(lead);
  }, [enabled]);
}

/** A participant's editor follows the facilitator's stage in present mode, and their lock. */
function useFollowRoom(enabled: boolean) {
  const leadStageId = useLiveStore((s) => s.settings.leadStageId);
  const closed = useLiveStore((s) => s.settings.locked || s.settings.ended);
  const ready = useLiveStore((s) => s.ready);
  useEffect(() => {
    if (!enabled) return;
    const index = journeyStore.getState().journey.stages.findIndex((s) => s.id === leadStageId);
    const present = usePresentStore.getState();
    if (index >= 0) present.enter(index);
    else if (present.active) present.leave();
  }, [enabled, leadStageId]);
  useEffect(() => {
    if (enabled) journeyStore.getState().setReadOnly(closed);
  }, [enabled, closed]);
  useEffect(() => {
    if (enabled && ready) useSessionStore.getState().setMode({ kind: 'editing' });
  }, [enabled, ready]);
}

/** After a reload, the facilitator's tab rejoins its session once the journey is loaded. */
function useResume(journeyId: string, enabled: boolean) {
  useEffect(() => {
    if (!enabled) return;
    const resume = () => {
      const opened = useSessionStore.getState().mode.kind === 'editing';
      if (!opened || useLiveStore.getState().session) return;
      if (journeyStore.getState().journey.id === journeyId) resumeLive(journeyStore);
    };
    resume();
    return useSessionStore.subscribe(resume);
  }, [journeyId, enabled]);
}

export function LiveLayer({
  journeyId,
  invite,
  kit,
}: {
  journeyId: string;
  invite?: LiveInvite;
  kit: EditorKit;
}) {
  const session = useLiveStore((s) => s.session);
  const ended = useLiveStore((s) => s.ended);
  const resuming = !invite && canResume(journeyId);
  const [dialogOpen, setDialogOpen] = useState(!invite && !resuming);
  // Participants come for the map: their panel starts folded away.
  const [panelOpen, setPanelOpen] = useState(!invite);
  const participant = invite !== undefined;
  const text = useLiveText();

  // Live again (button or L): the panel of a running session, else the start dialog.
  useEffect(
    () =>
      useLiveEntry.subscribe((state, previous) => {
        if (state.asked === previous.asked) return;
        if (useLiveStore.getState().session) setPanelOpen(true);
        else setDialogOpen(true);
      }),
    [],
  );

  useEffect(() => {
    if (invite) joinLive(invite, rememberedName() || 'Guest', journeyStore);
    return () => {
      leaveLive();
      if (invite) journeyStore.getState().setReadOnly(false);
    };
    // One room for as long as this layer lives (the route remounts it for another).
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  // On the projector, the panel folds away by itself: the room sees the map, not the panel.
  useEffect(
    () =>
      usePresentStore.subscribe((state, previous) => {
        if (state.active && !previous.active) setPanelOpen(false);
      }),
    [],
  );
  useCaretKeeper(journeyStore);
  useResume(journeyId, resuming);
  useLeadStage(session?.role === 'facilitator');
  useFollowRoom(participant);

  return (
    <>
      {dialogOpen && !session && !participant && (
        <StartLiveDialog onClose={() => setDialogOpen(false)} />
      )}
      {session && <LivePanel open={panelOpen} onOpen={setPanelOpen} />}
      {session && <PresenceOverlay flow={kit} />}
      {ended && !session && (
        <p className="live-ended" role="status">
          {text('endedNote')}
          <button type="button" onClick={() => useLiveStore.setState({ ended: false })}>
            {text('dismiss')}
          </button>
        </p>
      )}
    </>
  );
}
