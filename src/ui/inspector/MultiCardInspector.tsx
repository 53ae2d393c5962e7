// The inspector for several selected cards: how many, and duplicate or delete them all at once.
import { useTranslation } from 'react-i18next';
import type { Id } from '../../model';
import { deleteAndDeselect, duplicateAndSelect } from '../../commands/cardEdits';

export function MultiCardInspector({ ids }: { ids: readonly Id[] }) {
  const { t } = useTranslation();
  const duplicate = () => duplicateAndSelect(ids);
  const remove = () => deleteAndDeselect(ids);
  return (
    <section className="inspector__section" aria-labelledby="inspector-several">
      <h3 className="inspector__heading" id="inspector-several">
        {t('inspector.several.heading')}
      </h3>
      <p className="inspector__context" aria-live="polite">
        {t('inspector.several.count', { count: ids.length })}
      </p>
      <div className="inspector__actions">
        <button type="button" className="inspector__button" onClick={duplicate}>
          {t('inspector.several.duplicate')}
        </button>
        <button
          type="button"
          className="inspector__button inspector__button--danger"
          onClick={remove}
        >
          {t('inspector.several.delete')}
        </button>
      </div>
    </section>
  );
}
