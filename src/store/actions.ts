// Named actions: the only way the UI changes a journey. Each one applies one model operation,
// so each one is one undo step (typing bursts aside, which coalesce by field).
import {
  cardTextField,
  createCardForLane,
  createConnector,
  createId,
  createLane,
  createStage,
  ops,
  type Card,
  type CardFields,
  type CardKind,
  type ConnectorStyle,
  type Id,
  type LaneKind,
  type MomentType,
  createCard,
} from '../model';
import type { DocumentStore } from './documentStore';

export function createJourneyActions(store: DocumentStore) {
  const edit = (...args: Parameters<ReturnType<DocumentStore['getState']>['edit']>) =>
    store.getState().edit(...args);
  const journey = () => store.getState().journey;

  return {
    undo: () => store.getState().undo(),
    redo: () => store.getState().redo(),

    renameJourney: (title: string) =>
      edit(ops.renameJourney(title), { coalesceKey: 'journey.title' }),

    /** Adds a stage at `index` (at the end when omitted) and returns its id. */
    addStage: (name: string, index?: number): Id => {
      const stage = createStage(name, index ?? journey().stages.length);
      edit(ops.addStage(stage, index));
      return stage.id;
    },
    renameStage: (stageId: Id, name: string) =>
      edit(ops.renameStage(stageId, name), { coalesceKey: `stage.${stageId}.name` }),
    recolourStage: (stageId: Id, color: string) =>
      edit(ops.recolourStage(stageId, color), { coalesceKey: `stage.${stageId}.color` }),
    moveStage: (stageId: Id, toIndex: number) => edit(ops.moveStage(stageId, toIndex)),
    flagStageMomentOfTruth: (stageId: Id, type: MomentType | null) =>
      edit(ops.flagStageMomentOfTruth(stageId, type)),
    removeStage: (stageId: Id) => edit(ops.removeStage(stageId)),

    addLane: (name: string, kind: LaneKind, index?: number): Id => {
      const lane = createLane(name, kind);
      edit(ops.addLane(lane, index));
      return lane.id;
    },
    renameLane: (laneId: Id, name: string) =>
      edit(ops.renameLane(laneId, name), { coalesceKey: `lane.${laneId}.name` }),
    recolourLane: (laneId: Id, color: string) =>
      edit(ops.recolourLane(laneId, color), { coalesceKey: `lane.${laneId}.color` }),
    setLaneKind: (laneId: Id, kind: LaneKind) => edit(ops.setLaneKind(laneId, kind)),
    collapseLane: (laneId: Id, collapsed: boolean) => edit(ops.collapseLane(laneId, collapsed)),
    resizeLane: (laneId: Id, minHeight: number) =>
      edit(ops.resizeLane(laneId, minHeight), { coalesceKey: `lane.${laneId}.minHeight` }),
    moveLane: (laneId: Id, toIndex: number) => edit(ops.moveLane(laneId, toIndex)),
    removeLane: (laneId: Id) => edit(ops.removeLane(laneId)),

    /**
     * Adds the lane's natural kind of card (or `kind`) at the end of a cell and returns its id.
     * A new emotion point belongs to `personaId`, else to the journey's first linked persona.
     */
    addCard: (stageId: Id, laneId: Id, kind?: CardKind, personaId?: Id | null): Id | null => {
      const current = journey();
      const lane = current.lanes.find((l) => l.id === laneId);
      if (!lane) return null;
      const card = kind ? createCard(kind, { stageId, laneId }) : createCardForLane(lane, stageId);
      if (card.kind === 'emotion') card.personaId = personaId ?? current.personaIds[0] ?? null;
      edit(ops.addCard(card));
      return journey().cards[card.id] ? card.id : null;
    },
    /** Adds the lane's natural card with its main text already typed (present mode's quick-add). */
    addCardWithText: (stageId: Id, laneId: Id, text: string, personaId?: Id | null): Id | null => {
      const current = journey();
      const lane = current.lanes.find((l) => l.id === laneId);
      if (!lane) return null;
      const blank = createCardForLane(lane, stageId);
      // One recipe, so one undo step: the card arrives with its text, not blank then edited.
      const card = { ...blank, [cardTextField(blank)]: text } as Card;
      if (card.kind === 'emotion') card.personaId = personaId ?? current.personaIds[0] ?? null;
      edit(ops.addCard(card));
      return journey().cards[card.id] ? card.id : null;
    },
    updateCard: <K extends CardKind>(cardId: Id, fields: CardFields<K>) => {
      const keys = Object.keys(fields).sort().join(',');
      edit(ops.updateCard(cardId, fields), { coalesceKey: `card.${cardId}.${keys}` });
    },
    moveCard: (cardId: Id, stageId: Id, laneId: Id, index?: number) =>
      edit(ops.moveCard(cardId, { stageId, laneId }, index)),
    /** Several cards dropped at once (a dragged selection): one undo step. */
    moveCardsTo: (moves: readonly { cardId: Id; stageId: Id; laneId: Id; index?: number }[]) =>
      edit(ops.combine(...moves.map((m) => ops.moveCard(m.cardId, m, m.index)))),
    duplicateCards: (cardIds: readonly Id[]): Id[] => {
      const copies = cardIds.map((id) => ({ id, copyId: createId() }));
      edit(ops.combine(...copies.map(({ id, copyId }) => ops.duplicateCard(id, copyId))));
      return copies.map((c) => c.copyId).filter((id) => journey().cards[id]);
    },
    deleteCards: (cardIds: readonly Id[]) => edit(ops.deleteCards(cardIds)),
    /** Removes every card and connector, keeping stages, lanes and personas: one undo step. */
    clearCards: () => edit(ops.clearCards()),

    /** Moves cards to the neighbouring cell (e.g. one stage right), as one step; edges stop them. */
    moveCardsBy: (cardIds: readonly Id[], stageStep: number, laneStep: number) => {
      const { stages, lanes, cards } = journey();
      const recipes = cardIds.flatMap((id) => {
        const card = cards[id];
        if (!card) return [];
        const stage = stages[stages.findIndex((s) => s.id === card.stageId) + stageStep];
        const lane = lanes[lanes.findIndex((l) => l.id === card.laneId) + laneStep];
        return stage && lane ? [ops.moveCard(id, { stageId: stage.id, laneId: lane.id })] : [];
      });
      if (recipes.length > 0) edit(ops.combine(...recipes));
    },

    /**
     * Pastes copies of cards (from any journey) as one step: into `target` when given, otherwise
     * back into their own cells when this journey has them, otherwise into the first cell.
     */
    pasteCards: (copied: readonly Card[], target?: { stageId: Id; laneId: Id }): Id[] => {
      const { stages, lanes } = journey();
      const fallback =
        stages[0] && lanes[0] ? { stageId: stages[0].id, laneId: lanes[0].id } : null;
      const pasted = copied.flatMap((card) => {
        const own =
          stages.some((s) => s.id === card.stageId) && lanes.some((l) => l.id === card.laneId);
        const cell = target ?? (own ? card : fallback);
        // Only the placement is taken from the cell: never any other key it may carry.
        return cell
          ? [{ ...card, stageId: cell.stageId, laneId: cell.laneId, id: createId() }]
          : [];
      });
      if (pasted.length === 0) return [];
      edit(ops.combine(...pasted.map((card) => ops.addCard(card))));
      return pasted.map((card) => card.id).filter((id) => journey().cards[id]);
    },

    /** Adds imported stages, lanes and cards (a CSV of cards) as one undo step; returns card ids. */
    importCards: (addition: ops.BulkAddition): Id[] => {
      edit(ops.addInBulk(addition));
      return addition.cards.map((card) => card.id).filter((id) => journey().cards[id]);
    },

    connectCards: (sourceCardId: Id, targetCardId: Id, label = ''): Id => {
      const connector = createConnector(sourceCardId, targetCardId, label);
      edit(ops.connectCards(connector));
      return connector.id;
    },
    updateConnector: (connectorId: Id, fields: { label?: string; style?: ConnectorStyle }) =>
      edit(ops.updateConnector(connectorId, fields), { coalesceKey: `connector.${connectorId}` }),
    disconnect: (connectorId: Id) => edit(ops.disconnect(connectorId)),

    linkPersona: (personaId: Id) => edit(ops.linkPersona(personaId)),
    unlinkPersona: (personaId: Id) => edit(ops.unlinkPersona(personaId)),
  };
}

export type JourneyActions = ReturnType<typeof createJourneyActions>;
