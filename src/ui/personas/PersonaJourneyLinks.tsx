// On a persona's page: the journeys it is linked to, and "Link to a journey…", a list of the
// library's journeys to tick or untick. Each change is written by the library service under the
// journey's editing lock; a journey open in another tab is not touched, and the page says so.
import { useState } from 'react';
import { useTranslation } from '../../i18n';
import type { Id, Persona } from '../../model';
import { library, type LinkOutcome } from '../../services/library';
import { useLibraryStore } from '../../store/libraryStore';

interface Message {
  outcome: LinkOutcome;
  journey: string;
}

export function PersonaJourneyLinks({ persona }: { persona: Persona }) {
  const { t } = useTranslation();
  const journeys = useLibraryStore((s) => s.journeys);
  const [busy, setBusy] = useState<Id | null>(null);
  const [message, setMessage] = useState<Message | null>(null);
  const usedIn = journeys.filter((j) => j.personaIds.includes(persona.id));
  const title = (journey: { title: string }) => journey.title || t('canvas.untitled');

  async function change(journeyId: Id, journey: string, linked: boolean) {
    const name = persona.name || t('canvas.untitled');
    if (!linked && !window.confirm(t('persona.links.unlinkConfirm', { name, journey }))) return;
    setBusy(journeyId);
    setMessage(null);
    const outcome = await library.setPersonaLinked(journeyId, persona.id, linked);
    setBusy(null);
    setMessage({ outcome, journey });
  }

  const done = message?.outcome === 'linked' || message?.outcome === 'unlinked';
  return (
    <section className="persona-links" aria-label={t('persona.links.open')}>
      <p className="persona-editor__usage">
        {usedIn.length > 0
          ? t('library.usedIn', { journeys: usedIn.map(title).join(', ') })
          : t('library.unused')}
      </p>
      <details className="persona-links__picker">
        <summary>{t('persona.links.open')}</summary>
        {journeys.length === 0 ? (
          <p className="persona-links__none">{t('persona.links.none')}</p>
        ) : (
          <fieldset className="persona-links__list" aria-busy={busy !== null}>
            <legend>
              {t('persona.links.legend', { name: persona.name || t('canvas.untitled') })}
            </legend>
            {journeys.map((journey) => (
              <label key={journey.id} className="check">
                <input
                  type="checkbox"
                  checked={journey.personaIds.includes(persona.id)}
                  disabled={busy !== null}
                  onChange={(event) =>
                    void change(journey.id, title(journey), event.target.checked)
                  }
                />
                {title(journey)}
              </label>
            ))}
          </fieldset>
        )}
      </details>
      {message && (
        <p
          className={`persona-links__message${done ? '' : ' persona-links__message--problem'}`}
          role={done ? 'status' : 'alert'}
        >
          {t(`persona.links.${message.outcome}`, { journey: message.journey })}
        </p>
      )}
    </section>
  );
}
