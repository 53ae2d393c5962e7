// The inspector side panel: every field of the selected card, stage, lane or connector.
import './inspector.css';
import { useTranslation } from '../../i18n';
import { Suspense } from 'react';
import { useJourney, useUiStore } from '../../store';
import { EmptyInspector } from './EmptyInspector';
import { loadOnFirstUse } from '../loadOnFirstUse';
import { nodeOfSelection } from '../../commands/mapNavigation';

/** The field editors, loaded on first use; the editor preloads them once it is idle. */
export const selectedItemEditors = loadOnFirstUse(() =>
  import('./SelectedItem').then((module) => module.SelectedItem),
);
const SelectedItem = selectedItemEditors.Component;

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
        {selection === null || selection.kind === 'cell' ? (
          <EmptyInspector />
        ) : (
          <Suspense fallback={null}>
            <SelectedItem selection={selection} />
          </Suspense>
        )}
      </fieldset>
    </aside>
  );
}
