// The top bar: journey title, undo/redo, structure tools and the language switch.
import { useTranslation } from 'react-i18next';
import { switchLocale, currentLocale } from '../i18n';
import { LOCALES, type Locale } from '../model';
import { actions, useCanRedo, useCanUndo, useJourney } from '../store';

export function Toolbar() {
  const { t } = useTranslation();
  const title = useJourney((s) => s.journey.title);
  const canUndo = useCanUndo();
  const canRedo = useCanRedo();

  return (
    <header className="toolbar" role="toolbar" aria-label={t('toolbar.label')}>
      <span className="toolbar__brand">{t('app.name')}</span>
      <input
        className="toolbar__title"
        aria-label={t('toolbar.journeyTitle')}
        value={title}
        onChange={(event) => actions.renameJourney(event.target.value)}
      />
      <div className="toolbar__group">
        <button
          type="button"
          onClick={actions.undo}
          disabled={!canUndo}
          title={`${t('toolbar.undo')} (Ctrl+Z)`}
        >
          {t('toolbar.undo')}
        </button>
        <button
          type="button"
          onClick={actions.redo}
          disabled={!canRedo}
          title={`${t('toolbar.redo')} (Ctrl+Shift+Z)`}
        >
          {t('toolbar.redo')}
        </button>
      </div>
      <div className="toolbar__group">
        <button type="button" onClick={() => actions.addStage(t('defaults.newStage'))}>
          {t('toolbar.addStage')}
        </button>
        <button type="button" onClick={() => actions.addLane(t('defaults.newLane'), 'custom')}>
          {t('toolbar.addLane')}
        </button>
      </div>
      <label className="toolbar__language">
        <span>{t('toolbar.language')}</span>
        <select
          value={currentLocale()}
          onChange={(event) => void switchLocale(event.target.value as Locale)}
        >
          {LOCALES.map((locale) => (
            <option key={locale} value={locale}>
              {t(`languages.${locale}`)}
            </option>
          ))}
        </select>
      </label>
    </header>
  );
}
