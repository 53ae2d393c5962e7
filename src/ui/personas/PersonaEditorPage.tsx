// The persona editor: the standard persona sheet, filled in field by field, saved as you type.
import './personaEditor.css';
import { useState, type ChangeEvent } from 'react';
import { useTranslation } from '../../i18n';
import { routeHref } from '../../services/router';
import { prepareAvatar } from '../../io/image/avatar';
import {
  CHANNELS,
  editPersona,
  linesToList,
  type Channel,
  type Persona,
  type PersonaFields,
} from '../../model';
import { LanguageSelect } from '../LanguageSelect';
import { CustomFieldsEditor } from './CustomFieldsEditor';
import { PersonaAvatarImage } from './PersonaAvatarImage';
import { PersonaJourneyLinks } from './PersonaJourneyLinks';
import { PersonaMissing, useLibraryPersona } from './usePersona';
import { library } from '../../services/library';

type ListKey = 'goals' | 'frustrations' | 'motivations' | 'behaviours';
const LISTS: ListKey[] = ['goals', 'frustrations', 'motivations', 'behaviours'];

export function PersonaEditorPage({ personaId }: { personaId: string }) {
  const { t } = useTranslation();
  const { persona, loaded } = useLibraryPersona(personaId);
  const [avatarError, setAvatarError] = useState<string | null>(null);
  const [templateSaved, setTemplateSaved] = useState(false);

  if (!persona) return <PersonaMissing loaded={loaded} />;

  const set = (fields: PersonaFields) =>
    library.changePersona(persona.id, (p) => editPersona(p, fields));
  const text = (key: 'name' | 'role' | 'location' | 'quote' | 'bio') => ({
    value: persona[key],
    onChange: (event: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) =>
      set({ [key]: event.target.value }),
  });
  const editedId = persona.id;

  async function uploadAvatar(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    const result = await prepareAvatar(file);
    if (!result.ok) {
      setAvatarError(t(`persona.avatarError.${result.reason}`));
      return;
    }
    setAvatarError(null);
    await library.replaceAvatar(editedId, result.blob);
  }

  return (
    <div className="library persona-editor">
      <header className="library__header">
        <a className="toolbar__brand" href={routeHref({ name: 'library', tab: 'personas' })}>
          {t('app.name')}
        </a>
        <span className="persona-editor__crumb">{t('library.personasTab')}</span>
        <LanguageSelect />
      </header>
      <main className="library__main persona-editor__main">
        <h1 className="persona-editor__title">{persona.name || t('canvas.untitled')}</h1>
        <section className="persona-sheet-form" aria-label={t('persona.identity')}>
          <div className="persona-editor__avatar">
            <PersonaAvatarImage persona={persona} size={112} />
            <label className="file-button">
              {t('persona.uploadAvatar')}
              <input type="file" accept="image/*" onChange={(e) => void uploadAvatar(e)} />
            </label>
            {persona.avatarImageId && (
              <button type="button" onClick={() => void library.replaceAvatar(persona.id, null)}>
                {t('persona.useInitials')}
              </button>
            )}
            {avatarError && (
              <p role="alert" className="field-error">
                {avatarError}
              </p>
            )}
          </div>
          <div className="persona-editor__grid">
            <label>
              {t('persona.name')}
              <input {...text('name')} />
            </label>
            <label>
              {t('persona.age')}
              <input
                type="number"
                min={0}
                max={150}
                value={persona.age ?? ''}
                onChange={(e) => {
                  const age = e.target.value === '' ? null : Math.round(Number(e.target.value));
                  if (age === null || (age >= 0 && age <= 150)) set({ age });
                }}
              />
            </label>
            <label>
              {t('persona.role')}
              <input {...text('role')} />
            </label>
            <label>
              {t('persona.location')}
              <input {...text('location')} />
            </label>
            <label className="persona-editor__wide">
              {t('persona.quote')}
              <input {...text('quote')} />
            </label>
            <label className="persona-editor__wide">
              {t('persona.bio')}
              <textarea rows={4} {...text('bio')} />
            </label>
          </div>
        </section>
        <section className="persona-sheet-form" aria-label={t('persona.needs')}>
          <div className="persona-editor__grid">
            {LISTS.map((key) => (
              <ListField
                key={key}
                label={t(`persona.${key}`)}
                hint={t('persona.onePerLine')}
                persona={persona}
                field={key}
              />
            ))}
          </div>
        </section>
        <section className="persona-sheet-form" aria-label={t('persona.habits')}>
          <fieldset className="persona-editor__channels">
            <legend>{t('persona.preferredChannels')}</legend>
            {CHANNELS.map((channel) => (
              <label key={channel} className="check">
                <input
                  type="checkbox"
                  checked={persona.preferredChannels.includes(channel)}
                  onChange={(e) =>
                    set({
                      preferredChannels: toggle(
                        persona.preferredChannels,
                        channel,
                        e.target.checked,
                      ),
                    })
                  }
                />
                {t(`channels.${channel}`)}
              </label>
            ))}
          </fieldset>
          <div className="persona-editor__grid">
            <label>
              {t('persona.techSavviness')}
              <select
                value={persona.techSavviness ?? ''}
                onChange={(e) =>
                  set({ techSavviness: e.target.value === '' ? null : Number(e.target.value) })
                }
              >
                <option value="">{t('persona.unknown')}</option>
                {[1, 2, 3, 4, 5].map((level) => (
                  <option key={level} value={level}>
                    {t(`persona.savviness.${level as 1 | 2 | 3 | 4 | 5}`)}
                  </option>
                ))}
              </select>
            </label>
            <label>
              {t('persona.tags')}
              <TagsInput persona={persona} onChange={(tags) => set({ tags })} />
            </label>
            <label>
              {t('persona.color')}
              <input
                type="color"
                value={persona.color}
                onChange={(e) => set({ color: e.target.value })}
              />
            </label>
          </div>
        </section>
        <CustomFieldsEditor persona={persona} />
        <div className="persona-editor__actions">
          <a
            className="persona-editor__sheet-link"
            href={routeHref({ name: 'personaSheet', id: persona.id })}
          >
            {t('personaSheet.open')}
          </a>
          <button
            type="button"
            onClick={() => {
              void library.savePersonaAsTemplate(persona.id);
              setTemplateSaved(true);
            }}
          >
            {t('persona.saveAsTemplate')}
          </button>
          {templateSaved && <span role="status">{t('persona.templateSaved')}</span>}
        </div>
        <PersonaJourneyLinks persona={persona} />
      </main>
    </div>
  );
}

function toggle(channels: Channel[], channel: Channel, on: boolean): Channel[] {
  return on
    ? [...channels.filter((c) => c !== channel), channel]
    : channels.filter((c) => c !== channel);
}

/** A list typed one item per line; blank lines are dropped when stored. */
function ListField({
  label,
  hint,
  persona,
  field,
}: {
  label: string;
  hint: string;
  persona: Persona;
  field: ListKey;
}) {
  const [draft, setDraft] = useState(persona[field].join('\n'));
  return (
    <label>
      {label}
      <textarea
        rows={4}
        value={draft}
        placeholder={hint}
        onChange={(e) => {
          setDraft(e.target.value);
          library.changePersona(persona.id, (p) =>
            editPersona(p, { [field]: linesToList(e.target.value) }),
          );
        }}
      />
    </label>
  );
}

function TagsInput({
  persona,
  onChange,
}: {
  persona: Persona;
  onChange: (tags: string[]) => void;
}) {
  const [draft, setDraft] = useState(persona.tags.join(', '));
  return (
    <input
      value={draft}
      onChange={(e) => {
        setDraft(e.target.value);
        onChange(
          e.target.value
            .split(',')
            .map((tag) => tag.trim())
            .filter(Boolean),
        );
      }}
    />
  );
}
