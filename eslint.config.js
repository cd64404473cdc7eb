// Lint encodes STYLE.md: no floating promises, exhaustive switches, type-only imports, no cycles,
// no console outside entry points, workflow files sandbox-clean, core free of chat/Temporal.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import importX, { createNodeResolver } from 'eslint-plugin-import-x';

const transportImports = ['@slack/*', 'telegraf', 'telegraf/*', '@temporalio/*'];

export default tseslint.config(
  { ignores: ['node_modules/**', 'core/db/generated/**', 'test-output/**', '.pointage/**', 'eslint.config.js', 'bin/*.js'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    plugins: { 'import-x': importX },
    // Cycles are ours to avoid; parsing bundled dependencies for them only costs time (and PGlite's
    // bundle overflows the parser's stack).
    settings: {
      'import-x/ignore': ['node_modules'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts'] },
      'import-x/extensions': ['.ts', '.js'],
      // Our imports name their .ts files: resolve them so that no-cycle sees the real graph.
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.js'] })],
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true }],
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      'no-console': 'error',
    },
  },
  {
    files: ['core/**/*.ts'],
    ignores: ['core/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: transportImports, message: 'core/ knows nothing of Slack, Telegram or Temporal.' }] },
      ],
    },
  },
  {
    // workflows/connection/ holds the lifecycle's workflow-side modules (plan, loop, messages).
    files: ['workflows/**/*-workflow.ts', 'workflows/workflows.ts', 'workflows/connection/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['@temporalio/*', '!@temporalio/workflow', '!@temporalio/common'], message: 'Workflow code imports only @temporalio/workflow.' },
            { group: ['node:*', 'fs', 'path', 'crypto', 'pg', '**/db/**', '**/activities*'], allowTypeImports: true, message: 'Workflow code must stay deterministic: no I/O, activity types only.' },
          ],
        },
      ],
    },
  },
  {
    files: ['bin/**', 'bench/**', 'test/**', 'standins/**', '**/*.test.ts', 'cli/main.ts'],
    rules: { 'no-console': 'off' },
  },
);
