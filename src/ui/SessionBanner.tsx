// Banners about the open journey's storage: read-only in this tab, outdated app, failed save.
import { useTranslation } from '../i18n';
import { APP_VERSION } from '../services/version';
import { downloadJourney } from '../io/file/exportFiles';
import { journeyStore } from '../store';
import { useLibraryStore } from '../store/libraryStore';
import { useSessionStore } from '../store/sessionStore';

function downloadCopy() {
  downloadJourney(
    journeyStore.getState().journey,
    useLibraryStore.getState().personas,
    APP_VERSION,
  );
}

export function SessionBanner() {
  const { t } = useTranslation();
  const mode = useSessionStore((s) => s.mode);
  const save = useSessionStore((s) => s.save);
  const session = useSessionStore((s) => s.controls);

  if (mode.kind === 'readOnly') {
    return (
      <div role="alert" className="banner banner--info">
        <span>{t('session.readOnly')}</span>
        <button type="button" onClick={() => void session?.takeOver()}>
          {t('session.takeOver')}
        </button>
      </div>
    );
  }
  if (mode.kind === 'outdated' && mode.cause === 'deleted') {
    const storeAgain = async () => {
      await session?.storeAgain(useLibraryStore.getState().personas);
      window.location.reload();
    };
    return (
      <div role="alert" className="banner banner--danger">
        <span>
          <strong>{t('session.deletedTitle')}</strong> {t('session.deleted')}
        </span>
        <button type="button" onClick={() => void storeAgain()}>
          {t('session.storeAgain')}
        </button>
        <button type="button" onClick={downloadCopy}>
          {t('session.downloadCopy')}
        </button>
      </div>
    );
  }
  if (mode.kind === 'outdated') {
    return (
      <div role="alert" className="banner banner--warning">
        <span>{t('session.outdated')}</span>
        <button type="button" onClick={() => window.location.reload()}>
          {t('session.reload')}
        </button>
        <button type="button" onClick={downloadCopy}>
          {t('session.downloadCopy')}
        </button>
      </div>
    );
  }
  if (save.state === 'failed') {
    const cause =
      save.errorName === 'QuotaExceededError'
        ? t('session.failedQuota')
        : save.errorName === 'DatabaseClosedError'
          ? t('session.failedClosed')
          : t('session.failedOther', { message: save.message });
    return (
      <div role="alert" className="banner banner--danger">
        <span>
          <strong>{t('session.failedTitle')}</strong> {cause} {t('session.failedKept')}
        </span>
        <button type="button" onClick={downloadCopy}>
          {t('session.downloadCopy')}
        </button>
        <button type="button" onClick={() => void session?.flush()}>
          {t('session.retry')}
        </button>
      </div>
    );
  }
  return null;
}
