// What can go wrong in a CSV import of cards: whole-file errors (nothing is imported) and per-row
// rejections (that row is skipped, the others are imported), each with its translated sentence.
import type { TFunction } from 'i18next';
import type { CardCellProblem } from '../../model';
import type { CsvColumn } from './csvColumns';
import { sizeAndLimit } from '../file/importErrors';

export type CsvFileError =
  | { code: 'tooLarge'; size: number; limit: number }
  | { code: 'unreadable'; message: string }
  | { code: 'empty' }
  | { code: 'binary' }
  | { code: 'noHeader'; missing: CsvColumn[] }
  | { code: 'noRows' }
  | { code: 'tooManyRows'; count: number; limit: number };

export type CsvRowProblem =
  | { code: 'malformed' }
  | { code: 'missingStage' }
  | { code: 'missingLane' }
  | { code: 'missingText' }
  | { code: 'unknownKind'; value: string }
  /** A cell a card kind could not read (see each kind's CSV columns). */
  | CardCellProblem
  | { code: 'tooLong'; column: CsvColumn; limit: number }
  | { code: 'tooManyStages'; limit: number }
  | { code: 'tooManyLanes'; limit: number };

/** A row left out of the import, numbered as a spreadsheet shows it (the header is row 1). */
export interface CsvRejection {
  row: number;
  problem: CsvRowProblem;
}

export function describeCsvFileError(error: CsvFileError, t: TFunction, locale: string): string {
  switch (error.code) {
    case 'tooLarge':
      return t('csvImport.errors.tooLarge', sizeAndLimit(error, locale));
    case 'unreadable':
      return t('csvImport.errors.unreadable', { message: error.message });
    case 'empty':
      return t('csvImport.errors.empty');
    case 'binary':
      return t('csvImport.errors.binary');
    case 'noHeader':
      return t('csvImport.errors.noHeader', { columns: error.missing.join(', ') });
    case 'noRows':
      return t('csvImport.errors.noRows');
    case 'tooManyRows':
      return t('csvImport.errors.tooManyRows', {
        count: error.count.toLocaleString(locale),
        limit: error.limit.toLocaleString(locale),
      });
  }
}

export function describeCsvRowProblem(problem: CsvRowProblem, t: TFunction): string {
  switch (problem.code) {
    case 'malformed':
    case 'missingStage':
    case 'missingLane':
    case 'missingText':
      return t(`csvImport.reasons.${problem.code}`);
    case 'unknownKind':
    case 'unknownChannel':
    case 'unknownObjective':
    case 'badRating':
    case 'badScore':
    case 'unknownPersona':
      return t(`csvImport.reasons.${problem.code}`, { value: problem.value });
    case 'badLevel':
      return t('csvImport.reasons.badLevel', { column: problem.column, value: problem.value });
    case 'tooLong':
      return t('csvImport.reasons.tooLong', { column: problem.column, limit: problem.limit });
    case 'tooManyStages':
    case 'tooManyLanes':
      return t(`csvImport.reasons.${problem.code}`, { limit: problem.limit });
  }
}
