// The journey's personas above the map: who walks this journey, each with its curve colour.
// Link one from the library or create one inline; pick the persona new emotion points belong to.
import './personaStrip.css';
import { useState, type FormEvent } from 'react';
import { useTranslation } from '../i18n';
import { actions, useJourney, useUiStore } from '../store';
import { useLibraryStore } from '../store/libraryStore';
import { PersonaAvatarImage } from './personas/PersonaAvatarImage';
import { library } from '../services/library';

export function PersonaStrip() {
  const { t } = useTranslation();
  const personaIds = useJourney((s) => s.journey.personaIds);
  const readOnly = useJourney((s) => s.readOnly);
  const allPersonas = useLibraryStore((s) => s.personas);
  const activeId = useUiStore((s) => s.activePersonaId);
  const setActive = useUiStore((s) => s.setActivePersona);
  const [name, setName] = useState('');

  const linked = personaIds.flatMap((id) => allPersonas.filter((p) => p.id === id));
  const unlinked = allPersonas.filter((p) => !personaIds.includes(p.id));
  const active = activeId && personaIds.includes(activeId) ? activeId : personaIds[0];

  async function create(event: FormEvent) {
    event.preventDefault();
    if (!name.trim()) return;
    const id = await library.addPersona(name.trim());
    actions.linkPersona(id);
    setActive(id);
    setName('');
  }

  return (
    <section className="persona-strip" aria-label={t('personaStrip.label')}>
      {linked.length === 0 && (
        <span className="persona-strip__empty">{t('personaStrip.empty')}</span>
      )}
      <ul className="persona-strip__list">
        {linked.map((persona) => (
          <li
            key={persona.id}
            className={`persona-chip${persona.id === active ? ' persona-chip--active' : ''}`}
          >
            <button
              type="button"
              className="persona-chip__main"
              aria-pressed={persona.id === active}
              aria-label={t('personaStrip.choose', { name: persona.name })}
              title={t('personaStrip.chooseHint')}
              onClick={() => setActive(persona.id)}
            >
              <PersonaAvatarImage persona={persona} size={40} />
              <span className="persona-chip__text">
                <span className="persona-chip__name">
                  <span
                    className="persona-chip__swatch"
                    style={{ background: persona.color }}
                    aria-hidden="true"
                  />
                  {persona.name}
                </span>
                {persona.role && <span className="persona-chip__role">{persona.role}</span>}
                {persona.quote && <q className="persona-chip__quote">{persona.quote}</q>}
              </span>
            </button>
            {!readOnly && (
              <button
                type="button"
                className="persona-chip__unlink"
                aria-label={t('personaStrip.unlink', { name: persona.name })}
                title={t('personaStrip.unlinkHint')}
                onClick={() => actions.unlinkPersona(persona.id)}
              >
                ×
              </button>
            )}
          </li>
        ))}
      </ul>
      {!readOnly && (
        <div className="persona-strip__tools">
          {unlinked.length > 0 && (
            <select
              aria-label={t('personaStrip.link')}
              value=""
              onChange={(event) => {
                if (event.target.value) actions.linkPersona(event.target.value);
              }}
            >
              <option value="">{t('personaStrip.link')}</option>
              {unlinked.map((persona) => (
                <option key={persona.id} value={persona.id}>
                  {persona.name}
                </option>
              ))}
            </select>
          )}
          <form onSubmit={(event) => void create(event)} className="persona-strip__create">
            <input
              aria-label={t('personaStrip.newName')}
              placeholder={t('personaStrip.newName')}
              value={name}
              onChange={(event) => setName(event.target.value)}
            />
            <button type="submit">{t('personaStrip.create')}</button>
          </form>
        </div>
      )}
    </section>
  );
}
