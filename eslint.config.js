// Lint rules for Parcours. The model must stay pure: no React, React Flow, Dexie or DOM. Imports only
// ever point down the layers (see "How the code is organised" in the README).
import js from '@eslint/js';
import boundaries from 'eslint-plugin-boundaries';
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

/**
 * The layers, each with what it may import besides itself. model ← store ← canvas/ui ← app;
 * persistence and io depend on the model only, and services wire them to the stores. The scene
 * (the map as drawing primitives, for every export and the far-zoom view) depends on the model and
 * the catalogues only.
 */
const LAYERS = [
  { type: 'model', mayImport: [] },
  { type: 'i18n', mayImport: ['model'] },
  { type: 'persistence', mayImport: ['model'] },
  // A live journey as a Yjs document, and the checks every live update passes.
  { type: 'live', mayImport: ['model'] },
  { type: 'scene', mayImport: ['model', 'i18n'] },
  { type: 'io', mayImport: ['model', 'i18n', 'scene'] },
  { type: 'store', mayImport: ['model', 'i18n'] },
  {
    type: 'services',
    mayImport: ['model', 'i18n', 'scene', 'store', 'persistence', 'io', 'live'],
  },
  { type: 'commands', mayImport: ['model', 'i18n', 'store', 'services'] },
  { type: 'canvas', mayImport: ['model', 'i18n', 'scene', 'store', 'services', 'commands'] },
  {
    type: 'ui',
    mayImport: ['model', 'i18n', 'scene', 'store', 'services', 'commands', 'io', 'canvas', 'live'],
  },
  {
    type: 'app',
    mayImport: [
      'model',
      'i18n',
      'scene',
      'store',
      'services',
      'commands',
      'io',
      'canvas',
      'ui',
      'live',
    ],
  },
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
    // A switch over a union (card kinds, lane kinds, record types) must name every member, so
    // adding one makes the linter list every place that has to learn it.
    files: ['src/**/*.{ts,tsx}'],
    languageOptions: { parserOptions: { projectService: true } },
    rules: {
      '@typescript-eslint/switch-exhaustiveness-check': [
        'error',
        { considerDefaultExhaustiveForUnions: false, requireDefaultForNonUnion: false },
      ],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { boundaries },
    settings: {
      'import/resolver': { node: { extensions: ['.ts', '.tsx', '.js', '.json'] } },
      'boundaries/elements': LAYERS.map(({ type }) => ({ type, pattern: `src/${type}` })),
    },
    rules: {
      'boundaries/dependencies': [
        'error',
        {
          default: 'disallow',
          message: '{{from.type}} must not import {{to.type}}: imports only point down the layers.',
          policies: LAYERS.map(({ type, mayImport }) => ({
            from: { element: { type } },
            allow: { to: { element: { types: { anyOf: [type, ...mayImport] } } } },
          })),
        },
      ],
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
