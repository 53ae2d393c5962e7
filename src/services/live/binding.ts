// Binds a live Yjs document to the journey store, both ways: a local edit (any named action) is
// written into the document as the smallest change, and a change from someone else (or an undo)
// is read back into the store, so the canvas, inspector and exports work unchanged. Undo and redo
// go to Yjs's undo manager, which undoes only this person's own edits.
import * as Y from 'yjs';
import type { Journey } from '../../model';
import { liveTypes, writeJourney } from '../../live/liveDoc';
import { journeyRefusal, type LiveActor } from '../../live/permissions';
import { createProjector } from '../../live/projector';
import { readRoom, writeRoom, type RoomSettings } from '../../live/room';
import type { DocumentStore } from '../../store/documentStore';

/** The origin of this person's edits, which the undo manager tracks. */
export const LOCAL_ORIGIN = { parcours: 'local edit' } as const;
/** The origin of a journey first written into a room: nobody's edit to undo. */
const SEED_ORIGIN = { parcours: 'seed' } as const;

export interface LiveBinding {
  /** Writes the store's journey into an empty room, with its settings (the facilitator). */
  seed: (journey: Journey, room: RoomSettings) => void;
  /** Reads the room's journey into the store (after joining, or when the room already had one). */
  pull: () => void;
  stop: () => void;
}

export interface BindingOptions {
  actor: LiveActor;
  /** A local edit that the room would refuse was taken back: say why. */
  onRefused: (reason: string) => void;
}

export function bindJourney(
  doc: Y.Doc,
  store: DocumentStore,
  options: BindingOptions,
): LiveBinding {
  const { actor } = options;
  const types = liveTypes(doc);
  const projector = createProjector(doc);
  /** The journey both the store and the document hold. */
  let shown: Journey | null = null;
  let applying = false;

  const undoManager = new Y.UndoManager(
    [types.meta, types.stages, types.lanes, types.cards, types.connectors, types.authors],
    { trackedOrigins: new Set([LOCAL_ORIGIN]), captureTimeout: 500 },
  );

  function publishHistory() {
    const restricted = actor.role === 'participant' && readRoom(doc).permission === 'add';
    store.getState().setExternalHistory({
      undo: () => undoManager.undo(),
      redo: () => undoManager.redo(),
      canUndo: !restricted && undoManager.canUndo(),
      canRedo: !restricted && undoManager.canRedo(),
    });
  }

  function show(journey: Journey) {
    shown = journey;
    applying = true;
    try {
      store.getState().applyRemote(journey);
    } finally {
      applying = false;
    }
  }

  function pull() {
    const next = projector.read();
    if (next) show(next);
  }

  function authorsNow(): Record<string, string> {
    return types.authors.toJSON() as Record<string, string>;
  }

  function push(next: Journey) {
    const before = shown;
    if (!before) return;
    if (actor.role === 'participant') {
      const room = readRoom(doc);
      const authors = authorsNow();
      const added = Object.keys(next.cards).filter((id) => !(id in before.cards));
      const after = {
        ...authors,
        ...Object.fromEntries(added.map((id) => [id, actor.participantId])),
      };
      const reason =
        room.locked || room.ended
          ? 'the room is locked'
          : journeyRefusal(before, next, authors, after, {
              permission: room.permission,
              participantId: actor.participantId,
            });
      if (reason) {
        show(before);
        options.onRefused(reason);
        return;
      }
    }
    doc.transact(() => {
      writeJourney(doc, before, next);
      for (const id of Object.keys(next.cards)) {
        if (!(id in before.cards)) types.authors.set(id, actor.participantId);
      }
      for (const id of Object.keys(before.cards)) {
        if (!(id in next.cards) && types.authors.has(id)) types.authors.delete(id);
      }
    }, LOCAL_ORIGIN);
    projector.adopt(next);
    shown = next;
  }

  const onTransaction = (transaction: Y.Transaction) => {
    const { origin } = transaction;
    if (origin === LOCAL_ORIGIN || origin === SEED_ORIGIN || transaction.changed.size === 0) return;
    pull();
    publishHistory();
  };
  doc.on('afterTransaction', onTransaction);
  undoManager.on('stack-item-added', publishHistory);
  undoManager.on('stack-item-popped', publishHistory);
  const unsubscribe = store.subscribe((state, previous) => {
    if (applying || state.journey === previous.journey) return;
    push(state.journey);
  });
  publishHistory();

  return {
    seed(journey, room) {
      doc.transact(() => {
        writeJourney(doc, null, journey);
        for (const id of Object.keys(journey.cards)) types.authors.set(id, actor.participantId);
        writeRoom(doc, room);
      }, SEED_ORIGIN);
      projector.adopt(journey);
      shown = journey;
    },
    pull,
    stop() {
      unsubscribe();
      doc.off('afterTransaction', onTransaction);
      undoManager.destroy();
      projector.stop();
      store.getState().setExternalHistory(null);
    },
  };
}
