// The journeys tab: create (from a template), search, sort, import and list the journeys on this device.
import { lazy, Suspense, useMemo, useState } from 'react';
import { useTranslation } from '../../i18n';
import { useLibraryStore } from '../../store/libraryStore';
import { ImportButtons, ImportStatus } from './ImportTools';
import { JourneyTile } from './JourneyTile';
import { useImport } from './useImport';

// The picker carries every shipped template in both languages: it loads when first opened.
const NewJourneyDialog = lazy(() =>
  import('./NewJourneyDialog').then((module) => ({ default: module.NewJourneyDialog })),
);

type SortKey = 'edited' | 'title' | 'created';

export function JourneysTab() {
  const { t, i18n } = useTranslation();
  const journeys = useLibraryStore((s) => s.journeys);
  const personas = useLibraryStore((s) => s.personas);
  const loaded = useLibraryStore((s) => s.loaded);
  const [query, setQuery] = useState('');
  const [sort, setSort] = useState<SortKey>('edited');
  const [picking, setPicking] = useState(false);
  const importer = useImport();

  const shown = useMemo(() => {
    const needle = query.trim().toLocaleLowerCase(i18n.language);
    const matching = needle
      ? journeys.filter((j) => j.title.toLocaleLowerCase(i18n.language).includes(needle))
      : journeys;
    const sorted = [...matching];
    if (sort === 'title') sorted.sort((a, b) => a.title.localeCompare(b.title, i18n.language));
    else if (sort === 'created') sorted.sort((a, b) => b.createdAt.localeCompare(a.createdAt));
    else sorted.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
    return sorted;
  }, [journeys, query, sort, i18n.language]);

  return (
    <section className="library-section" aria-label={t('library.journeysTab')}>
      <div className="library-section__tools">
        <button
          type="button"
          className="primary"
          aria-haspopup="dialog"
          onClick={() => setPicking(true)}
        >
          {t('library.newJourney')}
        </button>
        <input
          type="search"
          className="library-search"
          aria-label={t('library.search')}
          placeholder={t('library.search')}
          value={query}
          onChange={(event) => setQuery(event.target.value)}
        />
        <label className="library-sort">
          <span>{t('library.sort')}</span>
          <select value={sort} onChange={(event) => setSort(event.target.value as SortKey)}>
            <option value="edited">{t('library.sortEdited')}</option>
            <option value="title">{t('library.sortTitle')}</option>
            <option value="created">{t('library.sortCreated')}</option>
          </select>
        </label>
        <ImportButtons importer={importer} />
      </div>
      <ImportStatus importer={importer} />
      {picking && (
        <Suspense fallback={null}>
          <NewJourneyDialog onClose={() => setPicking(false)} />
        </Suspense>
      )}
      {loaded && journeys.length === 0 && <p className="empty-state">{t('library.empty')}</p>}
      {journeys.length > 0 && shown.length === 0 && (
        <p className="empty-state">{t('library.noMatch', { query })}</p>
      )}
      <ul className="journey-grid" aria-label={t('library.journeysTab')}>
        {shown.map((journey) => (
          <JourneyTile key={journey.id} journey={journey} personas={personas} />
        ))}
      </ul>
    </section>
  );
}
