// How much of the browser's storage quota Parcours uses, and whether it is protected from eviction.
import { useEffect, useState } from 'react';
import { useTranslation } from '../../i18n';
import { estimateStorage, type StorageEstimate } from '../../services/storage';
import { byteSize } from '../format';

export function StorageUsage({ refreshKey }: { refreshKey: unknown }) {
  const { t, i18n } = useTranslation();
  const [estimate, setEstimate] = useState<StorageEstimate | null>(null);
  useEffect(() => {
    let live = true;
    void estimateStorage().then((value) => {
      if (live) setEstimate(value);
    });
    return () => {
      live = false;
    };
  }, [refreshKey]);
  if (!estimate) return null;
  return (
    <p className="storage-usage">
      {t('library.storage', {
        used: byteSize(estimate.usage, i18n.language),
        quota: byteSize(estimate.quota, i18n.language),
      })}{' '}
      · {estimate.persisted ? t('library.storagePersisted') : t('library.storageNotPersisted')}
    </p>
  );
}
