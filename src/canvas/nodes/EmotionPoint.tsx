// A point of the emotion curve: a dot at its score's height, coloured by persona.
import { Handle, Position, type NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { EmotionPointNode } from '../flowTypes';

const FACES: Record<number, string> = { [-2]: '😣', [-1]: '🙁', 0: '😐', 1: '🙂', 2: '😄' };

export const EmotionPoint = memo(function EmotionPoint({
  data,
  selected,
}: NodeProps<EmotionPointNode>) {
  const { t } = useTranslation();
  const { card, color } = data;
  return (
    <div
      className={`emotion-point${selected ? ' emotion-point--selected' : ''}`}
      role="group"
      aria-label={t('canvas.emotionPoint', { score: card.score, label: card.label })}
      style={{ borderColor: card.color ?? color }}
      title={card.label}
    >
      <Handle type="target" position={Position.Left} className="card__handle" />
      <span aria-hidden="true">{FACES[card.score] ?? '😐'}</span>
      {card.label && <span className="emotion-point__label">{card.label}</span>}
      <Handle type="source" position={Position.Right} className="card__handle" />
    </div>
  );
});
