// The CSV table's separator, beside the CSV button: comma, or semicolon for spreadsheets in
// French. The first choice follows the interface language; a choice is remembered on the device.
import { useTranslation } from '../../i18n';
import { CSV_SEPARATORS, type CsvSeparator } from '../../io/csv/csvFile';

const LABEL = { ',': 'export.csvComma', ';': 'export.csvSemicolon' } as const;

interface Props {
  value: CsvSeparator;
  onChange: (separator: CsvSeparator) => void;
  disabled: boolean;
}

export function CsvSeparatorSelect({ value, onChange, disabled }: Props) {
  const { t } = useTranslation();
  return (
    <label className="export-formats__csv">
      {t('export.csvSeparator')}
      <select
        value={value}
        disabled={disabled}
        onChange={(event) =>
          onChange(CSV_SEPARATORS.find((s) => s === event.target.value) ?? value)
        }
      >
        {CSV_SEPARATORS.map((separator) => (
          <option key={separator} value={separator}>
            {t(LABEL[separator])}
          </option>
        ))}
      </select>
    </label>
  );
}
