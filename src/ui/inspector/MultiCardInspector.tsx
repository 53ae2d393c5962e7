// The inspector for several selected cards: how many, and duplicate or delete them all at once.
import { useTranslation } from '../../i18n';
import type { Id } from '../../model';
import { CardActions } from './InspectorActions';
import { InspectorSection } from './InspectorSection';

export function MultiCardInspector({ ids }: { ids: readonly Id[] }) {
  const { t } = useTranslation();
  return (
    <InspectorSection
      headingId="inspector-several"
      heading={t('inspector.several.heading')}
      context={t('inspector.several.count', { count: ids.length })}
      contextLive
    >
      <CardActions
        ids={ids}
        duplicateLabel={t('inspector.several.duplicate')}
        deleteLabel={t('inspector.several.delete')}
      />
    </InspectorSection>
  );
}
