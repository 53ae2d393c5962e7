// The editor's "Import CSV" entry: a button that opens the file picker, then the import dialog
// for the picked file. The dialog and the CSV reader load on first use.
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from '../../i18n';
import { useJourney } from '../../store';
import { FilePickerButton } from '../FilePickerButton';

const CsvImportDialog = lazy(() => import('./CsvImportDialog'));

/** A table with an arrow coming in: the toolbar has no room for the words "Import CSV". */
const CSV_ICON = (
  <svg viewBox="0 0 20 20" width="20" height="20" aria-hidden="true">
    <path
      d="M3 4h14v12H3z M3 8h14 M3 12h14 M8 4v12 M12 1v5 M10 4l2 2 2-2"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.6"
      strokeLinecap="round"
      strokeLinejoin="round"
    />
  </svg>
);

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
        icon={CSV_ICON}
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
