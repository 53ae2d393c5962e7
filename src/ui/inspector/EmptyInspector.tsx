// What the inspector shows when nothing is selected: how to select and add things.
import { useTranslation } from 'react-i18next';

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
    </section>
  );
}
