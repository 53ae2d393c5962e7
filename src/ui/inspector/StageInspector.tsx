// The inspector for a stage (a column): name, colour, moment of truth, order, and deletion.
import { useTranslation } from 'react-i18next';
import type { Id, MomentType } from '../../model';
import { actions, useJourney, useUiStore } from '../../store';
import { ColorField } from './ColorField';
import { EmptyInspector } from './EmptyInspector';
import { SelectField, TextField, type Option } from './fields';
import { momentTypeOptions } from './vocabularyOptions';

type MomentChoice = MomentType | 'none';

export function StageInspector({ id }: { id: Id }) {
  const { t } = useTranslation();
  const stages = useJourney((s) => s.journey.stages);
  const cardCount = useJourney(
    (s) => Object.values(s.journey.cards).filter((card) => card.stageId === id).length,
  );
  const select = useUiStore((s) => s.select);
  const index = stages.findIndex((stage) => stage.id === id);
  const stage = stages[index];
  if (!stage) return <EmptyInspector />;

  const momentOptions: Option<MomentChoice>[] = [
    { value: 'none', label: t('inspector.stage.noMoment') },
    ...momentTypeOptions(t),
  ];
  const remove = () => {
    actions.removeStage(stage.id);
    select(null);
  };

  return (
    <section className="inspector__section" aria-labelledby="inspector-stage">
      <h3 className="inspector__heading" id="inspector-stage">
        {t('inspector.stage.heading')} {index + 1}
      </h3>
      <TextField
        label={t('inspector.stage.name')}
        value={stage.name}
        onChange={(name) => actions.renameStage(stage.id, name)}
      />
      <ColorField
        label={t('inspector.stage.color')}
        value={stage.color}
        onChange={(color) => actions.recolourStage(stage.id, color)}
      />
      <SelectField
        label={t('inspector.stage.moment')}
        value={stage.momentOfTruth ?? 'none'}
        options={momentOptions}
        onChange={(choice) =>
          actions.flagStageMomentOfTruth(stage.id, choice === 'none' ? null : choice)
        }
      />
      <div className="inspector__actions">
        <button
          type="button"
          className="inspector__button"
          disabled={index === 0}
          onClick={() => actions.moveStage(stage.id, index - 1)}
        >
          <span aria-hidden="true">← </span>
          {t('inspector.stage.moveLeft')}
        </button>
        <button
          type="button"
          className="inspector__button"
          disabled={index === stages.length - 1}
          onClick={() => actions.moveStage(stage.id, index + 1)}
        >
          {t('inspector.stage.moveRight')}
          <span aria-hidden="true"> →</span>
        </button>
      </div>
      <div className="inspector__danger-zone">
        <button
          type="button"
          className="inspector__button inspector__button--danger"
          onClick={remove}
          aria-describedby="inspector-stage-delete-hint"
        >
          {t('inspector.stage.delete')}
        </button>
        <p className="inspector__hint" id="inspector-stage-delete-hint">
          {t('inspector.stage.deleteHint', { count: cardCount })}
        </p>
      </div>
    </section>
  );
}
