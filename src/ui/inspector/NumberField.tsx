// A number input that lets a person type freely: it commits as soon as the text is a number in
// range, keeps half-typed text (such as "1" on the way to "150") until then, and shows the store's
// value again on blur.
import { useState } from 'react';

interface NumberFieldProps {
  label: string;
  value: number;
  min: number;
  max: number;
  step?: number;
  onCommit: (value: number) => void;
}

export function NumberField({ label, value, min, max, step = 1, onCommit }: NumberFieldProps) {
  const [draft, setDraft] = useState<string | null>(null);
  const parse = (text: string): number | null => {
    const number = Number(text);
    return text.trim() !== '' && Number.isFinite(number) ? number : null;
  };
  return (
    <label className="field">
      <span className="field__label">{label}</span>
      <input
        className="field__input"
        type="number"
        inputMode="numeric"
        min={min}
        max={max}
        step={step}
        value={draft ?? String(value)}
        onChange={(event) => {
          const text = event.target.value;
          const number = parse(text);
          if (number !== null && number >= min && number <= max) {
            onCommit(number);
            setDraft(null);
          } else {
            setDraft(text);
          }
        }}
        onBlur={() => {
          const number = draft === null ? null : parse(draft);
          if (number !== null) onCommit(Math.max(min, Math.min(max, number)));
          setDraft(null);
        }}
      />
    </label>
  );
}
