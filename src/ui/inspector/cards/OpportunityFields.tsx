// Inspector fields of an opportunity: the idea, its impact and the effort it takes.
import { useTranslation } from 'react-i18next';
import type { OpportunityCard } from '../../../model';
import { actions } from '../../../store';
import { ChoiceGroup } from '../ChoiceGroup';
import { TextAreaField } from '../fields';
import { levelChoices } from '../vocabularyOptions';

export function OpportunityFields({ card }: { card: OpportunityCard }) {
  const { t } = useTranslation();
  const levels = levelChoices(t);
  return (
    <>
      <TextAreaField
        label={t('inspector.opportunity.text')}
        value={card.text}
        onChange={(text) => actions.updateCard(card.id, { text })}
      />
      <ChoiceGroup
        legend={t('inspector.opportunity.impact')}
        value={card.impact}
        choices={levels}
        onChange={(impact) => actions.updateCard(card.id, { impact })}
      />
      <ChoiceGroup
        legend={t('inspector.opportunity.effort')}
        value={card.effort}
        choices={levels}
        onChange={(effort) => actions.updateCard(card.id, { effort })}
      />
    </>
  );
}
