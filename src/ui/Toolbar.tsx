// The top bar: journey title, undo/redo, structure tools, focus, present, export, CSV import and the
// language switch. It must fit a 1280 px projector: rare tools use short labels or icons, each with
// its full accessible name, and journey-wide actions such as Clear cards live in the inspector.
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from '../i18n';
import { routeHref } from '../services/router';
import { actions, useCanRedo, useCanUndo, useJourney, useUiStore } from '../store';
import { CsvImportButton } from './csvImport/CsvImportButton';
import { FocusControl } from './focus/FocusControl';
import { LanguageSelect } from './LanguageSelect';
import { shortcutOf } from '../commands/commands';
import { startPresenting } from '../services/presenting';
import { openLive } from '../store/liveEntryStore';
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
        // The whole title, should the bar be too narrow to show it.
        title={title}
        value={title}
        readOnly={readOnly}
        onChange={(event) => actions.renameJourney(event.target.value)}
      />
      <div className="toolbar__group">
        {(
          [
            { command: 'undo', can: canUndo, icon: '↶' },
            { command: 'redo', can: canRedo, icon: '↷' },
          ] as const
        ).map(({ command, can, icon }) => (
          <button
            key={command}
            type="button"
            className="toolbar__icon"
            onClick={actions[command]}
            disabled={readOnly || !can}
            aria-label={t(`toolbar.${command}`)}
            title={`${t(`toolbar.${command}`)} (${shortcutOf(command)})`}
          >
            <span aria-hidden="true">{icon}</span>
          </button>
        ))}
      </div>
      <div className="toolbar__group">
        <button
          type="button"
          disabled={readOnly}
          onClick={() => actions.addStage(t('defaults.newStage'))}
          aria-label={t('toolbar.addStage')}
          title={t('toolbar.addStage')}
        >
          {t('toolbar.stageShort')}
        </button>
        <button
          type="button"
          disabled={readOnly}
          onClick={() => actions.addLane(t('defaults.newLane'), 'custom')}
          aria-label={t('toolbar.addLane')}
          title={t('toolbar.addLane')}
        >
          {t('toolbar.laneShort')}
        </button>
      </div>
      <FocusControl />
      <SaveIndicator />
      <button type="button" title={t('present.startHint')} onClick={startPresenting}>
        {t('present.start')}
      </button>
      <button type="button" title={t('live.hint')} aria-haspopup="dialog" onClick={openLive}>
        {t('live.button')}
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
        className="toolbar__icon"
        aria-pressed={inspectorOpen}
        onClick={() => setInspectorOpen(!inspectorOpen)}
        aria-label={t('inspector.toggle')}
        title={t('inspector.toggleHint')}
      >
        <span aria-hidden="true">◨</span>
      </button>
      <button
        type="button"
        className="toolbar__icon"
        onClick={() => useUiStore.getState().setShortcutsOpen(true)}
        aria-label={t('shortcuts.open')}
        title={`${t('shortcuts.open')} (${shortcutOf('help')})`}
      >
        <span aria-hidden="true">?</span>
      </button>
      <LanguageSelect compact />
    </header>
  );
}
