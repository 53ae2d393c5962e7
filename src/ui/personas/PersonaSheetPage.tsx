// The persona sheet page: a print-ready preview with paper size, print, PNG and PDF export.
import { useRef, useState } from 'react';
import { useTranslation } from '../../i18n';
import { routeHref } from '../../services/router';
import { downloadBlob, fileNameFor } from '../../io/file/download';
import {
  personaSheetPdf,
  personaSheetPng,
  type PaperSize,
} from '../../io/image/personaSheetExport';
import { catalogue } from '../../i18n';
import { avatarDataUrl } from '../export/avatarDataUrl';
import { PersonaMissing, useLibraryPersona } from './usePersona';
import { LanguageSelect } from '../LanguageSelect';
import { PersonaSheet } from './PersonaSheet';

/** The @page rule for the chosen paper: only this sheet prints, on one portrait page. */
const PAGE_RULE: Record<PaperSize, string> = {
  a4: '@page { size: A4 portrait; margin: 0; }',
  letter: '@page { size: letter portrait; margin: 0; }',
};

export function PersonaSheetPage({ personaId }: { personaId: string }) {
  const { t, i18n } = useTranslation();
  const { persona, loaded } = useLibraryPersona(personaId);
  const [paper, setPaper] = useState<PaperSize>('a4');
  const [status, setStatus] = useState<{ text: string; error: boolean } | null>(null);
  const [busy, setBusy] = useState(false);
  const sheetRef = useRef<HTMLElement>(null);

  if (!persona) return <PersonaMissing loaded={loaded} />;

  async function exportAs(kind: 'png' | 'pdf') {
    const sheet = sheetRef.current;
    if (!sheet || !persona) return;
    setBusy(true);
    setStatus({ text: t('personaSheet.exporting'), error: false });
    try {
      await document.fonts.ready;
      const blob =
        kind === 'png'
          ? await personaSheetPng(sheet)
          : await personaSheetPdf(persona, {
              paper,
              text: catalogue(i18n.language),
              avatar: await avatarDataUrl(persona),
              language: i18n.language,
            });
      const file = fileNameFor(persona.name || 'persona', `persona.${kind}`);
      downloadBlob(blob, file);
      setStatus({ text: t('personaSheet.exported', { file }), error: false });
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      setStatus({ text: t('personaSheet.exportFailed', { message }), error: true });
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="persona-sheet-page">
      <style>{PAGE_RULE[paper]}</style>
      <header className="library__header persona-sheet-page__toolbar">
        <a className="toolbar__brand" href={routeHref({ name: 'library', tab: 'personas' })}>
          {t('app.name')}
        </a>
        <a href={routeHref({ name: 'persona', id: persona.id })}>{t('personaSheet.back')}</a>
        <h1 className="persona-sheet-page__title">
          {t('personaSheet.title', { name: persona.name || t('canvas.untitled') })}
        </h1>
        <label className="persona-sheet-page__paper">
          {t('personaSheet.paper')}
          <select value={paper} onChange={(e) => setPaper(e.target.value as PaperSize)}>
            <option value="a4">{t('personaSheet.a4')}</option>
            <option value="letter">{t('personaSheet.letter')}</option>
          </select>
        </label>
        <button type="button" title={t('personaSheet.printHint')} onClick={() => window.print()}>
          {t('personaSheet.print')}
        </button>
        <button type="button" disabled={busy} onClick={() => void exportAs('png')}>
          {t('personaSheet.png')}
        </button>
        <button type="button" disabled={busy} onClick={() => void exportAs('pdf')}>
          {t('personaSheet.pdf')}
        </button>
        <LanguageSelect />
      </header>
      <p
        className={`persona-sheet-page__status${status?.error ? ' is-error' : ''}`}
        role={status?.error ? 'alert' : 'status'}
      >
        {status?.text}
      </p>
      <main className="persona-sheet-page__main">
        <PersonaSheet persona={persona} paper={paper} sheetRef={sheetRef} />
      </main>
    </div>
  );
}
