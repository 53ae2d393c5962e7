// Inspector fields of a pain point: what hurts, and how badly.
import { useTranslation } from 'react-i18next';
import type { PainPointCard } from '../../../model';
import { actions } from '../../../store';
import { ChoiceGroup } from '../ChoiceGroup';
import { TextAreaField } from '../fields';
import { levelChoices } from '../vocabularyOptions';

export function PainPointFields({ card }: { card: PainPointCard }) {
  const { t } = useTranslation();
  return (
    <>
      <TextAreaField
        label={t('inspector.painPoint.text')}
        value={card.text}
        onChange={(text) => actions.updateCard(card.id, { text })}
      />
      <ChoiceGroup
        legend={t('inspector.painPoint.severity')}
        value={card.severity}
        choices={levelChoices(t)}
        onChange={(severity) => actions.updateCard(card.id, { severity })}
      />
    </>
  );
}
