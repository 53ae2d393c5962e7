// The persona library: every persona on this device and the journeys that use it.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { routeHref } from '../../app/router';
import { useLibraryStore } from '../../store/libraryStore';

export function PersonasTab() {
  const { t } = useTranslation();
  const personas = useLibraryStore((s) => s.personas);
  const journeys = useLibraryStore((s) => s.journeys);
  const loaded = useLibraryStore((s) => s.loaded);
  const [name, setName] = useState('');

  function add(event: FormEvent) {
    event.preventDefault();
    if (!name.trim()) return;
    void useLibraryStore.getState().addPersona(name.trim());
    setName('');
  }

  return (
    <section className="library-section" aria-label={t('library.personasTab')}>
      <form className="library-section__tools" onSubmit={add}>
        <input
          aria-label={t('library.personaName')}
          placeholder={t('library.newPersona')}
          value={name}
          onChange={(e) => setName(e.target.value)}
        />
        <button type="submit" className="primary">
          {t('library.addPersona')}
        </button>
      </form>
      {loaded && personas.length === 0 && (
        <p className="empty-state">{t('library.personasEmpty')}</p>
      )}
      <ul className="persona-list" aria-label={t('library.personasTab')}>
        {personas.map((persona) => {
          const usedIn = journeys
            .filter((j) => j.personaIds.includes(persona.id))
            .map((j) => j.title);
          return (
            <li key={persona.id} className="persona-row">
              <span
                className="persona-row__avatar"
                style={{ background: persona.color }}
                aria-hidden="true"
              >
                {persona.name.slice(0, 1).toUpperCase()}
              </span>
              <div>
                <h2 className="persona-row__name">
                  <a
                    href={routeHref({ name: 'persona', id: persona.id })}
                    aria-label={t('persona.edit', { name: persona.name })}
                  >
                    {persona.name}
                  </a>
                </h2>
                <p className="persona-row__usage">
                  {usedIn.length > 0
                    ? t('library.usedIn', { journeys: usedIn.join(', ') })
                    : t('library.unused')}
                </p>
              </div>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
