// A card on the map. Memoised: it re-renders only when its own card or its editing state changes.
import { Handle, Position, type NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { actions, useUiStore } from '../../store';
import type { CardNode } from '../flowTypes';
import { CardContent, cardTextField, cardTitle } from './CardContent';
import { InPlaceEditor } from './InPlaceEditor';

export const CardNodeView = memo(function CardNodeView({ data, selected }: NodeProps<CardNode>) {
  const { t } = useTranslation();
  const { card } = data;
  const kindName = t(`cardKinds.${card.kind}`);
  const editing = useUiStore((s) => s.editingId === `card:${card.id}`);
  const editor = editing ? (
    <InPlaceEditor
      multiline={card.kind !== 'touchpoint' && card.kind !== 'momentOfTruth'}
      label={t('canvas.editText', { kind: kindName })}
      value={cardTitle(card)}
      onChange={(value) => actions.updateCard(card.id, { [cardTextField(card)]: value })}
    />
  ) : undefined;
  return (
    <div
      className={`card card--${card.kind}${selected ? ' card--selected' : ''}`}
      role="group"
      aria-label={`${kindName}: ${cardTitle(card) || t('canvas.untitled')}`}
      style={card.color ? { borderColor: card.color } : undefined}
    >
      <Handle type="target" position={Position.Left} className="card__handle" />
      <CardContent card={card} editor={editor} />
      <Handle type="source" position={Position.Right} className="card__handle" />
    </div>
  );
});
