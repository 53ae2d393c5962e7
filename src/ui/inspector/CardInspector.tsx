// The inspector for one card: where it sits, its kind's own fields, its accent colour, and
// duplicate / delete.
import { useTranslation } from 'react-i18next';
import { cardKindColors, type Id } from '../../model';
import { deleteAndDeselect, duplicateAndSelect } from '../../commands/cardEdits';
import { actions, useCard, useJourney } from '../../store';
import { CardKindFields } from './cardFields';
import { ColorField } from './ColorField';
import { EmptyInspector } from './EmptyInspector';

export function CardInspector({ id }: { id: Id }) {
  const { t } = useTranslation();
  const card = useCard(id);
  const stageName = useJourney((s) => s.journey.stages.find((x) => x.id === card?.stageId)?.name);
  const laneName = useJourney((s) => s.journey.lanes.find((x) => x.id === card?.laneId)?.name);
  if (!card) return <EmptyInspector />;

  const duplicate = () => duplicateAndSelect([card.id]);
  const remove = () => deleteAndDeselect([card.id]);

  return (
    <section className="inspector__section" aria-labelledby={`inspector-card-${card.id}`}>
      <h3 className="inspector__heading" id={`inspector-card-${card.id}`}>
        {t(`cardKinds.${card.kind}`)}
      </h3>
      <p className="inspector__context">{[stageName, laneName].filter(Boolean).join(' · ')}</p>
      <CardKindFields card={card} />
      <ColorField
        label={t('inspector.card.color')}
        value={card.color}
        fallback={cardKindColors(card.kind).line}
        onChange={(color) => actions.updateCard(card.id, { color })}
        onReset={() => actions.updateCard(card.id, { color: null })}
      />
      <div className="inspector__actions">
        <button type="button" className="inspector__button" onClick={duplicate}>
          {t('inspector.card.duplicate')}
        </button>
        <button
          type="button"
          className="inspector__button inspector__button--danger"
          onClick={remove}
        >
          {t('inspector.card.delete')}
        </button>
      </div>
    </section>
  );
}
