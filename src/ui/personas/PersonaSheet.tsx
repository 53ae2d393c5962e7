// The printable persona sheet: one designed page (A4 or Letter, portrait) in the persona's colour.
// Every text is a React text node (never HTML); long texts are capped or clamped so nothing overflows.
import './personaSheet.css';
import type { CSSProperties, Ref } from 'react';
import { useTranslation } from '../../i18n';
import type { PaperSize } from '../../io/image/personaSheetExport';
import type { Persona } from '../../model';
import { PersonaAvatarImage } from './PersonaAvatarImage';

type ListKey = 'goals' | 'frustrations' | 'motivations' | 'behaviours';
const LISTS: ListKey[] = ['goals', 'frustrations', 'motivations', 'behaviours'];

/** How many entries each block shows before "+ N more": what fits on the page, at two lines each. */
const MAX_LIST_ITEMS: Record<PaperSize, number> = { a4: 5, letter: 4 };
const MAX_TAGS = 6;
const MAX_CUSTOM_FIELDS = 4;

export function PersonaSheet({
  persona,
  paper,
  sheetRef,
}: {
  persona: Persona;
  paper: PaperSize;
  sheetRef?: Ref<HTMLElement>;
}) {
  const { t } = useTranslation();
  const meta = [
    persona.age !== null ? t('personaSheet.age', { age: persona.age }) : '',
    persona.location.trim(),
  ].filter(Boolean);
  const fields = persona.customFields.filter((f) => f.label.trim() || f.value.trim());
  const style = { '--persona': persona.color } as CSSProperties;
  const maxItems = MAX_LIST_ITEMS[paper];

  return (
    <article
      ref={sheetRef}
      className={`persona-handout persona-handout--${paper}`}
      style={style}
      aria-label={t('personaSheet.preview')}
    >
      <header className="persona-handout__header">
        <PersonaAvatarImage persona={persona} size={92} />
        <div className="persona-handout__identity">
          <h2 className="persona-handout__name">{persona.name || t('canvas.untitled')}</h2>
          {persona.role.trim() && <p className="persona-handout__role">{persona.role}</p>}
          {meta.length > 0 && <p className="persona-handout__meta">{meta.join(' · ')}</p>}
          {persona.tags.length > 0 && (
            <ul
              className="persona-handout__chips persona-handout__tags"
              aria-label={t('personaSheet.tags')}
            >
              {persona.tags.slice(0, MAX_TAGS).map((tag, index) => (
                <li key={index} className="persona-handout__chip persona-handout__chip--tag">
                  {tag}
                </li>
              ))}
              {persona.tags.length > MAX_TAGS && (
                <li className="persona-handout__chip persona-handout__chip--more">
                  {t('personaSheet.more', { count: persona.tags.length - MAX_TAGS })}
                </li>
              )}
            </ul>
          )}
        </div>
      </header>

      {persona.quote.trim() && (
        <blockquote className="persona-handout__quote">
          <p>{persona.quote}</p>
        </blockquote>
      )}

      <div className="persona-handout__body">
        <div className="persona-handout__side">
          <section className="persona-handout__block persona-handout__about">
            <h3>{t('personaSheet.about')}</h3>
            {persona.bio.trim() ? (
              <p className="persona-handout__bio">{persona.bio}</p>
            ) : (
              <p className="persona-handout__none">{t('personaSheet.none')}</p>
            )}
          </section>
          <section className="persona-handout__block">
            <h3>{t('personaSheet.techSavviness')}</h3>
            <Savviness level={persona.techSavviness} />
          </section>
          <section className="persona-handout__block">
            <h3>{t('personaSheet.channels')}</h3>
            {persona.preferredChannels.length > 0 ? (
              <ul className="persona-handout__chips">
                {persona.preferredChannels.map((channel) => (
                  <li key={channel} className="persona-handout__chip">
                    {t(`channels.${channel}`)}
                  </li>
                ))}
              </ul>
            ) : (
              <p className="persona-handout__none">{t('personaSheet.none')}</p>
            )}
          </section>
        </div>
        <div className="persona-handout__lists">
          {LISTS.map((key) => (
            <section
              key={key}
              className={`persona-handout__block persona-handout__list persona-handout__list--${key}`}
            >
              <h3>{t(`personaSheet.${key}`)}</h3>
              {persona[key].length > 0 ? (
                <ul>
                  {persona[key].slice(0, maxItems).map((item, index) => (
                    <li key={index}>
                      <span>{item}</span>
                    </li>
                  ))}
                </ul>
              ) : (
                <p className="persona-handout__none">{t('personaSheet.none')}</p>
              )}
              {persona[key].length > maxItems && (
                <p className="persona-handout__more">
                  {t('personaSheet.more', { count: persona[key].length - maxItems })}
                </p>
              )}
            </section>
          ))}
        </div>
      </div>

      {fields.length > 0 && (
        <section className="persona-handout__block persona-handout__details">
          <h3>{t('personaSheet.details')}</h3>
          <dl>
            {fields.slice(0, MAX_CUSTOM_FIELDS).map((field) => (
              <div key={field.id} className="persona-handout__field">
                <dt>{field.label}</dt>
                <dd>{field.value}</dd>
              </div>
            ))}
          </dl>
          {fields.length > MAX_CUSTOM_FIELDS && (
            <p className="persona-handout__more">
              {t('personaSheet.more', { count: fields.length - MAX_CUSTOM_FIELDS })}
            </p>
          )}
        </section>
      )}

      <footer className="persona-handout__footer">
        <span>{t('personaSheet.footer')}</span>
        <span className="persona-handout__footer-name">{persona.name}</span>
      </footer>
    </article>
  );
}

function Savviness({ level }: { level: number | null }) {
  const { t } = useTranslation();
  if (level === null) return <p className="persona-handout__none">{t('persona.unknown')}</p>;
  return (
    <p
      className="persona-handout__savviness"
      role="img"
      aria-label={t('personaSheet.savvinessLevel', { level })}
    >
      <span className="persona-handout__dots" aria-hidden="true">
        {[1, 2, 3, 4, 5].map((dot) => (
          <span key={dot} className={dot <= level ? 'is-on' : undefined} />
        ))}
      </span>
      <span aria-hidden="true">{t(`persona.savviness.${level as 1 | 2 | 3 | 4 | 5}`)}</span>
    </p>
  );
}
