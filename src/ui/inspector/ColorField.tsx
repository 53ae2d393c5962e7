// A colour picker with a label and, for optional colours, a button that clears the colour.
import { useId } from 'react';
import { useTranslation } from '../../i18n';

interface ColorFieldProps {
  label: string;
  /** #rrggbb, or null when no colour is set (only when `onReset` is given). */
  value: string | null;
  onChange: (color: string) => void;
  /** Clears an optional colour; omit for colours that are always set. */
  onReset?: () => void;
  /** What the picker shows while no colour is set. */
  fallback?: string;
}

export function ColorField({
  label,
  value,
  onChange,
  onReset,
  fallback = '#ffffff',
}: ColorFieldProps) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <div className="field">
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      <div className="field__color-row">
        <input
          id={id}
          className="field__color"
          type="color"
          value={value ?? fallback}
          onChange={(event) => onChange(event.target.value)}
        />
        <span className="field__color-value">{value ?? t('inspector.card.noColor')}</span>
        {onReset && (
          <button
            type="button"
            className="inspector__button inspector__button--quiet"
            onClick={onReset}
            disabled={value === null}
          >
            {t('inspector.card.resetColor')}
          </button>
        )}
      </div>
    </div>
  );
}
