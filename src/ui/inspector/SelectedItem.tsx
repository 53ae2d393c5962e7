// The editor of what is selected: a card, several cards, a stage, a lane or a connector. Its code
// (every field editor) loads on first use, apart from the inspector's frame and empty state.
import type { Id } from '../../model';
import { useJourneyShallow, type Selection } from '../../store';
import { CardInspector } from './CardInspector';
import { ConnectorInspector } from './ConnectorInspector';
import { EmptyInspector } from './EmptyInspector';
import { LaneInspector } from './LaneInspector';
import { MultiCardInspector } from './MultiCardInspector';
import { StageInspector } from './StageInspector';

const NO_IDS: readonly Id[] = [];

/** What the inspector edits: nothing selected, or a cell, shows its empty state instead. */
export type InspectedSelection = Exclude<Selection, null | { kind: 'cell' }>;

export function SelectedItem({ selection }: { selection: InspectedSelection }) {
  const requestedIds = selection.kind === 'cards' ? selection.ids : NO_IDS;
  // Cards can vanish under a selection (undo of an add): inspect only those still there.
  const cardIds = useJourneyShallow((s) => requestedIds.filter((id) => s.journey.cards[id]));
  // Keys reset each editor's local state (half-typed numbers) when another item is selected.
  switch (selection.kind) {
    case 'cards': {
      const [first] = cardIds;
      if (first === undefined) return <EmptyInspector />;
      if (cardIds.length === 1) return <CardInspector key={first} id={first} />;
      return <MultiCardInspector ids={cardIds} />;
    }
    case 'stage':
      return <StageInspector key={selection.id} id={selection.id} />;
    case 'lane':
      return <LaneInspector key={selection.id} id={selection.id} />;
    case 'connector':
      return <ConnectorInspector key={selection.id} id={selection.id} />;
  }
}
