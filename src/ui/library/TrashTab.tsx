// The trash: deleted journeys, which can be restored or deleted for good.
import { useTranslation } from '../../i18n';
import { useLibraryStore } from '../../store/libraryStore';
import { relativeTime } from '../format';
import { library } from '../../services/library';

export function TrashTab() {
  const { t, i18n } = useTranslation();
  const trash = useLibraryStore((s) => s.trash);
  const loaded = useLibraryStore((s) => s.loaded);
  const { restoreJourney, deleteForever } = library;

  return (
    <section className="library-section" aria-label={t('library.trashTab')}>
      {loaded && trash.length === 0 && <p className="empty-state">{t('library.trashEmpty')}</p>}
      <ul className="trash-list" aria-label={t('library.trashTab')}>
        {trash.map((item) => {
          const title = item.title || t('canvas.untitled');
          return (
            <li key={item.id} className="trash-row">
              <div>
                <h2 className="trash-row__title">{title}</h2>
                <p className="trash-row__meta">
                  {t('library.deletedAt', { when: relativeTime(item.deletedAt, i18n.language) })}
                </p>
              </div>
              <div
                className="trash-row__actions"
                role="group"
                aria-label={t('library.journeyActions', { title })}
              >
                <button type="button" onClick={() => void restoreJourney(item.id)}>
                  {t('library.restore')}
                </button>
                <button
                  type="button"
                  className="danger"
                  onClick={() => void deleteForever(item.id)}
                >
                  {t('library.deleteForever')}
                </button>
              </div>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
