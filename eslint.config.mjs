import comments from '@eslint-community/eslint-plugin-eslint-comments/configs';
import { defineConfig } from 'eslint/config';
import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTypescript from 'eslint-config-next/typescript';

/**
 * `npm run lint` (and the first step of `npm test`) runs this with --max-warnings 0.
 * next/typescript is typescript-eslint's recommended set; package.json pins typescript-eslint itself.
 */
export default defineConfig(
  {
    ignores: ['.next/**', '.next-e2e/**', '.data/**', 'coverage/**', 'test-results/**', 'playwright-report/**', 'e2e/artifacts/**', 'next-env.d.ts'],
  },
  ...nextVitals,
  ...nextTypescript,
  comments.recommended,
  {
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    // import/* rules (no-cycle above all) need our modules' imports, not those of every package.
    settings: { 'import/ignore': ['node_modules'] },
    rules: {
      // `const { page: _page, ...rest } = filter` is how a field is left out of a copy.
      '@typescript-eslint/no-unused-vars': ['warn', { ignoreRestSiblings: true }],
      // Imports point one way (app -> components -> lib -> db); a cycle is a dependency pointing back.
      'import/no-cycle': ['error', { ignoreExternal: true }],
      // Every eslint-disable names its rule and says why after `--`.
      '@eslint-community/eslint-comments/require-description': ['error', { ignore: [] }],
      '@eslint-community/eslint-comments/no-unlimited-disable': 'error',
    },
  },
  {
    // Imports point one way: app -> components -> lib -> db. Tests may reach up to what they test.
    ignores: ['**/*.test.ts', '**/*.test.tsx'],
    rules: {
      'import/no-restricted-paths': [
        'error',
        {
          zones: [
            { target: './components', from: './app', message: 'Components receive server actions and app code as props.' },
            { target: './lib', from: ['./app', './components', './e2e'], message: 'lib/ is below app/ and components/; shared test code lives in test-support/.' },
            { target: './db', from: ['./app', './components', './e2e'] },
            // The schema and connection stand on configuration alone; the seed script may use lib/ like any script.
            { target: ['./db/*.ts', './db/schema/**'], from: './lib', except: ['./env.ts'], message: 'db/ needs nothing from lib/ but its configuration.' },
          ],
        },
      ],
    },
  },
);
