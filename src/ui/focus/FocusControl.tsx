// The Focus control: a button that opens the focus menu (one stage, lane, persona curve or
// channel, plus the pain-point and moment-of-truth highlights), shows what is focused, and a
// one-click "Clear focus". Self-contained on global focus state, so any screen can place it.
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from '../../i18n';
import { liveTarget } from '../../model/focus';
import { useJourney, useJourneyShallow } from '../../store';
import { useFocusStore } from '../../store/focusStore';
import { useLibraryStore } from '../../store/libraryStore';
import {
  channelsInUse,
  focusOptionGroups,
  focusSummary,
  parseTargetValue,
  targetValue,
} from './focusOptions';
import './focus-control.css';

/** The two highlight toggles of the menu, each with its focus-store flag and toggle. */
const HIGHLIGHTS = [
  {
    flag: 'painPoints',
    toggle: 'togglePainPoints',
    modifier: 'pain',
    label: 'focus.painPoints',
    hint: 'focus.painPointsHint',
  },
  {
    flag: 'momentsOfTruth',
    toggle: 'toggleMomentsOfTruth',
    modifier: 'moment',
    label: 'focus.momentsOfTruth',
    hint: 'focus.momentsOfTruthHint',
  },
] as const;

/** The journey's linked personas, in link order, as the library knows them. */
function useLinkedPersonas() {
  const personaIds = useJourney((s) => s.journey.personaIds);
  const library = useLibraryStore((s) => s.personas);
  return personaIds.flatMap((id) => library.filter((persona) => persona.id === id));
}

/** The menu itself; mounted only while open, so a closed control never scans the cards. */
function FocusPanel({ id, onClose }: { id: string; onClose: () => void }) {
  const { t } = useTranslation();
  const stages = useJourney((s) => s.journey.stages);
  const lanes = useJourney((s) => s.journey.lanes);
  const personaIds = useJourney((s) => s.journey.personaIds);
  const channels = useJourneyShallow((s) => channelsInUse(s.journey));
  const personas = useLinkedPersonas();
  const focus = useFocusStore();
  const target = liveTarget({ stages, lanes, personaIds }, focus.target);
  const groups = focusOptionGroups(t, { stages, lanes }, personas, channels);
  // A focused channel that no card uses any more stays listed, so the select can show it.
  if (target?.kind === 'channel' && !channels.includes(target.channel)) {
    groups.push({
      label: t('focus.channels'),
      options: [{ value: targetValue(target), label: t(`channels.${target.channel}`) }],
    });
  }

  return (
    <div id={id} className="focus-control__panel" role="group" aria-label={t('focus.label')}>
      <label className="focus-control__field">
        <span>{t('focus.select')}</span>
        <select
          value={targetValue(target)}
          onChange={(event) => {
            focus.setFocus(parseTargetValue(event.target.value));
            // One choice made: the menu gets out of the way of the map.
            onClose();
          }}
        >
          <option value="">{t('focus.none')}</option>
          {groups.map((group) => (
            <optgroup key={group.label} label={group.label}>
              {group.options.map((option) => (
                <option key={option.value} value={option.value}>
                  {option.label}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
      </label>
      <div className="focus-control__highlights">
        {HIGHLIGHTS.map(({ flag, toggle, modifier, label, hint }) => (
          <button
            key={flag}
            type="button"
            className={`focus-control__highlight focus-control__highlight--${modifier}`}
            aria-pressed={focus[flag]}
            title={t(hint)}
            onClick={focus[toggle]}
          >
            {t(label)}
          </button>
        ))}
      </div>
    </div>
  );
}

export function FocusControl() {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const toggle = useRef<HTMLButtonElement>(null);
  const panelId = useId();
  const stages = useJourney((s) => s.journey.stages);
  const lanes = useJourney((s) => s.journey.lanes);
  const personaIds = useJourney((s) => s.journey.personaIds);
  const personas = useLinkedPersonas();
  const rawTarget = useFocusStore((s) => s.target);
  const painPoints = useFocusStore((s) => s.painPoints);
  const momentsOfTruth = useFocusStore((s) => s.momentsOfTruth);
  const clearFocus = useFocusStore((s) => s.clearFocus);
  const target = liveTarget({ stages, lanes, personaIds }, rawTarget);
  const on = target !== null || painPoints || momentsOfTruth;
  const summary = on
    ? focusSummary(t, { stages, lanes }, personas, { target, painPoints, momentsOfTruth })
    : '';

  // A click anywhere else closes the menu, as menus do.
  useEffect(() => {
    if (!open) return;
    const close = (event: PointerEvent) => {
      if (!root.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', close);
    return () => document.removeEventListener('pointerdown', close);
  }, [open]);

  return (
    <div
      className={`focus-control${on ? ' focus-control--on' : ''}`}
      ref={root}
      onKeyDown={(event) => {
        // Escape closes an open menu; it must not also reach the map's shortcuts.
        if (event.key === 'Escape' && open) {
          event.preventDefault();
          event.stopPropagation();
          setOpen(false);
          toggle.current?.focus();
        }
      }}
    >
      <button
        ref={toggle}
        type="button"
        className="focus-control__toggle"
        aria-expanded={open}
        aria-controls={open ? panelId : undefined}
        title={on ? t('focus.activeHint') : t('focus.label')}
        onClick={() => setOpen(!open)}
      >
        {on && <span className="focus-control__dot" aria-hidden="true" />}
        {on ? `${t('focus.select')}: ${summary}` : t('focus.select')}
        <span aria-hidden="true"> ▾</span>
      </button>
      {on && (
        <button
          type="button"
          className="focus-control__clear"
          title={t('focus.clearHint')}
          onClick={clearFocus}
        >
          {t('focus.clear')}
        </button>
      )}
      {open && <FocusPanel id={panelId} onClose={() => setOpen(false)} />}
    </div>
  );
}
