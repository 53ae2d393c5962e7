// The PDF options of the export dialog: A4 or A3 landscape, the whole map on one page or a page per
// stage, and how many pages that makes (persona pages included).
import { useTranslation } from 'react-i18next';
import type { MapPaper, PdfLayout } from '../../io/pdf/pdfPlan';
import { RadioRow } from './RadioRow';

export interface DocumentSettings {
  paper: MapPaper;
  layout: PdfLayout;
}

interface Props {
  settings: DocumentSettings;
  onChange: (settings: DocumentSettings) => void;
  /** Pages in the PDF with these settings; 0 when no stage is chosen. */
  pageCount: number;
  disabled: boolean;
}

export function DocumentOptions({ settings, onChange, pageCount, disabled }: Props) {
  const { t } = useTranslation();
  return (
    <fieldset className="export-options" disabled={disabled}>
      <legend>{t('export.documentOptions')}</legend>
      <RadioRow
        label={t('export.paper')}
        name="export-paper"
        values={['a4', 'a3'] as const}
        value={settings.paper}
        labelOf={(paper) => t(`export.${paper}`)}
        onChange={(paper) => onChange({ ...settings, paper })}
      />
      <RadioRow
        label={t('export.pages')}
        name="export-pages"
        values={['onePage', 'perStage'] as const}
        value={settings.layout}
        labelOf={(layout) => t(layout === 'onePage' ? 'export.onePage' : 'export.pagePerStage')}
        onChange={(layout) => onChange({ ...settings, layout })}
      />
      {pageCount > 0 && (
        <p className="export-options__size" data-testid="export-pages">
          {pageCount === 1 ? t('export.pageCountOne') : t('export.pageCount', { count: pageCount })}
        </p>
      )}
    </fieldset>
  );
}
