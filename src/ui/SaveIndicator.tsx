// A discreet indicator of the open journey's save state: saved, unsaved, saving or failed, or, in a
// participant's editor, kept by the live room rather than on this device.
import { useTranslation } from '../i18n';
import { useSessionStore } from '../store/sessionStore';

export function SaveIndicator() {
  const { t } = useTranslation();
  const save = useSessionStore((s) => s.save);
  const label =
    save.state === 'saved'
      ? t('session.saved')
      : save.state === 'saving'
        ? t('session.saving')
        : save.state === 'pending'
          ? t('session.pending')
          : save.state === 'live'
            ? t('session.inLiveRoom')
            : t('session.failed');
  return (
    <span
      className={`save-indicator save-indicator--${save.state}`}
      role="status"
      aria-live="polite"
    >
      {label}
    </span>
  );
}
