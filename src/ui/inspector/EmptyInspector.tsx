// What the inspector shows when nothing is selected: how to select and add things, and the
// journey-wide actions.
import { useTranslation } from '../../i18n';
import { ClearCardsButton } from './ClearCardsButton';
import { InspectorSection } from './InspectorSection';

export function EmptyInspector() {
  const { t } = useTranslation();
  return (
    <InspectorSection
      headingId="inspector-empty"
      heading={t('inspector.empty.title')}
      className="inspector__empty"
    >
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
    </InspectorSection>
  );
}
