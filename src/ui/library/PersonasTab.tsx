// The persona library: every persona on this device and the journeys that use it.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { navigate, routeHref } from '../../app/router';
import { currentLocale } from '../../i18n';
import { personaExamples } from '../../i18n/personaExamples';
import { useLibraryStore } from '../../store/libraryStore';

export function PersonasTab() {
  const { t } = useTranslation();
  const personas = useLibraryStore((s) => s.personas);
  const journeys = useLibraryStore((s) => s.journeys);
  const loaded = useLibraryStore((s) => s.loaded);
  const [name, setName] = useState('');
  const saved = useLibraryStore((s) => s.personaTemplates);
  const examples = personaExamples(currentLocale());

  /** Creates a persona from an example or a saved template, then opens its sheet. */
  async function startFrom(choice: string) {
    const [source, key] = choice.split(':');
    const example = source === 'example' ? examples.find((e) => e.key === key) : undefined;
    const template = source === 'saved' ? saved.find((s) => s.id === key)?.persona : undefined;
    const fields = template ?? (example ? { ...example, customFields: [] } : undefined);
    if (!fields) return;
    const { key: _key, ...persona } = { key: '', ...fields };
    const id = await useLibraryStore.getState().addPersonaFrom(persona);
    navigate({ name: 'persona', id });
  }

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
        <select
          aria-label={t('persona.fromTemplate')}
          value=""
          onChange={(event) => void startFrom(event.target.value)}
        >
          <option value="">{t('persona.fromTemplate')}</option>
          <optgroup label={t('persona.examples')}>
            {examples.map((example) => (
              <option key={example.key} value={`example:${example.key}`}>
                {example.name}
              </option>
            ))}
          </optgroup>
          {saved.length > 0 && (
            <optgroup label={t('persona.myTemplates')}>
              {saved.map((template) => (
                <option key={template.id} value={`saved:${template.id}`}>
                  {template.persona.name}
                </option>
              ))}
            </optgroup>
          )}
        </select>
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
