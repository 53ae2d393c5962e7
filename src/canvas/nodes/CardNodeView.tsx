// A card on the map. Memoised: it re-renders only when its own card, its editing state, or the
// zoom crossing the detail threshold changes. Zoomed far out, where badges are unreadable anyway,
// a card draws only its text: a 1,000-card map then costs far fewer elements to lay out and paint.
// Its name and role sit on React Flow's node wrapper, which takes keyboard focus (deriveFlow.ts).
import { Handle, Position, useStore, type NodeProps, type ReactFlowState } from '@xyflow/react';
import { memo } from 'react';
import { CARD_KIND_SPECS, cardTextField, cardTitle } from '../../model';
import { cardKindStyle } from '../cardKindStyle';
import { actions, useUiStore } from '../../store';
import { fill } from '../../i18n/fill';
import { useCanvasText } from '../canvasText';
import type { CardNode } from '../flowTypes';
import { CardContent } from './CardContent';
import { InPlaceEditor } from './InPlaceEditor';
import { finishTyping } from '../../commands/cardEdits';

/** Below this zoom, cards show their text only. */
export const DETAIL_ZOOM = 0.45;
const showsDetail = (state: ReactFlowState) => state.transform[2] >= DETAIL_ZOOM;

/**
 * A card draws only its card and whether it is selected. React Flow also hands it its position,
 * which changes on every pointer move of a drag: ignoring it, 50 cards dragged together move
 * without drawing their contents again.
 */
function sameCard(before: NodeProps<CardNode>, after: NodeProps<CardNode>): boolean {
  return before.data === after.data && before.selected === after.selected;
}

export const CardNodeView = memo(function CardNodeView({ data, selected }: NodeProps<CardNode>) {
  const text = useCanvasText();
  const { card } = data;
  const kindName = text.cardKinds[card.kind];
  const detailed = useStore(showsDetail);
  const editing = useUiStore((s) => s.editingId === `card:${card.id}`);
  const title = cardTitle(card);
  const editor = editing ? (
    <InPlaceEditor
      multiline={CARD_KIND_SPECS[card.kind].multiline}
      label={fill(text.canvas.editText, { kind: kindName })}
      value={title}
      onChange={(value) => actions.updateCard(card.id, { [cardTextField(card)]: value })}
      onDone={(key) => finishTyping(card.id, key)}
    />
  ) : undefined;
  return (
    <div
      className={`card card--${card.kind}${selected ? ' card--selected' : ''}`}
      style={cardKindStyle(card.kind, card.color)}
    >
      <Handle type="target" position={Position.Left} className="card__handle" />
      {detailed || editing ? (
        <CardContent card={card} editor={editor} />
      ) : (
        <p className="card__text">{title}</p>
      )}
      <Handle type="source" position={Position.Right} className="card__handle" />
    </div>
  );
}, sameCard);
