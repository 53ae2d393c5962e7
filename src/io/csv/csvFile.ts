// Writes CSV text (RFC 4180) and the journey's card table as a UTF-8 file that Excel opens cleanly,
// separated by commas or, for spreadsheets set up for French (where the comma is the decimal mark),
// by semicolons.
import { cleanStrings, type Journey, type Persona } from '../../model';
import { CSV_COLUMNS, journeyRows, type CsvRow } from './csvColumns';

/** Excel reads a CSV as UTF-8 (accents intact) only when it starts with this byte-order mark. */
export const UTF8_BOM = '\uFEFF';

/** The separators a card table can be written with; the import reads either. */
export const CSV_SEPARATORS = [',', ';'] as const;
export type CsvSeparator = (typeof CSV_SEPARATORS)[number];

/**
 * A field quoted when it holds a comma, a semicolon, a quote or a line break; quotes are doubled.
 * Both separators are quoted whichever one the file uses, so a cell never splits in two.
 */
export function quoteField(value: string): string {
  return /[",;\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** Formula starters, possibly behind apostrophes a person typed (so the guard can be undone). */
const FORMULA_START = /^'*[=+\-@\t\r]/;
/** A signed whole or decimal number (an emotion score of −1) is data, not a formula. */
const PLAIN_NUMBER = /^[+-]?\d+(\.\d+)?$/;

/**
 * Text that a spreadsheet would run as a formula (=, +, -, @ or a control character first) gets
 * a leading apostrophe, so opening an exported map never executes anything. Text that already
 * starts with apostrophes before such a character gets one more, so the CSV import can always
 * take exactly one off again (see restoreFormula). A plain number is left as it is.
 */
export function neutraliseFormula(value: string): string {
  return FORMULA_START.test(value) && !PLAIN_NUMBER.test(value) ? `'${value}` : value;
}

/** The inverse of neutraliseFormula: drops the apostrophe the exporter put in front. */
export function restoreFormula(value: string): string {
  return value.startsWith("'") && FORMULA_START.test(value.slice(1)) ? value.slice(1) : value;
}

function line(row: CsvRow, separator: CsvSeparator): string {
  return CSV_COLUMNS.map((column) => quoteField(neutraliseFormula(row[column]))).join(separator);
}

/** The header row and one row per card, CRLF-separated, without the BOM. */
export function journeyCsv(
  journey: Journey,
  personas: readonly Persona[],
  separator: CsvSeparator = ',',
): string {
  const rows = journeyRows(cleanStrings(journey), cleanStrings(personas));
  return (
    [CSV_COLUMNS.join(separator), ...rows.map((row) => line(row, separator))].join('\r\n') + '\r\n'
  );
}

export function journeyCsvBlob(
  journey: Journey,
  personas: readonly Persona[],
  separator: CsvSeparator = ',',
): Blob {
  return new Blob([UTF8_BOM + journeyCsv(journey, personas, separator)], {
    type: 'text/csv;charset=utf-8',
  });
}
