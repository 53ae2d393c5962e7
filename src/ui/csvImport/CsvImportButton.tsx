// The editor's "Import CSV" entry: a button that opens the file picker, then the import dialog
// for the picked file. The dialog and the CSV reader load on first use.
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useJourney } from '../../store';
import { FilePickerButton } from '../FilePickerButton';

const CsvImportDialog = lazy(() => import('./CsvImportDialog'));

export function CsvImportButton() {
  const { t } = useTranslation();
  const readOnly = useJourney((s) => s.readOnly);
  const [file, setFile] = useState<File | null>(null);

  return (
    <>
      <FilePickerButton
        label={t('csvImport.open')}
        title={t('csvImport.openHint')}
        inputLabel={t('csvImport.fileLabel')}
        accept=".csv,text/csv"
        disabled={readOnly}
        opensDialog
        onPick={setFile}
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
