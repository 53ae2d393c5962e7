// The separator of exported CSV tables, remembered on this device (localStorage) like the other
// export options. Until a person chooses, it follows the interface: a semicolon in French, where
// spreadsheets read the comma as the decimal mark, a comma otherwise.
import { CSV_SEPARATORS, type CsvSeparator } from '../io/csv/csvFile';

const STORAGE_KEY = 'parcours.csvSeparator';

/** The separator a spreadsheet in this language expects. */
export function defaultCsvSeparator(language: string): CsvSeparator {
  return language.toLowerCase().startsWith('fr') ? ';' : ',';
}

/** The choice made in this tab, which holds even when the device could not remember it. */
let chosen: CsvSeparator | null = null;

/** The remembered choice, else the interface language's default. */
export function loadCsvSeparator(language: string): CsvSeparator {
  if (chosen) return chosen;
  try {
    const stored = globalThis.localStorage?.getItem(STORAGE_KEY);
    const known = CSV_SEPARATORS.find((separator) => separator === stored);
    if (known) return known;
  } catch {
    // Blocked storage: the language's default.
  }
  return defaultCsvSeparator(language);
}

/** Remembers the choice; false when the device would not keep it (storage full or blocked). */
export function saveCsvSeparator(separator: CsvSeparator): boolean {
  chosen = separator;
  try {
    globalThis.localStorage?.setItem(STORAGE_KEY, separator);
    return true;
  } catch {
    return false;
  }
}
