// Move, insert next to, and delete a stage or a lane: the controls both inspectors share.
import { useId } from 'react';

export interface StructureLabels {
  back: string;
  forward: string;
  backArrow: string;
  forwardArrow: string;
  insertBefore: string;
  insertAfter: string;
  remove: string;
  removeHint: string;
}

export function StructureControls({
  index,
  count,
  labels,
  onMove,
  onInsert,
  onRemove,
}: {
  index: number;
  count: number;
  labels: StructureLabels;
  onMove: (toIndex: number) => void;
  /** Inserts a new sibling at this index. */
  onInsert: (atIndex: number) => void;
  onRemove: () => void;
}) {
  const hintId = useId();
  return (
    <>
      <div className="inspector__actions">
        <button
          type="button"
          className="inspector__button"
          disabled={index === 0}
          onClick={() => onMove(index - 1)}
        >
          <span aria-hidden="true">{labels.backArrow} </span>
          {labels.back}
        </button>
        <button
          type="button"
          className="inspector__button"
          disabled={index === count - 1}
          onClick={() => onMove(index + 1)}
        >
          <span aria-hidden="true">{labels.forwardArrow} </span>
          {labels.forward}
        </button>
      </div>
      <div className="inspector__actions">
        <button type="button" className="inspector__button" onClick={() => onInsert(index)}>
          {labels.insertBefore}
        </button>
        <button type="button" className="inspector__button" onClick={() => onInsert(index + 1)}>
          {labels.insertAfter}
        </button>
      </div>
      <div className="inspector__danger-zone">
        <button
          type="button"
          className="inspector__button inspector__button--danger"
          onClick={onRemove}
          aria-describedby={hintId}
        >
          {labels.remove}
        </button>
        <p className="inspector__hint" id={hintId}>
          {labels.removeHint}
        </p>
      </div>
    </>
  );
}
