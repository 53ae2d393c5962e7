// One journey in the library: preview, title, personas, last edit, and its actions.
import { useState, type FormEvent } from 'react';
import { useTranslation } from '../../i18n';
import { routeHref } from '../../services/router';
import { APP_VERSION } from '../../services/version';
import { downloadJourney } from '../../io/file/exportFiles';
import type { Journey, Persona } from '../../model';
import { relativeTime } from '../format';
import { JourneyThumbnail } from './JourneyThumbnail';
import { library } from '../../services/library';

export function JourneyTile({ journey, personas }: { journey: Journey; personas: Persona[] }) {
  const { t, i18n } = useTranslation();
  const [renaming, setRenaming] = useState(false);
  const [draft, setDraft] = useState(journey.title);
  const [savedAs, setSavedAs] = useState<string | null>(null);
  const { renameJourney, duplicateJourney, trashJourney, saveJourneyAsTemplate } = library;
  const title = journey.title || t('canvas.untitled');
  const linked = personas.filter((p) => journey.personaIds.includes(p.id)).map((p) => p.name);

  function submitRename(event: FormEvent) {
    event.preventDefault();
    setRenaming(false);
    if (draft.trim() && draft !== journey.title) void renameJourney(journey.id, draft.trim());
  }

  return (
    <li className="journey-tile">
      <a
        className="journey-tile__open"
        href={routeHref({ name: 'journey', id: journey.id })}
        aria-label={t('library.open', { title })}
      >
        <JourneyThumbnail journey={journey} label={t('library.thumbnail', { title })} />
      </a>
      <div className="journey-tile__body">
        {renaming ? (
          <form onSubmit={submitRename} className="journey-tile__rename">
            <input
              autoFocus
              aria-label={t('library.renameField', { title })}
              value={draft}
              onChange={(event) => setDraft(event.target.value)}
              onKeyDown={(event) => {
                if (event.key === 'Escape') setRenaming(false);
              }}
            />
            <button type="submit">{t('library.save')}</button>
            <button type="button" onClick={() => setRenaming(false)}>
              {t('library.cancel')}
            </button>
          </form>
        ) : (
          <h2 className="journey-tile__title">
            <a href={routeHref({ name: 'journey', id: journey.id })}>{title}</a>
          </h2>
        )}
        <p className="journey-tile__meta">
          {t('library.edited', { when: relativeTime(journey.updatedAt, i18n.language) })} ·{' '}
          {t('library.stats', {
            stages: journey.stages.length,
            cards: Object.keys(journey.cards).length,
          })}
        </p>
        <p className="journey-tile__personas">
          {linked.length > 0 ? linked.join(', ') : t('library.personasNone')}
        </p>
        <div
          className="journey-tile__actions"
          role="group"
          aria-label={t('library.journeyActions', { title })}
        >
          <button
            type="button"
            onClick={() => {
              setDraft(journey.title);
              setRenaming(true);
            }}
          >
            {t('library.rename')}
          </button>
          <button
            type="button"
            onClick={() => void duplicateJourney(journey.id, t('library.copyTitle', { title }))}
          >
            {t('library.duplicate')}
          </button>
          <button
            type="button"
            aria-label={t('io.exportJourney', { title })}
            title={t('io.exportHint')}
            onClick={() => downloadJourney(journey, personas, APP_VERSION)}
          >
            {t('io.export')}
          </button>
          <button
            type="button"
            aria-label={t('templates.saveAsTemplateLabel', { title })}
            title={t('templates.saveAsTemplateHint')}
            onClick={() =>
              void saveJourneyAsTemplate(journey.id).then((saved) => {
                if (saved) setSavedAs(saved.name || title);
              })
            }
          >
            {t('templates.saveAsTemplate')}
          </button>
          <button type="button" className="danger" onClick={() => void trashJourney(journey.id)}>
            {t('library.delete')}
          </button>
        </div>
        {savedAs !== null && (
          <p className="journey-tile__meta" role="status">
            {t('templates.saved', { name: savedAs })}
          </p>
        )}
      </div>
    </li>
  );
}
