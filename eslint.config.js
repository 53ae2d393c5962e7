// Lint rules for Parcours. The model must stay pure: no React, React Flow, Dexie or DOM.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import prettier from 'eslint-config-prettier';

const impureModules = [
  { name: 'react', message: 'src/model is pure TypeScript: no React.' },
  { name: 'react-dom', message: 'src/model is pure TypeScript: no React.' },
  { name: '@xyflow/react', message: 'src/model must not depend on React Flow.' },
  { name: 'dexie', message: 'src/model must not depend on storage.' },
  { name: 'zustand', message: 'src/model must not depend on the store.' },
];

export default tseslint.config(
  {
    ignores: [
      'dist',
      'dist-*',
      'node_modules',
      'test-results',
      'playwright-report',
      'dev-dist',
      'bench/**/dist',
      // Throwaway scripts a developer runs against the local build; never committed.
      '.tmp',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['src/model/**/*.ts'],
    languageOptions: { globals: { ...globals.es2022 } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: impureModules,
          patterns: [
            {
              group: ['react/*', 'react-dom/*', '@xyflow/*', 'dexie/*'],
              message: 'src/model is pure.',
            },
            {
              group: ['**/store/**', '**/canvas/**', '**/ui/**', '**/persistence/**', '**/app/**'],
              message: 'src/model must not import app layers.',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        'window',
        'document',
        'navigator',
        'localStorage',
        'indexedDB',
      ],
    },
  },
  {
    files: ['**/*.{js,mjs}'],
    languageOptions: { globals: { ...globals.node } },
  },
  prettier,
);
