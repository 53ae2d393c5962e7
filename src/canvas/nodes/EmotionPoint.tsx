// A point of the emotion curve: a dot at its score's height, coloured by persona. Its name and role
// sit on React Flow's node wrapper, which takes keyboard focus (deriveFlow.ts).
import { Handle, Position, type NodeProps } from '@xyflow/react';
import { signedScore } from '../../i18n/cardFace';
import { memo } from 'react';
import type { EmotionPointNode } from '../flowTypes';

export const EmotionPoint = memo(function EmotionPoint({
  data,
  selected,
}: NodeProps<EmotionPointNode>) {
  const { card, color } = data;
  return (
    <div
      className={`emotion-point${selected ? ' emotion-point--selected' : ''}`}
      style={{ borderColor: card.color ?? color }}
      title={card.label}
    >
      <Handle type="target" position={Position.Left} className="card__handle" />
      <span aria-hidden="true" className="emotion-point__score">
        {signedScore(card.score)}
      </span>
      {card.label && <span className="emotion-point__label">{card.label}</span>}
      <Handle type="source" position={Position.Right} className="card__handle" />
    </div>
  );
});
