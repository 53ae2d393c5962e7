// Reads CSV text into the card table: finds the header (the exporter's column ids, in any order
// and any case), the separator (comma, semicolon or tab) and the line ending, then gives each
// record its values by column and its row number as a spreadsheet shows it (the header is row 1).
import Papa from 'papaparse';
import { CSV_COLUMNS, CSV_REQUIRED_COLUMNS, type CsvColumn, type CsvRow } from './csvColumns';
import { restoreFormula } from './csvFile';
import type { CsvFileError } from './csvImportErrors';
import { matchValue } from './csvMatch';

/** More cards than a workshop produces; beyond this the file is refused rather than half-read. */
export const CSV_MAX_ROWS = 5_000;

export interface CsvRecord {
  row: number;
  values: CsvRow;
  /** The parser met broken quoting in this record, so its values cannot be trusted. */
  malformed: boolean;
}

export interface CsvTable {
  /** The known columns the header holds. */
  columns: CsvColumn[];
  /** Header cells that name no known column; their values are not read. */
  ignored: string[];
  records: CsvRecord[];
}

export type CsvTableResult = { ok: true; table: CsvTable } | { ok: false; error: CsvFileError };

/** The separator that occurs most often in the header line (outside quotes); comma on a tie. */
function headerDelimiter(headerLine: string): string {
  const unquoted = headerLine.replace(/"[^"]*"/g, '');
  const counts = [',', ';', '\t'].map((d) => ({ d, n: unquoted.split(d).length - 1 }));
  return counts.reduce((best, next) => (next.n > best.n ? next : best)).d;
}

function lineEnding(text: string): string {
  const match = /\r\n|\n|\r/.exec(text);
  return match ? match[0] : '\n';
}

function isBlank(cells: readonly string[]): boolean {
  return cells.every((cell) => cell.trim() === '');
}

export function readCsvTable(input: string): CsvTableResult {
  const text = input.replace(/^\uFEFF/, '');
  if (text.trim() === '') return { ok: false, error: { code: 'empty' } };
  const firstLine = text.trimStart().split(/\r\n|\n|\r/, 1)[0] ?? '';
  const parsed = Papa.parse<string[]>(text, {
    delimiter: headerDelimiter(firstLine),
    newline: lineEnding(text.trimStart()) as '\r\n' | '\n' | '\r',
    quoteChar: '"',
    header: false,
    skipEmptyLines: false,
  });
  const malformedRows = new Set(parsed.errors.flatMap((e) => (e.row === undefined ? [] : [e.row])));

  const headerIndex = parsed.data.findIndex((cells) => !isBlank(cells));
  const header = parsed.data[headerIndex] ?? [];
  const positions = new Map<CsvColumn, number>();
  const ignored: string[] = [];
  header.forEach((cell, index) => {
    const column = matchValue(CSV_COLUMNS, cell);
    if (column && !positions.has(column)) positions.set(column, index);
    else if (cell.trim() !== '') ignored.push(cell.trim());
  });
  const missing = CSV_REQUIRED_COLUMNS.filter((column) => !positions.has(column));
  if (missing.length > 0) return { ok: false, error: { code: 'noHeader', missing } };

  const records: CsvRecord[] = [];
  parsed.data.forEach((cells, index) => {
    if (index <= headerIndex || isBlank(cells)) return;
    const values = Object.fromEntries(
      CSV_COLUMNS.map((column) => {
        const position = positions.get(column);
        const raw = position === undefined ? '' : (cells[position] ?? '');
        return [column, restoreFormula(raw)];
      }),
    ) as CsvRow;
    records.push({ row: index + 1, values, malformed: malformedRows.has(index) });
  });
  if (records.length === 0) return { ok: false, error: { code: 'noRows' } };
  if (records.length > CSV_MAX_ROWS) {
    return {
      ok: false,
      error: { code: 'tooManyRows', count: records.length, limit: CSV_MAX_ROWS },
    };
  }
  return { ok: true, table: { columns: [...positions.keys()], ignored, records } };
}
