// "Focus this stage / lane" for the inspector: turns the focus on that stage or lane on or off.
import { useTranslation } from '../../i18n';
import type { Id } from '../../model';
import { sameTarget, useFocusStore } from '../../store/focusStore';
import './focus-control.css';

export function FocusThisButton({ kind, id }: { kind: 'stage' | 'lane'; id: Id }) {
  const { t } = useTranslation();
  const pressed = useFocusStore((s) => sameTarget(s.target, { kind, id }));
  const toggleFocus = useFocusStore((s) => s.toggleFocus);
  return (
    <div className="inspector__actions">
      <button
        type="button"
        className="inspector__button focus-this"
        aria-pressed={pressed}
        onClick={() => toggleFocus({ kind, id })}
      >
        {kind === 'stage' ? t('focus.focusStage') : t('focus.focusLane')}
      </button>
    </div>
  );
}
