// The CSV import dialog: reads the picked file, shows what the import would do (or why the file
// cannot be imported), and adds the cards only on "Add N cards", as one undoable step.
import { useEffect, useState } from 'react';
import { useTranslation } from '../../i18n';
import { CSV_MAX_BYTES } from '../../io/csv/csvDecode';
import { csvAddition, planCsvFile, type CsvImportResult } from '../../io/csv/csvImport';
import { describeCsvFileError } from '../../io/csv/csvImportErrors';
import { actions, journeyStore, useJourney, useUiStore } from '../../store';
import { useLibraryStore } from '../../store/libraryStore';
import { CsvImportPreview } from './CsvImportPreview';
import './csvImport.css';
import { useModalDialog } from '../useModalDialog';

async function readPlan(file: File): Promise<CsvImportResult> {
  // Refused before reading, so a huge file is never loaded into memory.
  if (file.size > CSV_MAX_BYTES) {
    return { ok: false, error: { code: 'tooLarge', size: file.size, limit: CSV_MAX_BYTES } };
  }
  try {
    const bytes = new Uint8Array(await file.arrayBuffer());
    const { journey } = journeyStore.getState();
    return planCsvFile(bytes, { journey, personas: useLibraryStore.getState().personas });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, error: { code: 'unreadable', message } };
  }
}

export default function CsvImportDialog({ file, onClose }: { file: File; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const dialog = useModalDialog();
  const readOnly = useJourney((s) => s.readOnly);
  const [result, setResult] = useState<CsvImportResult | null>(null);

  useEffect(() => {
    let current = true;
    void readPlan(file).then((read) => {
      if (current) setResult(read);
    });
    return () => {
      current = false;
    };
  }, [file]);

  function addCards() {
    if (!result?.ok) return;
    const addition = csvAddition(result.plan, journeyStore.getState().journey.stages.length);
    const ids = actions.importCards(addition);
    // The new cards end up selected, so the inspector says how many arrived and where.
    if (ids.length > 0) useUiStore.getState().select({ kind: 'cards', ids });
    dialog.current?.close();
  }

  const count = result?.ok ? result.plan.cards.length : 0;

  return (
    <dialog
      ref={dialog}
      className="dialog csv-import"
      aria-labelledby="csv-import-title"
      aria-busy={result === null}
      onClose={onClose}
    >
      <h2 id="csv-import-title">{t('csvImport.title')}</h2>
      <p className="csv-import__file">{t('csvImport.fileName', { file: file.name })}</p>
      {result === null && (
        <p className="csv-import__reading">
          <progress aria-label={t('csvImport.reading', { file: file.name })} />{' '}
          {t('csvImport.reading', { file: file.name })}
        </p>
      )}
      {result && !result.ok && (
        <div className="csv-import__error" role="alert">
          <strong>{t('csvImport.failedTitle')}</strong>{' '}
          {describeCsvFileError(result.error, t, i18n.language)}
        </div>
      )}
      {result?.ok && <CsvImportPreview plan={result.plan} />}
      <form method="dialog" className="csv-import__actions">
        {result?.ok ? (
          <>
            <button type="submit">{t('csvImport.cancel')}</button>
            <button
              type="button"
              className="primary"
              disabled={count === 0 || readOnly}
              onClick={addCards}
            >
              {count === 1 ? t('csvImport.addOne') : t('csvImport.addMany', { count })}
            </button>
          </>
        ) : (
          <button type="submit" className={result ? 'primary' : undefined}>
            {result ? t('csvImport.close') : t('csvImport.cancel')}
          </button>
        )}
      </form>
    </dialog>
  );
}
