// A card on the map. Memoised: it re-renders only when its own card object changes.
import { Handle, Position, type NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { CardNode } from '../flowTypes';
import { CardContent, cardTitle } from './CardContent';

export const CardNodeView = memo(function CardNodeView({ data, selected }: NodeProps<CardNode>) {
  const { t } = useTranslation();
  const { card } = data;
  const kindName = t(`cardKinds.${card.kind}`);
  return (
    <div
      className={`card card--${card.kind}${selected ? ' card--selected' : ''}`}
      role="group"
      aria-label={`${kindName}: ${cardTitle(card) || t('canvas.untitled')}`}
      style={card.color ? { borderColor: card.color } : undefined}
    >
      <Handle type="target" position={Position.Left} className="card__handle" />
      <CardContent card={card} />
      <Handle type="source" position={Position.Right} className="card__handle" />
    </div>
  );
});
