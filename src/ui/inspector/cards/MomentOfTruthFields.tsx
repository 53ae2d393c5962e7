// Inspector fields of a moment of truth: its type (or a custom one), title and description.
import { useTranslation } from 'react-i18next';
import type { CardFields, MomentOfTruthCard } from '../../../model';
import { actions } from '../../../store';
import { SelectField, TextAreaField, TextField } from '../fields';
import { momentTypeOptions } from '../vocabularyOptions';

export function MomentOfTruthFields({ card }: { card: MomentOfTruthCard }) {
  const { t } = useTranslation();
  const update = (fields: CardFields<'momentOfTruth'>) => actions.updateCard(card.id, fields);
  return (
    <>
      <SelectField
        label={t('inspector.moment.type')}
        value={card.momentType}
        options={momentTypeOptions(t)}
        onChange={(momentType) => update({ momentType })}
      />
      {card.momentType === 'custom' && (
        <TextField
          label={t('inspector.moment.customType')}
          value={card.customType}
          onChange={(customType) => update({ customType })}
        />
      )}
      <TextField
        label={t('inspector.moment.title')}
        value={card.title}
        onChange={(title) => update({ title })}
      />
      <TextAreaField
        label={t('inspector.moment.description')}
        value={card.description}
        onChange={(description) => update({ description })}
      />
    </>
  );
}
