// One row of radio buttons in the export dialog's options: a named group, its visible label, and
// one choice per value.
export function RadioRow<T extends string | number>({
  label,
  name,
  values,
  value,
  labelOf,
  onChange,
}: {
  /** The group's name, shown and read. */
  label: string;
  /** The inputs' shared name attribute. */
  name: string;
  values: readonly T[];
  value: T;
  labelOf: (value: T) => string;
  onChange: (value: T) => void;
}) {
  return (
    <div role="radiogroup" aria-label={label} className="export-options__row">
      <span aria-hidden="true">{label}</span>
      {values.map((choice) => (
        <label key={choice} className="export-options__choice">
          <input
            type="radio"
            name={name}
            checked={value === choice}
            onChange={() => onChange(choice)}
          />
          {labelOf(choice)}
        </label>
      ))}
    </div>
  );
}
