// Labelled form controls for the inspector: text, long text, select and checkbox, all controlled.
import type { ReactNode } from 'react';

interface FieldProps<T> {
  label: string;
  value: T;
  onChange: (value: T) => void;
}

function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <label className="field">
      <span className="field__label">{label}</span>
      {children}
    </label>
  );
}

export function TextField({
  label,
  value,
  onChange,
  placeholder,
}: FieldProps<string> & { placeholder?: string }) {
  return (
    <Field label={label}>
      <input
        className="field__input"
        type="text"
        value={value}
        placeholder={placeholder}
        onChange={(event) => onChange(event.target.value)}
      />
    </Field>
  );
}

export function TextAreaField({
  label,
  value,
  onChange,
  rows = 4,
}: FieldProps<string> & { rows?: number }) {
  return (
    <Field label={label}>
      <textarea
        className="field__input field__input--multiline"
        rows={rows}
        value={value}
        onChange={(event) => onChange(event.target.value)}
      />
    </Field>
  );
}

export interface Option<T extends string> {
  value: T;
  label: string;
}

export function SelectField<T extends string>({
  label,
  value,
  options,
  onChange,
}: FieldProps<T> & { options: readonly Option<T>[] }) {
  return (
    <Field label={label}>
      <select
        className="field__input"
        value={value}
        onChange={(event) => {
          const chosen = options.find((option) => option.value === event.target.value);
          if (chosen) onChange(chosen.value);
        }}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </Field>
  );
}

export function CheckboxField({ label, value, onChange }: FieldProps<boolean>) {
  return (
    <label className="field field--inline">
      <input
        className="field__checkbox"
        type="checkbox"
        checked={value}
        onChange={(event) => onChange(event.target.checked)}
      />
      <span className="field__label">{label}</span>
    </label>
  );
}
