// The inspector side panel: every field of the selected card, stage, lane or connector.
import './inspector.css';
import { useTranslation } from 'react-i18next';
import type { Id } from '../../model';
import { useJourney, useJourneyShallow, useUiStore, type Selection } from '../../store';
import { CardInspector } from './CardInspector';
import { ConnectorInspector } from './ConnectorInspector';
import { EmptyInspector } from './EmptyInspector';
import { LaneInspector } from './LaneInspector';
import { MultiCardInspector } from './MultiCardInspector';
import { StageInspector } from './StageInspector';
import { nodeOfSelection } from '../../commands/mapNavigation';

const NO_IDS: readonly Id[] = [];

function SelectedItem({ selection }: { selection: Selection }) {
  const requestedIds = selection?.kind === 'cards' ? selection.ids : NO_IDS;
  // Cards can vanish under a selection (undo of an add): inspect only those still there.
  const cardIds = useJourneyShallow((s) => requestedIds.filter((id) => s.journey.cards[id]));
  // Keys reset each editor's local state (half-typed numbers) when another item is selected.
  switch (selection?.kind) {
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
    case 'cell':
    case undefined:
      return <EmptyInspector />;
  }
}

export function Inspector() {
  const { t } = useTranslation();
  const open = useUiStore((s) => s.inspectorOpen);
  const selection = useUiStore((s) => s.selection);
  const setOpen = useUiStore((s) => s.setInspectorOpen);
  // While another tab edits this journey, every control is shown but disabled.
  const readOnly = useJourney((s) => s.readOnly);
  if (!open) return null;
  return (
    <aside
      className="inspector"
      aria-label={t('inspector.label')}
      onKeyDown={(event) => {
        // Escape hands the keyboard back to what is being inspected, on the map.
        if (event.key !== 'Escape' || event.defaultPrevented) return;
        // A dialog opened from the inspector closes on Escape, as every dialog does.
        if (event.target instanceof Element && event.target.closest('dialog')) return;
        event.preventDefault();
        const ui = useUiStore.getState();
        ui.focusNode(nodeOfSelection(ui.selection));
      }}
    >
      <header className="inspector__header">
        <h2 className="inspector__title">{t('inspector.label')}</h2>
        <button
          type="button"
          className="inspector__close"
          aria-label={t('inspector.hide')}
          title={t('inspector.hide')}
          onClick={() => setOpen(false)}
        >
          <span aria-hidden="true">×</span>
        </button>
      </header>
      <fieldset className="inspector__body" disabled={readOnly}>
        <SelectedItem selection={selection} />
      </fieldset>
    </aside>
  );
}
