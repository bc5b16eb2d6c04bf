// @ts-check
import js from '@eslint/js';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Imports and globals that would tie @deskkit/runtime to React or a browser. */
export const runtimeBoundary = {
  files: ['packages/runtime/src/**/*.ts'],
  languageOptions: { globals: { ...globals.node } },
  rules: {
    'no-restricted-imports': [
      'error',
      {
        paths: [
          { name: 'react', message: '@deskkit/runtime is headless: it must not import React.' },
          { name: 'react-dom', message: '@deskkit/runtime is headless: it must not import React.' },
        ],
        patterns: [
          {
            group: [
              'react/*',
              'react-dom/*',
              '@deskkit/forms',
              '@deskkit/designer',
              '@deskkit/widgets',
              '*.css',
            ],
            message: '@deskkit/runtime is headless: no React, no UI packages, no CSS.',
          },
        ],
      },
    ],
    'no-restricted-globals': [
      'error',
      ...[
        'window',
        'document',
        'navigator',
        'localStorage',
        'sessionStorage',
        'HTMLElement',
        'indexedDB',
      ].map((name) => ({
        name,
        message: `@deskkit/runtime runs in Node too: do not use the DOM global "${name}".`,
      })),
    ],
  },
};

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      'storybook-static/**',
      'test-results/**',
      '**/*.d.ts',
      'test/fixtures/boundary/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  {
    files: [
      'packages/{forms,designer,widgets}/src/**/*.{ts,tsx}',
      'apps/playground/src/**/*.{ts,tsx}',
      '.storybook/**/*.{ts,tsx}',
    ],
    plugins: { 'react-hooks': reactHooks, 'jsx-a11y': jsxA11y },
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...jsxA11y.flatConfigs.recommended.rules,
    },
  },
  runtimeBoundary,
  {
    files: ['**/*.{js,mjs,cjs}', 'scripts/**', 'test/**', '**/*.config.ts', '**/bench/**'],
    languageOptions: { globals: { ...globals.node } },
  },
);
