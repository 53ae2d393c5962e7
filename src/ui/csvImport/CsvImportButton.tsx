// The editor's "Import CSV" entry: a button that opens the file picker, then the import dialog
// for the picked file. The dialog and the CSV reader load on first use.
import { lazy, Suspense, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useJourney } from '../../store';

const CsvImportDialog = lazy(() => import('./CsvImportDialog'));

export function CsvImportButton() {
  const { t } = useTranslation();
  const readOnly = useJourney((s) => s.readOnly);
  const input = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<File | null>(null);

  return (
    <>
      <button
        type="button"
        disabled={readOnly}
        title={t('csvImport.openHint')}
        aria-haspopup="dialog"
        onClick={() => input.current?.click()}
      >
        {t('csvImport.open')}
      </button>
      <input
        ref={input}
        type="file"
        accept=".csv,text/csv"
        hidden
        aria-label={t('csvImport.fileLabel')}
        onChange={(event) => {
          const picked = event.target.files?.[0];
          // Reset so picking the same file again still opens the dialog.
          event.target.value = '';
          if (picked) setFile(picked);
        }}
      />
      {file && (
        <Suspense fallback={null}>
          <CsvImportDialog
            key={`${file.name}-${file.lastModified}`}
            file={file}
            onClose={() => setFile(null)}
          />
        </Suspense>
      )}
    </>
  );
}
