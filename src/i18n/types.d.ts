// Type-checked translation keys: t('toolbar.undo') compiles, t('toolbar.oops') does not.
import 'i18next';
import type { en } from './en';

declare module 'i18next' {
  interface CustomTypeOptions {
    resources: { translation: typeof en };
    returnNull: false;
  }
}
