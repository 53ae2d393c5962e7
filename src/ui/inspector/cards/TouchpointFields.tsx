// Inspector fields of a touchpoint: title, channel, objective, owner, KPI and satisfaction rating.
import { useTranslation } from 'react-i18next';
import type { CardFields, Kpi, TouchpointCard } from '../../../model';
import { actions } from '../../../store';
import { ChoiceGroup, type Choice } from '../ChoiceGroup';
import { SelectField, TextField } from '../fields';
import { channelOptions, objectiveOptions } from '../vocabularyOptions';

type RatingChoice = 'none' | '1' | '2' | '3' | '4' | '5';
const RATINGS = ['1', '2', '3', '4', '5'] as const;

export function TouchpointFields({ card }: { card: TouchpointCard }) {
  const { t } = useTranslation();
  const update = (fields: CardFields<'touchpoint'>) => actions.updateCard(card.id, fields);
  const updateKpi = (fields: Partial<Kpi>) => update({ kpi: { ...card.kpi, ...fields } });
  const ratingChoices: Choice<RatingChoice>[] = [
    { value: 'none', label: t('inspector.touchpoint.noRating') },
    ...RATINGS.map((value) => ({ value, label: value, icon: '★' })),
  ];
  return (
    <>
      <TextField
        label={t('inspector.touchpoint.title')}
        value={card.title}
        onChange={(title) => update({ title })}
      />
      <SelectField
        label={t('inspector.touchpoint.channel')}
        value={card.channel}
        options={channelOptions(t)}
        onChange={(channel) => update({ channel })}
      />
      <SelectField
        label={t('inspector.touchpoint.objective')}
        value={card.objective}
        options={objectiveOptions(t)}
        onChange={(objective) => update({ objective })}
      />
      <TextField
        label={t('inspector.touchpoint.owner')}
        value={card.owner}
        onChange={(owner) => update({ owner })}
      />
      <fieldset className="inspector__group">
        <legend className="field__label">{t('inspector.touchpoint.kpi')}</legend>
        <TextField
          label={t('inspector.touchpoint.kpiName')}
          value={card.kpi.name}
          onChange={(name) => updateKpi({ name })}
        />
        <div className="inspector__row">
          <TextField
            label={t('inspector.touchpoint.kpiValue')}
            value={card.kpi.value}
            onChange={(value) => updateKpi({ value })}
          />
          <TextField
            label={t('inspector.touchpoint.kpiTarget')}
            value={card.kpi.target}
            onChange={(target) => updateKpi({ target })}
          />
          <TextField
            label={t('inspector.touchpoint.kpiUnit')}
            value={card.kpi.unit}
            onChange={(unit) => updateKpi({ unit })}
          />
        </div>
      </fieldset>
      <ChoiceGroup
        legend={t('inspector.touchpoint.rating')}
        value={card.rating === null ? 'none' : (String(card.rating) as RatingChoice)}
        choices={ratingChoices}
        onChange={(choice) => update({ rating: choice === 'none' ? null : Number(choice) })}
      />
    </>
  );
}
