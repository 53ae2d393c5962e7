// The inspector for several selected cards: how many, and duplicate or delete them all at once.
import { useTranslation } from 'react-i18next';
import type { Id } from '../../model';
import { actions, useUiStore } from '../../store';

export function MultiCardInspector({ ids }: { ids: readonly Id[] }) {
  const { t } = useTranslation();
  const select = useUiStore((s) => s.select);
  const duplicate = () => {
    const copies = actions.duplicateCards(ids);
    if (copies.length > 0) select({ kind: 'cards', ids: copies });
  };
  const remove = () => {
    actions.deleteCards(ids);
    select(null);
  };
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
