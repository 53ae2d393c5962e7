// What can go wrong when importing a file, as typed errors, and the translated message for each.
import type { TFunction } from 'i18next';

export type ImportError =
  | { code: 'tooLarge'; size: number; limit: number }
  | { code: 'unreadable'; message: string }
  | { code: 'notJson' }
  | { code: 'tooDeep'; limit: number }
  | { code: 'notParcours' }
  | { code: 'unknownFormat'; format: string }
  | { code: 'newerVersion'; found: number; supported: number }
  | { code: 'failedStep'; step: string; message: string }
  | { code: 'invalidField'; path: string; message: string }
  | { code: 'storage'; message: string };

export type ImportErrorCode = ImportError['code'];

/** A size in megabytes (or kilobytes below one megabyte), in the reader's language. */
export function formatSize(bytes: number, locale: string): string {
  const megabytes = bytes / (1024 * 1024);
  const [value, unit] = megabytes >= 1 ? [megabytes, 'megabyte'] : [bytes / 1024, 'kilobyte'];
  return new Intl.NumberFormat(locale, {
    style: 'unit',
    unit,
    unitDisplay: 'short',
    maximumFractionDigits: 1,
  }).format(value);
}

/** A too-large file's size and the limit, each in the reader's language. */
export function sizeAndLimit(
  error: { size: number; limit: number },
  locale: string,
): { size: string; limit: string } {
  return { size: formatSize(error.size, locale), limit: formatSize(error.limit, locale) };
}

/** One clear sentence naming the problem, in the interface language. */
export function describeImportError(error: ImportError, t: TFunction, locale: string): string {
  switch (error.code) {
    case 'tooLarge':
      return t('io.errors.tooLarge', sizeAndLimit(error, locale));
    case 'unreadable':
      return t('io.errors.unreadable', { message: error.message });
    case 'notJson':
      return t('io.errors.notJson');
    case 'tooDeep':
      return t('io.errors.tooDeep', { limit: error.limit.toLocaleString(locale) });
    case 'notParcours':
      return t('io.errors.notParcours');
    case 'unknownFormat':
      return t('io.errors.unknownFormat', { format: error.format });
    case 'newerVersion':
      return t('io.errors.newerVersion', { found: error.found, supported: error.supported });
    case 'failedStep':
      return t('io.errors.failedStep', { step: error.step, message: error.message });
    case 'invalidField':
      return t('io.errors.invalidField', { path: error.path, message: error.message });
    case 'storage':
      return t('io.errors.storage', { message: error.message });
  }
}
