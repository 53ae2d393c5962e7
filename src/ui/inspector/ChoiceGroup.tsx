// A row of mutually exclusive choices (radio buttons drawn as a segmented control), big enough to tap.
import { useId, type ReactNode } from 'react';

export interface Choice<T extends string> {
  value: T;
  /** The visible text, which is also the radio's accessible name. */
  label: string;
  /** Decoration shown before the label and hidden from assistive technology (an icon, a face). */
  icon?: ReactNode;
  /** A longer description, shown as a tooltip. */
  hint?: string;
}

interface ChoiceGroupProps<T extends string> {
  legend: string;
  value: T;
  choices: readonly Choice<T>[];
  onChange: (value: T) => void;
  /** A sentence under the choices, e.g. what the scale means. */
  description?: string;
}

export function ChoiceGroup<T extends string>({
  legend,
  value,
  choices,
  onChange,
  description,
}: ChoiceGroupProps<T>) {
  const name = useId();
  return (
    <fieldset className="choice-group">
      <legend className="field__label">{legend}</legend>
      <div className="choice-group__options">
        {choices.map((choice) => (
          <label key={choice.value} className="choice" title={choice.hint}>
            <input
              className="choice__input"
              type="radio"
              name={name}
              value={choice.value}
              checked={choice.value === value}
              onChange={() => onChange(choice.value)}
            />
            <span className="choice__text">
              {choice.icon && <span aria-hidden="true">{choice.icon}</span>}
              {choice.label}
            </span>
          </label>
        ))}
      </div>
      {description && <p className="inspector__hint">{description}</p>}
    </fieldset>
  );
}
