// The PDF options of the export dialog: A4 or A3 landscape, the whole map on one page or a page per
// stage, and how many pages that makes (persona pages included).
import { useTranslation } from 'react-i18next';
import type { MapPaper, PdfLayout } from '../../io/pdf/pdfPlan';

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
      <div role="radiogroup" aria-label={t('export.paper')} className="export-options__row">
        <span aria-hidden="true">{t('export.paper')}</span>
        {(['a4', 'a3'] as const).map((paper) => (
          <label key={paper} className="export-options__choice">
            <input
              type="radio"
              name="export-paper"
              checked={settings.paper === paper}
              onChange={() => onChange({ ...settings, paper })}
            />
            {t(`export.${paper}`)}
          </label>
        ))}
      </div>
      <div role="radiogroup" aria-label={t('export.pages')} className="export-options__row">
        <span aria-hidden="true">{t('export.pages')}</span>
        {(['onePage', 'perStage'] as const).map((layout) => (
          <label key={layout} className="export-options__choice">
            <input
              type="radio"
              name="export-pages"
              checked={settings.layout === layout}
              onChange={() => onChange({ ...settings, layout })}
            />
            {t(layout === 'onePage' ? 'export.onePage' : 'export.pagePerStage')}
          </label>
        ))}
      </div>
      {pageCount > 0 && (
        <p className="export-options__size" data-testid="export-pages">
          {pageCount === 1 ? t('export.pageCountOne') : t('export.pageCount', { count: pageCount })}
        </p>
      )}
    </fieldset>
  );
}
