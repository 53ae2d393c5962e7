// Writes CSV text (RFC 4180) and the journey's card table as a UTF-8 file that Excel opens cleanly.
import type { Journey, Persona } from '../model';
import { CSV_COLUMNS, CSV_TEXT_COLUMNS, journeyRows, type CsvRow } from './csvColumns';

/** Excel reads a CSV as UTF-8 (accents intact) only when it starts with this byte-order mark. */
export const UTF8_BOM = '\uFEFF';

/** A field quoted when it holds a comma, a quote or a line break; quotes are doubled. */
export function quoteField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/**
 * Text that a spreadsheet would run as a formula (=, +, -, @ or a control character first) gets
 * a leading apostrophe, so opening an exported map never executes anything.
 */
export function neutraliseFormula(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

function line(row: CsvRow): string {
  return CSV_COLUMNS.map((column) =>
    quoteField(CSV_TEXT_COLUMNS.has(column) ? neutraliseFormula(row[column]) : row[column]),
  ).join(',');
}

/** The header row and one row per card, CRLF-separated, without the BOM. */
export function journeyCsv(journey: Journey, personas: readonly Persona[]): string {
  return [CSV_COLUMNS.join(','), ...journeyRows(journey, personas).map(line)].join('\r\n') + '\r\n';
}

export function journeyCsvBlob(journey: Journey, personas: readonly Persona[]): Blob {
  return new Blob([UTF8_BOM + journeyCsv(journey, personas)], { type: 'text/csv;charset=utf-8' });
}
