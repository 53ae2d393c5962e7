// The action row at the foot of an inspector section: an optional "duplicate" and a "delete" styled
// as dangerous. CardActions is that row for one or several cards: duplicate selects the copies,
// delete clears the selection.
import type { Id } from '../../model';
import { deleteAndDeselect, duplicateAndSelect } from '../../commands/cardEdits';

interface InspectorAction {
  label: string;
  run: () => void;
}

export function InspectorActions({
  duplicate,
  remove,
}: {
  duplicate?: InspectorAction;
  remove: InspectorAction;
}) {
  return (
    <div className="inspector__actions">
      {duplicate && (
        <button type="button" className="inspector__button" onClick={duplicate.run}>
          {duplicate.label}
        </button>
      )}
      <button
        type="button"
        className="inspector__button inspector__button--danger"
        onClick={remove.run}
      >
        {remove.label}
      </button>
    </div>
  );
}

export function CardActions({
  ids,
  duplicateLabel,
  deleteLabel,
}: {
  ids: readonly Id[];
  duplicateLabel: string;
  deleteLabel: string;
}) {
  return (
    <InspectorActions
      duplicate={{ label: duplicateLabel, run: () => duplicateAndSelect(ids) }}
      remove={{ label: deleteLabel, run: () => deleteAndDeselect(ids) }}
    />
  );
}
