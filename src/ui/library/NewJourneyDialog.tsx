// The new-journey picker: every shipped template, then the user's own, each as a tile with a
// preview. Arrow keys move between tiles, Enter creates the journey, Escape closes.
import { useMemo, useRef, type KeyboardEvent } from 'react';
import { useTranslation } from '../../i18n';
import { navigate } from '../../services/router';
import { currentLocale } from '../../i18n';
import { shippedJourneyTemplates } from '../../i18n/journeyTemplates';
import { journeyFromTemplate, type JourneyTemplate } from '../../model';
import { useLibraryStore } from '../../store/libraryStore';
import { relativeTime } from '../format';
import { TemplateTile } from './TemplateTile';
import { nextTile } from './templateKeys';
import './templates.css';
import { ModalDialog } from '../ModalDialog';
import { library } from '../../services/library';

export function NewJourneyDialog({ onClose }: { onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const creating = useRef(false);
  const saved = useLibraryStore((s) => s.journeyTemplates);

  // Each tile previews the journey its template makes; built once per language or saved list.
  const locale = currentLocale();
  const shipped = useMemo(
    () =>
      shippedJourneyTemplates(locale).map((entry) => ({
        ...entry,
        preview: journeyFromTemplate(entry.template),
      })),
    [locale],
  );
  const own = useMemo(
    () => saved.map((entry) => ({ ...entry, preview: journeyFromTemplate(entry.template) })),
    [saved],
  );

  async function create(template: JourneyTemplate) {
    if (creating.current) return;
    creating.current = true;
    const id = await library.createJourney(template);
    navigate({ name: 'journey', id });
  }

  function remove(id: string, name: string) {
    if (window.confirm(t('templates.deleteConfirm', { name }))) {
      void library.deleteJourneyTemplate(id);
    }
  }

  function moveFocus(event: KeyboardEvent<HTMLDialogElement>) {
    const from = event.target;
    if (!(from instanceof HTMLElement) || !from.matches('[data-template-tile]')) return;
    const tiles = [...event.currentTarget.querySelectorAll<HTMLElement>('[data-template-tile]')];
    const to = nextTile(tiles, from, event.key);
    if (!to) return;
    event.preventDefault();
    to.focus();
  }

  return (
    <ModalDialog
      id="template-picker"
      title={t('templates.dialogTitle')}
      className="template-picker"
      describedBy="template-picker-intro"
      onKeyDown={moveFocus}
      onCancel={onClose}
    >
      <p id="template-picker-intro" className="template-picker__intro">
        {t('templates.dialogIntro')} <span>{t('templates.keyboardHint')}</span>
      </p>
      <section aria-labelledby="template-picker-shipped">
        <h3 id="template-picker-shipped" className="template-picker__group">
          {t('templates.shipped')}
        </h3>
        <ul className="template-picker__grid">
          {shipped.map((entry) => (
            <TemplateTile
              key={entry.id}
              name={entry.name}
              summary={entry.summary}
              preview={entry.preview}
              onCreate={() => void create(entry.template)}
            />
          ))}
        </ul>
      </section>
      <section aria-labelledby="template-picker-yours">
        <h3 id="template-picker-yours" className="template-picker__group">
          {t('templates.yours')}
        </h3>
        {own.length === 0 ? (
          <p className="template-picker__empty">{t('templates.yoursEmpty')}</p>
        ) : (
          <ul className="template-picker__grid">
            {own.map((entry) => (
              <TemplateTile
                key={entry.id}
                name={entry.name || t('canvas.untitled')}
                summary={t('templates.savedOn', {
                  when: relativeTime(entry.savedAt, i18n.language),
                })}
                preview={entry.preview}
                onCreate={() => void create(entry.template)}
              >
                <button
                  type="button"
                  className="template-tile__delete"
                  aria-label={t('templates.deleteLabel', { name: entry.name })}
                  onClick={() => remove(entry.id, entry.name)}
                >
                  {t('templates.delete')}
                </button>
              </TemplateTile>
            ))}
          </ul>
        )}
      </section>
      <div className="template-picker__footer">
        <button type="button" onClick={onClose}>
          {t('templates.close')}
        </button>
      </div>
    </ModalDialog>
  );
}
