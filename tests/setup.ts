// Shared set-up for unit and component tests: DOM matchers and cleanup after each test.
import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';
import { startTranslations } from '../src/i18n';
import { en } from '../src/i18n/en';
import { fr } from '../src/i18n/fr';

startTranslations({ en, fr });

afterEach(() => {
  cleanup();
});
