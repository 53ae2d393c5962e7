// The library home page: journeys, personas and trash stored on this device.
import './library.css';
import { lazy, Suspense, useEffect } from 'react';
import { useTranslation } from '../../i18n';
import { routeHref, type LibraryTab } from '../../services/router';
import { useLibraryStore } from '../../store/libraryStore';
import { LanguageSelect } from '../LanguageSelect';
import { JourneysTab } from './JourneysTab';
import { StorageUsage } from './StorageUsage';
import { library } from '../../services/library';

// The journeys tab opens first; the other two load when first shown.
const PersonasTab = lazy(() => import('./PersonasTab').then((m) => ({ default: m.PersonasTab })));
const TrashTab = lazy(() => import('./TrashTab').then((m) => ({ default: m.TrashTab })));

const TABS: {
  tab: LibraryTab;
  label: 'library.journeysTab' | 'library.personasTab' | 'library.trashTab';
}[] = [
  { tab: 'journeys', label: 'library.journeysTab' },
  { tab: 'personas', label: 'library.personasTab' },
  { tab: 'trash', label: 'library.trashTab' },
];

export function LibraryPage({ tab }: { tab: LibraryTab }) {
  const { t } = useTranslation();
  const notices = useLibraryStore((s) => s.notices);
  const error = useLibraryStore((s) => s.error);
  const journeys = useLibraryStore((s) => s.journeys);

  useEffect(() => {
    void library.refresh();
  }, []);

  return (
    <div className="library">
      <header className="library__header">
        <span className="toolbar__brand">{t('app.name')}</span>
        <nav aria-label={t('library.sections')} className="library__tabs">
          {TABS.map((entry) => (
            <a
              key={entry.tab}
              href={routeHref({ name: 'library', tab: entry.tab })}
              aria-current={entry.tab === tab ? 'page' : undefined}
            >
              {t(entry.label)}
            </a>
          ))}
        </nav>
        <LanguageSelect />
      </header>
      <main className="library__main">
        {error && (
          <p role="alert" className="banner banner--danger">
            {t('library.loadFailed', { message: error })}
          </p>
        )}
        {notices.map((notice) => (
          <p role="alert" key={notice.recordId} className="banner banner--warning">
            {t('library.quarantined', { reason: notice.reason })}
          </p>
        ))}
        {tab === 'journeys' && <JourneysTab />}
        <Suspense fallback={null}>
          {tab === 'personas' && <PersonasTab />}
          {tab === 'trash' && <TrashTab />}
        </Suspense>
        <StorageUsage refreshKey={journeys} />
      </main>
    </div>
  );
}
