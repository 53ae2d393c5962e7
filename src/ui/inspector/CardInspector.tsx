// The inspector for one card: where it sits, its kind's own fields, its accent colour, its
// connectors, and duplicate / delete.
import { useTranslation } from '../../i18n';
import { cardKindColors, type Id } from '../../model';
import { actions, useCard, useJourney } from '../../store';
import { CardKindFields } from './cardFields';
import { CardConnections } from './CardConnections';
import { CardActions } from './InspectorActions';
import { ColorField } from './ColorField';
import { EmptyInspector } from './EmptyInspector';

export function CardInspector({ id }: { id: Id }) {
  const { t } = useTranslation();
  const card = useCard(id);
  const stageName = useJourney((s) => s.journey.stages.find((x) => x.id === card?.stageId)?.name);
  const laneName = useJourney((s) => s.journey.lanes.find((x) => x.id === card?.laneId)?.name);
  if (!card) return <EmptyInspector />;

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
      <CardConnections cardId={card.id} />
      <CardActions
        ids={[card.id]}
        duplicateLabel={t('inspector.card.duplicate')}
        deleteLabel={t('inspector.card.delete')}
      />
    </section>
  );
}
