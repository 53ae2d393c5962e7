// Quick-add while presenting: type what the room calls out, pick the lane, press Enter. The card
// lands in the current stage through a named store action, so it is one undo step and autosaves.
import { useState, type FormEvent } from 'react';
import { useTranslation } from '../../i18n';
import type { Id, Stage } from '../../model';
import { actions, useJourney, useUiStore } from '../../store';
import { usePresentStore } from '../../store/presentStore';

interface Props {
  stage: Stage;
  stageName: string;
  /** Told the new card's id, to bring it into view. */
  onAdded?: (id: Id) => void;
}

export function QuickAdd({ stage, stageName, onAdded }: Props) {
  const { t } = useTranslation();
  const lanes = useJourney((s) => s.journey.lanes);
  const readOnly = useJourney((s) => s.readOnly);
  const lastLaneId = usePresentStore((s) => s.lastLaneId);
  const setLastLane = usePresentStore((s) => s.setLastLane);
  const [text, setText] = useState('');
  const [added, setAdded] = useState('');
  // The last lane used, while it still exists; else the first lane.
  const laneId = lanes.some((lane) => lane.id === lastLaneId) ? lastLaneId : (lanes[0]?.id ?? null);

  function submit(event: FormEvent) {
    event.preventDefault();
    const value = text.trim();
    if (!value || !laneId || readOnly) return;
    const id = actions.addCardWithText(
      stage.id,
      laneId,
      value,
      useUiStore.getState().activePersonaId,
    );
    if (!id) return;
    setLastLane(laneId);
    setText('');
    onAdded?.(id);
    const lane = lanes.find((l) => l.id === laneId);
    setAdded(t('present.quickAdd.added', { lane: lane?.name ?? '' }));
  }

  return (
    <form
      className="quick-add"
      aria-label={t('present.quickAdd.label', { stage: stageName })}
      onSubmit={submit}
    >
      <select
        className="quick-add__lane"
        aria-label={t('present.quickAdd.lane')}
        value={laneId ?? ''}
        disabled={readOnly || lanes.length === 0}
        onChange={(event) => setLastLane(event.target.value)}
      >
        {lanes.map((lane) => (
          <option key={lane.id} value={lane.id}>
            {lane.name}
          </option>
        ))}
      </select>
      <input
        className="quick-add__text"
        aria-label={t('present.quickAdd.text')}
        placeholder={readOnly ? t('present.quickAdd.readOnly') : t('present.quickAdd.placeholder')}
        value={text}
        disabled={readOnly || !laneId}
        onChange={(event) => {
          setText(event.target.value);
          setAdded('');
        }}
      />
      <button type="submit" disabled={readOnly || !laneId || !text.trim()}>
        {t('present.quickAdd.add')}
      </button>
      <span className="visually-hidden" aria-live="polite">
        {added}
      </span>
    </form>
  );
}
