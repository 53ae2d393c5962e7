// Registers the offline service worker and offers a reload when a new version of Parcours is ready.
import { useTranslation } from '../i18n';
import { useRegisterSW } from 'virtual:pwa-register/react';

export function UpdatePrompt() {
  const { t } = useTranslation();
  const {
    needRefresh: [needRefresh, setNeedRefresh],
    updateServiceWorker,
  } = useRegisterSW();
  if (!needRefresh) return null;
  return (
    <div role="alert" className="update-prompt">
      <span>{t('offline.updateReady')}</span>
      <button type="button" onClick={() => void updateServiceWorker(true)}>
        {t('offline.reload')}
      </button>
      <button type="button" onClick={() => setNeedRefresh(false)}>
        {t('offline.later')}
      </button>
    </div>
  );
}
