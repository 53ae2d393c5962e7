// Import and backup in the library: the tools-row buttons, and the progress, result and conflict UI.
import { useTranslation } from '../../i18n';
import { APP_VERSION } from '../../services/version';
import { downloadWorkspace } from '../../io/file/exportFiles';
import { useLibraryStore } from '../../store/libraryStore';
import { FilePickerButton } from '../FilePickerButton';
import { PersonaConflictDialog } from './PersonaConflictDialog';
import type { Importer } from './useImport';

export function ImportButtons({ importer }: { importer: Importer }) {
  const { t } = useTranslation();
  const busy = importer.state.kind === 'busy' || importer.state.kind === 'choose';

  function backUp() {
    const { journeys, personas } = useLibraryStore.getState();
    downloadWorkspace(journeys, personas, APP_VERSION);
  }

  return (
    <div className="import-tools" role="group" aria-label={t('io.import')}>
      <FilePickerButton
        label={t('io.import')}
        title={t('io.importHint')}
        inputLabel={t('io.importHint')}
        accept=".json,application/json"
        disabled={busy}
        onPick={importer.start}
      />
      <button type="button" title={t('io.backupHint')} onClick={backUp}>
        {t('io.backup')}
      </button>
    </div>
  );
}

export function ImportStatus({ importer }: { importer: Importer }) {
  const { t } = useTranslation();
  const { state } = importer;
  if (state.kind === 'busy') {
    return (
      <p className="import-status" role="status" aria-live="polite">
        <progress aria-label={t('io.importing')} /> {t('io.importing')}
      </p>
    );
  }
  if (state.kind === 'choose') {
    return (
      <PersonaConflictDialog
        conflicts={state.conflicts}
        onChoose={importer.choose}
        onCancel={importer.dismiss}
      />
    );
  }
  if (state.kind === 'done') {
    return (
      <p className="banner banner--info import-status" role="status" aria-label={t('io.import')}>
        <span>
          {state.message} {state.renamed ? t('io.renamed') : ''}
        </span>
        <button type="button" onClick={importer.dismiss}>
          {t('io.dismiss')}
        </button>
      </p>
    );
  }
  if (state.kind === 'failed') {
    return (
      <div className="banner banner--danger import-status" role="alert">
        <span>
          <strong>{t('io.failedTitle')}</strong> {state.message}
        </span>
        <button type="button" onClick={importer.dismiss}>
          {t('io.dismiss')}
        </button>
      </div>
    );
  }
  return null;
}
