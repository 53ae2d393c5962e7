// The score a dragged emotion point will take, shown beside it while it moves: the point snaps to
// whole steps, and this says which one.
import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { signedScore } from '../../i18n/cardFace';
import type { DragScoreNode } from '../flowTypes';

export const DragScore = memo(function DragScore({ data }: NodeProps<DragScoreNode>) {
  return (
    <output className="drag-score" aria-live="polite">
      {signedScore(data.score)}
    </output>
  );
});
