// The export dialog: Parcours file, PNG, SVG, CSV and copy-image, with image options and progress.
// Everything it exports is read from the store at click time; nothing here writes to the store.
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { APP_VERSION } from '../../app/version';
import { catalogue } from '../../i18n';
import { journeyCsvBlob } from '../../io/csvFile';
import { downloadBlob, fileNameFor } from '../../io/download';
import { downloadJourney } from '../../io/exportFiles';
import { capturePng, captureSvg, copyPng, svgBlob } from '../../io/exportImage';
import { clampScale, sheetSize } from '../../io/exportSize';
import { journeyWithStages } from '../../io/stageFilter';
import { layoutJourney } from '../../model';
import { journeyStore, useJourney } from '../../store';
import { useLibraryStore } from '../../store/libraryStore';
import { ImageOptions, type ImageSettings } from './ImageOptions';
import { renderSheet } from './renderSheet';

type Job = 'json' | 'png' | 'svg' | 'csv' | 'copy';
type Message = { kind: 'done' | 'error'; text: string } | null;

export default function ExportDialog({ onClose }: { onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const dialog = useRef<HTMLDialogElement>(null);
  const open = useRef(true);
  const journey = useJourney((s) => s.journey);
  const [settings, setSettings] = useState<ImageSettings>({
    scale: 2,
    background: 'white',
    stageIds: null,
  });
  const [busy, setBusy] = useState<Job | null>(null);
  const [message, setMessage] = useState<Message>(null);

  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
    open.current = true;
    return () => {
      open.current = false;
    };
  }, []);

  const size = useMemo(() => {
    const part = journeyWithStages(journey, settings.stageIds);
    return clampScale(sheetSize(layoutJourney(part)), settings.scale);
  }, [journey, settings.stageIds, settings.scale]);
  const noStage = settings.stageIds !== null && settings.stageIds.length === 0;

  /** Draws the chosen part of the map off-screen and captures it; always cleans up. */
  async function capture<T>(run: (element: HTMLElement, scale: number) => Promise<T>) {
    const current = journeyWithStages(journeyStore.getState().journey, settings.stageIds);
    const personas = useLibraryStore.getState().personas;
    const clamped = clampScale(sheetSize(layoutJourney(current)), settings.scale);
    const sheet = await renderSheet({
      journey: current,
      personas,
      background: settings.background,
      text: catalogue(i18n.language),
    });
    try {
      return await run(sheet.element, clamped.scale);
    } finally {
      sheet.dispose();
    }
  }

  const imageOptions = (element: HTMLElement, scale: number) => ({
    width: element.offsetWidth,
    height: element.offsetHeight,
    scale,
    background: settings.background,
  });

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
        downloadBlob(journeyCsvBlob(doc, personas), file);
        done = t('export.downloaded', { file });
      } else if (job === 'png') {
        const blob = await capture((el, scale) => capturePng(el, imageOptions(el, scale)));
        const file = fileNameFor(doc.title, 'png');
        if (open.current) downloadBlob(blob, file);
        done = t('export.downloaded', { file });
      } else if (job === 'svg') {
        const svg = await capture((el, scale) => captureSvg(el, imageOptions(el, scale)));
        const file = fileNameFor(doc.title, 'svg');
        if (open.current) downloadBlob(svgBlob(svg), file);
        done = t('export.downloaded', { file });
      } else {
        // The clipboard call must start inside the click, before anything is awaited.
        const png = capture((el, scale) => capturePng(el, imageOptions(el, scale)));
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

  const formats: { job: Job; image: boolean }[] = [
    { job: 'json', image: false },
    { job: 'png', image: true },
    { job: 'svg', image: true },
    { job: 'csv', image: false },
    { job: 'copy', image: true },
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
      <ImageOptions
        settings={settings}
        onChange={setSettings}
        stages={journey.stages}
        size={size}
        disabled={busy !== null}
      />
      <ul className="export-formats" aria-label={t('export.formats')}>
        {formats.map(({ job, image }) => (
          <li key={job}>
            <button
              type="button"
              className="export-formats__button"
              disabled={busy !== null || (image && noStage)}
              aria-describedby={`export-hint-${job}`}
              onClick={() => void run(job)}
            >
              {t(`export.${job}`)}
            </button>
            <span id={`export-hint-${job}`} className="export-formats__hint">
              {t(`export.${job}Hint`)}
            </span>
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
      <form method="dialog">
        <button type="submit" className="primary">
          {t('export.close')}
        </button>
      </form>
    </dialog>
  );
}
