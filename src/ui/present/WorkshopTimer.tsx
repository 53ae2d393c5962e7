// A stage's workshop timer: a discreet countdown the facilitator starts, pauses and resets, with
// preset lengths and a custom one. Each stage keeps its own; at zero it says so, politely.
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from '../../i18n';
import type { Id } from '../../model';
import { usePresentStore } from '../../store/presentStore';
import { MAX_TIMER_MINUTES, TIMER_PRESET_MINUTES, formatClock } from '../../store/workshopTimer';
import { useStageClock } from '../../store/useStageClock';

export function WorkshopTimer({ stageId, stageName }: { stageId: Id; stageName: string }) {
  const { t } = useTranslation();
  const { timer, left, running, done, touched } = useStageClock(stageId);
  const { chooseTimer, startTimer, pauseTimer, resetTimer } = usePresentStore.getState();
  const [custom, setCustom] = useState('');
  const [choosing, setChoosing] = useState(false);
  const choicesId = useId();
  const minutes = Math.round(timer.durationMs / 60_000);

  function toggle() {
    if (running) pauseTimer(stageId);
    else startTimer(stageId);
  }

  function setCustomLength(event: FormEvent) {
    event.preventDefault();
    const value = Number(custom);
    if (!Number.isFinite(value) || value <= 0) return;
    choose(value);
    setCustom('');
  }

  function choose(length: number) {
    chooseTimer(stageId, length);
    setChoosing(false);
  }

  const state = running ? ' workshop-timer--running' : done ? ' workshop-timer--done' : '';
  return (
    <section className={`workshop-timer${state}`} aria-label={t('present.timer.label')}>
      <span
        className="workshop-timer__clock"
        role="timer"
        aria-label={t('present.timer.remaining')}
      >
        {formatClock(left)}
      </span>
      <button type="button" onClick={toggle}>
        {running
          ? t('present.timer.pause')
          : touched && !done
            ? t('present.timer.resume')
            : t('present.timer.start')}
      </button>
      <button type="button" disabled={!touched} onClick={() => resetTimer(stageId)}>
        {t('present.timer.reset')}
      </button>
      <div
        className="workshop-timer__length"
        onKeyDown={(event) => {
          // Escape closes the lengths first; the presentation itself ends with the next one.
          if (event.key === 'Escape' && choosing) {
            event.preventDefault();
            setChoosing(false);
          }
        }}
      >
        <button
          type="button"
          aria-expanded={choosing}
          aria-controls={choicesId}
          aria-label={t('present.timer.lengthIs', { count: minutes })}
          onClick={() => setChoosing(!choosing)}
        >
          {t('present.timer.minutes', { count: minutes })}
          <span aria-hidden="true"> ▾</span>
        </button>
        {choosing && (
          <div
            id={choicesId}
            className="workshop-timer__choices"
            role="group"
            aria-label={t('present.timer.length')}
          >
            {TIMER_PRESET_MINUTES.map((preset) => (
              <button
                key={preset}
                type="button"
                aria-pressed={preset === minutes}
                onClick={() => choose(preset)}
              >
                {t('present.timer.minutes', { count: preset })}
              </button>
            ))}
            <form className="workshop-timer__custom" onSubmit={setCustomLength}>
              <input
                type="number"
                inputMode="numeric"
                min={1}
                max={MAX_TIMER_MINUTES}
                aria-label={t('present.timer.custom')}
                value={custom}
                onChange={(event) => setCustom(event.target.value)}
              />
              <button type="submit">{t('present.timer.set')}</button>
            </form>
          </div>
        )}
      </div>
      <span className="workshop-timer__alert" aria-live="polite">
        {done ? t('present.timer.doneFor', { stage: stageName }) : ''}
      </span>
    </section>
  );
}
