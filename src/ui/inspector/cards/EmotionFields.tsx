// Inspector fields of an emotion point: its score on the curve (−2 … +2) and its label.
import { useTranslation } from 'react-i18next';
import type { EmotionCard } from '../../../model';
import { actions } from '../../../store';
import { ChoiceGroup, type Choice } from '../ChoiceGroup';
import { TextField } from '../fields';

type ScoreChoice = '-2' | '-1' | '0' | '1' | '2';
// Plain signed numbers: emoji faces depend on a system emoji font, which projectors' laptops lack.
const SCORES: readonly Choice<ScoreChoice>[] = [
  { value: '-2', label: '−2' },
  { value: '-1', label: '−1' },
  { value: '0', label: '0' },
  { value: '1', label: '+1' },
  { value: '2', label: '+2' },
];

export function EmotionFields({ card }: { card: EmotionCard }) {
  const { t } = useTranslation();
  return (
    <>
      <ChoiceGroup
        legend={t('inspector.emotion.score')}
        value={String(card.score) as ScoreChoice}
        choices={SCORES}
        description={t('inspector.emotion.scoreHint')}
        onChange={(score) => actions.updateCard(card.id, { score: Number(score) })}
      />
      <TextField
        label={t('inspector.emotion.label')}
        value={card.label}
        onChange={(label) => actions.updateCard(card.id, { label })}
      />
    </>
  );
}
