// The persona library: every persona on this device and the journeys that use it.
import { useState, type FormEvent } from 'react';
import { useTranslation } from '../../i18n';
import { navigate, routeHref } from '../../services/router';
import { currentLocale } from '../../i18n';
import { personaExamples } from '../../i18n/personaExamples';
import { useLibraryStore } from '../../store/libraryStore';
import { PersonaAvatarImage } from '../personas/PersonaAvatarImage';
import { library } from '../../services/library';

export function PersonasTab() {
  const { t } = useTranslation();
  const personas = useLibraryStore((s) => s.personas);
  const journeys = useLibraryStore((s) => s.journeys);
  const loaded = useLibraryStore((s) => s.loaded);
  const [name, setName] = useState('');
  const saved = useLibraryStore((s) => s.personaTemplates);
  const deleted = useLibraryStore((s) => s.deletedPersona);
  const examples = personaExamples(currentLocale());

  /** Creates a persona from an example or a saved template, then opens its sheet. */
  async function startFrom(choice: string) {
    const [source, key] = choice.split(':');
    const example = source === 'example' ? examples.find((e) => e.key === key) : undefined;
    const template = source === 'saved' ? saved.find((s) => s.id === key)?.persona : undefined;
    const fields = template ?? (example ? { ...example, customFields: [] } : undefined);
    if (!fields) return;
    const { key: _key, ...persona } = { key: '', ...fields };
    const id = await library.addPersonaFrom(persona);
    navigate({ name: 'persona', id });
  }

  function add(event: FormEvent) {
    event.preventDefault();
    if (!name.trim()) return;
    void library.addPersona(name.trim());
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
      {deleted && (
        <p role="status" className="banner banner--info">
          <span>
            {t('persona.deleted', {
              name: String((deleted.persona as { name?: unknown }).name ?? ''),
            })}
          </span>
          <button type="button" onClick={() => void library.undoDeletePersona()}>
            {t('library.undoDelete')}
          </button>
        </p>
      )}
      <ul className="persona-list" aria-label={t('library.personasTab')}>
        {personas.map((persona) => {
          const usedIn = journeys
            .filter((j) => j.personaIds.includes(persona.id))
            .map((j) => j.title);
          return (
            <li key={persona.id} className="persona-row">
              <PersonaAvatarImage persona={persona} size={44} />
              <div className="persona-row__body">
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
              <button
                type="button"
                className="danger"
                aria-label={t('persona.delete', { name: persona.name })}
                onClick={async () => {
                  // Counted in storage: the list on screen may not show a journey linked a moment ago.
                  const count = await library.countJourneysUsing(persona.id);
                  const ask = count > 0;
                  if (
                    !ask ||
                    window.confirm(t('persona.deleteConfirm', { name: persona.name, count }))
                  ) {
                    void library.deletePersona(persona.id);
                  }
                }}
              >
                {t('library.delete')}
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
