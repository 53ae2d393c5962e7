// The export dialog: Parcours file, PNG, SVG, PDF, PowerPoint, CSV, copy-image and a picture of the
// current view, with the stage, image and PDF options and a progress line. PNG, SVG and copy draw
// the map from the model (mapImage.ts); only the current view is captured from the page.
// Everything it exports is read from the store at click time; nothing here writes to the store.
import './exportDialog.css';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from '../../i18n';
import { APP_VERSION } from '../../services/version';
import { catalogue } from '../../i18n';
import { journeyCsvBlob, type CsvSeparator } from '../../io/csv/csvFile';
import { loadCsvSeparator, saveCsvSeparator } from '../../services/csvSeparator';
import { CsvSeparatorSelect } from './CsvSeparatorSelect';
import { downloadBlob, fileNameFor } from '../../io/file/download';
import { downloadJourney } from '../../io/file/exportFiles';
import { copyPng } from '../../io/image/exportImage';
import { mapPng, mapSvg, svgBlob, type MapPictureSource } from '../../io/image/mapImage';
import { clampScale, sheetSize, type ClampedScale } from '../../io/image/exportSize';
import { planPdfPages } from '../../io/pdf/pdfPlan';
import { journeyWithStages } from '../../model/stageFilter';
import { layoutJourney, type Id } from '../../model';
import { journeyStore, useJourney } from '../../store';
import { useLibraryStore } from '../../store/libraryStore';
import { DocumentOptions, type DocumentSettings } from './DocumentOptions';
import { mapPdf, mapPptx } from './documentExport';
import { ImageOptions, scaleLoweredKey, type ImageSettings } from './ImageOptions';
import { currentViewPng } from './currentView';
import { StageOptions } from './StageOptions';
import './exportDialog.css';
import { DialogCloseButton } from '../ModalDialog';
import { useModalDialog } from '../useModalDialog';

type Job = 'json' | 'png' | 'svg' | 'pdf' | 'pptx' | 'csv' | 'copy' | 'view';
type Message = { kind: 'done' | 'error'; text: string } | null;

export default function ExportDialog({ onClose }: { onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const dialog = useModalDialog();
  const open = useRef(true);
  const journey = useJourney((s) => s.journey);
  const libraryPersonas = useLibraryStore((s) => s.personas);
  const [settings, setSettings] = useState<ImageSettings>({ scale: 2, background: 'white' });
  /** null: the whole map; otherwise the chosen stages (for images, PDF and PowerPoint). */
  const [stageIds, setStageIds] = useState<Id[] | null>(null);
  const [documents, setDocuments] = useState<DocumentSettings>({ paper: 'a4', layout: 'onePage' });
  const [busy, setBusy] = useState<Job | null>(null);
  const [csvSeparator, setCsvSeparator] = useState<CsvSeparator>(() =>
    loadCsvSeparator(i18n.language),
  );
  const [message, setMessage] = useState<Message>(null);

  useEffect(() => {
    open.current = true;
    return () => {
      open.current = false;
    };
  }, []);

  const size = useMemo(() => {
    const part = journeyWithStages(journey, stageIds);
    return clampScale(sheetSize(layoutJourney(part)), settings.scale);
  }, [journey, stageIds, settings.scale]);
  const noStage = stageIds !== null && stageIds.length === 0;
  const pageCount = useMemo(
    () =>
      noStage
        ? 0
        : planPdfPages({
            journey,
            layout: documents.layout,
            stageIds,
            personaIds: new Set(libraryPersonas.map((p) => p.id)),
          }).length,
    [journey, documents.layout, stageIds, libraryPersonas, noStage],
  );

  /** The chosen part of the map, as the picture exports draw it. */
  function pictureSource(): MapPictureSource {
    return {
      journey: journeyWithStages(journeyStore.getState().journey, stageIds),
      personas: useLibraryStore.getState().personas,
      background: settings.background,
      text: catalogue(i18n.language),
    };
  }

  /** "… downloaded.", and the lowered scale when the map was too large for the chosen one. */
  function downloaded(file: string, size: ClampedScale) {
    const done = t('export.downloaded', { file });
    return size.lowered
      ? `${done} ${t(scaleLoweredKey(size), { requested: settings.scale, scale: size.scale })}`
      : done;
  }

  async function run(job: Job) {
    const { journey: doc } = journeyStore.getState();
    const personas = useLibraryStore.getState().personas;
    setMessage(null);
    setBusy(job);
    try {
      let done = '';
      if (job === 'json') {
        downloadJourney(doc, personas, APP_VERSION);
        done = t('export.downloaded', { file: fileNameFor(doc.title, 'parcours.json') });
      } else if (job === 'csv') {
        const file = fileNameFor(doc.title, 'csv');
        downloadBlob(journeyCsvBlob(doc, personas, csvSeparator), file);
        done = t('export.downloaded', { file });
      } else if (job === 'png') {
        const png = await mapPng(pictureSource(), settings.scale);
        const file = fileNameFor(doc.title, 'png');
        if (open.current) downloadBlob(png.blob, file);
        done = downloaded(file, png.size);
      } else if (job === 'svg') {
        const { svg } = await mapSvg(pictureSource());
        const file = fileNameFor(doc.title, 'svg');
        if (open.current) downloadBlob(svgBlob(svg), file);
        done = t('export.downloaded', { file });
      } else if (job === 'view') {
        const blob = await currentViewPng(settings.scale, settings.background);
        const file = fileNameFor(doc.title, 'png');
        if (open.current) downloadBlob(blob, file);
        done = t('export.downloaded', { file });
      } else if (job === 'pdf' || job === 'pptx') {
        const source = { journey: doc, personas, text: catalogue(i18n.language), stageIds };
        const blob =
          job === 'pdf' ? await mapPdf(source, documents) : await mapPptx(source, i18n.language);
        const file = fileNameFor(doc.title, job);
        if (open.current) downloadBlob(blob, file);
        done = t('export.downloaded', { file });
      } else {
        // The clipboard call must start inside the click, before anything is awaited.
        const png = mapPng(pictureSource(), settings.scale).then(({ blob }) => blob);
        const outcome = await copyPng(png);
        if (outcome !== 'copied') {
          setMessage({
            kind: 'error',
            text: t(outcome === 'refused' ? 'export.copyRefused' : 'export.copyUnsupported'),
          });
          return;
        }
        done = t('export.copied');
      }
      setMessage({ kind: 'done', text: done });
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      setMessage({ kind: 'error', text: t('export.failed', { message: reason }) });
    } finally {
      setBusy(null);
    }
  }

  /** `map`: the format draws the chosen stages, so it needs at least one. */
  const formats: { job: Job; map: boolean }[] = [
    { job: 'json', map: false },
    { job: 'png', map: true },
    { job: 'svg', map: true },
    { job: 'pdf', map: true },
    { job: 'pptx', map: true },
    { job: 'csv', map: false },
    { job: 'copy', map: true },
    { job: 'view', map: false },
  ];

  return (
    <dialog
      ref={dialog}
      className="dialog export-dialog"
      aria-labelledby="export-title"
      aria-busy={busy !== null}
      onClose={onClose}
    >
      <h2 id="export-title">{t('export.title')}</h2>
      <StageOptions
        stageIds={stageIds}
        onChange={setStageIds}
        stages={journey.stages}
        disabled={busy !== null}
      />
      <div className="export-dialog__options">
        <ImageOptions
          settings={settings}
          onChange={setSettings}
          size={size}
          noStage={noStage}
          disabled={busy !== null}
        />
        <DocumentOptions
          settings={documents}
          onChange={setDocuments}
          pageCount={pageCount}
          disabled={busy !== null}
        />
      </div>
      <ul className="export-formats" aria-label={t('export.formats')}>
        {formats.map(({ job, map }) => (
          <li key={job}>
            <button
              type="button"
              className="export-formats__button"
              disabled={busy !== null || (map && noStage)}
              aria-describedby={`export-hint-${job}`}
              onClick={() => void run(job)}
            >
              {t(`export.${job}`)}
            </button>
            <span id={`export-hint-${job}`} className="export-formats__hint">
              {t(`export.${job}Hint`)}
            </span>
            {job === 'csv' && (
              <CsvSeparatorSelect
                value={csvSeparator}
                disabled={busy !== null}
                onChange={(separator) => {
                  setCsvSeparator(separator);
                  saveCsvSeparator(separator);
                }}
              />
            )}
          </li>
        ))}
      </ul>
      {busy !== null && (
        <div className="export-progress" role="progressbar" aria-label={t('export.progress')}>
          <span className="export-progress__spinner" aria-hidden="true" />
          {t('export.progress')}
        </div>
      )}
      {message && (
        <p
          className={`export-message export-message--${message.kind}`}
          role={message.kind === 'error' ? 'alert' : 'status'}
        >
          {message.text}
        </p>
      )}
      <DialogCloseButton label={t('export.close')} />
    </dialog>
  );
}
