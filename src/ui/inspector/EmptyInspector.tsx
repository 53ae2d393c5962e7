// What the inspector shows when nothing is selected: how to select and add things, and the
// journey-wide actions.
import { useTranslation } from 'react-i18next';
import { ClearCardsButton } from './ClearCardsButton';

export function EmptyInspector() {
  const { t } = useTranslation();
  return (
    <section className="inspector__section inspector__empty" aria-labelledby="inspector-empty">
      <h3 className="inspector__heading" id="inspector-empty">
        {t('inspector.empty.title')}
      </h3>
      <ul className="inspector__tips">
        <li>{t('inspector.empty.click')}</li>
        <li>{t('inspector.empty.doubleClick')}</li>
        <li>{t('inspector.empty.shiftClick')}</li>
      </ul>
      <h3 className="inspector__heading" id="inspector-journey">
        {t('inspector.empty.journey')}
      </h3>
      <div className="inspector__actions" role="group" aria-labelledby="inspector-journey">
        <ClearCardsButton />
      </div>
    </section>
  );
}
