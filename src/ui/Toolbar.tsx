// The top bar: journey title, undo/redo, structure tools, export and the language switch.
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { routeHref } from '../app/router';
import { actions, useCanRedo, useCanUndo, useJourney, useUiStore } from '../store';
import { ClearCardsButton } from './ClearCardsButton';
import { CsvImportButton } from './csvImport/CsvImportButton';
import { FocusControl } from './focus/FocusControl';
import { LanguageSelect } from './LanguageSelect';
import { startPresenting } from './present/presenting';
import { SaveIndicator } from './SaveIndicator';

// The export dialog and its exporters load on first use, so the editor's first screen stays light.
const ExportDialog = lazy(() => import('./export/ExportDialog'));

export function Toolbar() {
  const { t } = useTranslation();
  const title = useJourney((s) => s.journey.title);
  const canUndo = useCanUndo();
  const canRedo = useCanRedo();
  const readOnly = useJourney((s) => s.readOnly);
  const inspectorOpen = useUiStore((s) => s.inspectorOpen);
  const setInspectorOpen = useUiStore((s) => s.setInspectorOpen);
  const [exportOpen, setExportOpen] = useState(false);

  return (
    <header className="toolbar" role="toolbar" aria-label={t('toolbar.label')}>
      <a
        className="toolbar__brand"
        href={routeHref({ name: 'library', tab: 'journeys' })}
        title={t('library.backToLibrary')}
      >
        {t('app.name')}
      </a>
      <input
        className="toolbar__title"
        aria-label={t('toolbar.journeyTitle')}
        value={title}
        readOnly={readOnly}
        onChange={(event) => actions.renameJourney(event.target.value)}
      />
      <div className="toolbar__group">
        <button
          type="button"
          onClick={actions.undo}
          disabled={readOnly || !canUndo}
          title={`${t('toolbar.undo')} (Ctrl+Z)`}
        >
          {t('toolbar.undo')}
        </button>
        <button
          type="button"
          onClick={actions.redo}
          disabled={readOnly || !canRedo}
          title={`${t('toolbar.redo')} (Ctrl+Shift+Z)`}
        >
          {t('toolbar.redo')}
        </button>
      </div>
      <div className="toolbar__group">
        <button
          type="button"
          disabled={readOnly}
          onClick={() => actions.addStage(t('defaults.newStage'))}
        >
          {t('toolbar.addStage')}
        </button>
        <button
          type="button"
          disabled={readOnly}
          onClick={() => actions.addLane(t('defaults.newLane'), 'custom')}
        >
          {t('toolbar.addLane')}
        </button>
        <ClearCardsButton />
      </div>
      <FocusControl />
      <SaveIndicator />
      <button type="button" title={t('present.startHint')} onClick={startPresenting}>
        {t('present.start')}
      </button>
      <button
        type="button"
        title={t('export.openHint')}
        aria-haspopup="dialog"
        onClick={() => setExportOpen(true)}
      >
        {t('io.export')}
      </button>
      {exportOpen && (
        <Suspense fallback={null}>
          <ExportDialog onClose={() => setExportOpen(false)} />
        </Suspense>
      )}
      <CsvImportButton />
      <button
        type="button"
        aria-pressed={inspectorOpen}
        onClick={() => setInspectorOpen(!inspectorOpen)}
        title={t('inspector.toggleHint')}
      >
        {t('inspector.toggle')}
      </button>
      <button type="button" onClick={() => useUiStore.getState().setShortcutsOpen(true)} title="?">
        {t('shortcuts.open')}
      </button>
      <LanguageSelect />
    </header>
  );
}
