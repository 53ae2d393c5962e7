// The document options of the export dialog. PDF: A4 or A3 landscape, the whole map on one page or
// a page per stage, and how many pages that makes (persona pages included). PowerPoint: an accent
// colour and a logo, remembered on this device.
import { useState } from 'react';
import { useTranslation } from '../../i18n';
import { DEFAULT_ACCENT } from '../../io/deck/slidePlan';
import {
  loadDeckBrand,
  readLogoFile,
  saveDeckBrand,
  type DeckBrandChoice,
} from '../../services/deckBrand';
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
    <>
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
            {pageCount === 1
              ? t('export.pageCountOne')
              : t('export.pageCount', { count: pageCount })}
          </p>
        )}
      </fieldset>
      <DeckOptions disabled={disabled} />
    </>
  );
}

interface DeckProps {
  disabled: boolean;
}

/**
 * The PowerPoint options: an accent colour for the title slide and a logo for every slide, both
 * remembered on this device.
 */
function DeckOptions({ disabled }: DeckProps) {
  const { t } = useTranslation();
  const [choice, setChoice] = useState(loadDeckBrand);
  const [problem, setProblem] = useState<string | null>(null);
  const [remembered, setRemembered] = useState(true);
  const change = (next: DeckBrandChoice) => {
    setChoice(next);
    setRemembered(saveDeckBrand(next));
  };
  async function chooseLogo(input: HTMLInputElement) {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    const logo = await readLogoFile(file);
    if (typeof logo === 'string') {
      const key = {
        wrongType: 'deckLogoWrongType',
        tooLarge: 'deckLogoTooLarge',
        unreadable: 'deckLogoUnreadable',
      } as const;
      setProblem(t(`export.${key[logo]}`, { file: file.name }));
      return;
    }
    setProblem(null);
    change({ ...choice, logo });
  }
  return (
    <fieldset className="export-options" disabled={disabled}>
      <legend>{t('export.deckOptions')}</legend>
      <div className="export-options__row">
        <label htmlFor="export-deck-accent">{t('export.deckAccent')}</label>
        <input
          id="export-deck-accent"
          type="color"
          value={choice.accent ?? DEFAULT_ACCENT}
          onChange={(event) => change({ ...choice, accent: event.target.value })}
        />
        {choice.accent !== null && (
          <button type="button" onClick={() => change({ ...choice, accent: null })}>
            {t('export.deckAccentDefault')}
          </button>
        )}
      </div>
      <div className="export-options__row">
        <span id="export-deck-logo-state">
          {choice.logo
            ? t('export.deckLogoChosen', { file: choice.logo.name })
            : t('export.deckLogoNone')}
        </span>
        <label className="export-options__file">
          {t('export.deckLogoChoose')}
          <input
            type="file"
            accept=".png,.jpg,.jpeg,.svg,image/png,image/jpeg,image/svg+xml"
            aria-describedby="export-deck-logo-hint"
            onChange={(event) => void chooseLogo(event.currentTarget)}
          />
        </label>
        {choice.logo && (
          <button type="button" onClick={() => change({ ...choice, logo: null })}>
            {t('export.deckLogoRemove')}
          </button>
        )}
      </div>
      <p id="export-deck-logo-hint" className="export-options__size">
        {t('export.deckLogoHint')}
      </p>
      {problem && (
        <p className="export-message export-message--error" role="alert">
          {problem}
        </p>
      )}
      {!remembered && <p role="note">{t('export.deckNotRemembered')}</p>}
    </fieldset>
  );
}
