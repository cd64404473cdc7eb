import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['**/*.test.ts'],
    exclude: ['node_modules/**', 'core/db/generated/**'],
    globalSetup: ['test/global-setup.ts'],
    testTimeout: 180_000,
    hookTimeout: 120_000,
    // Workflow tests share one Temporal server; two files at a time keep the 2-core machine responsive.
    maxWorkers: 2,
  },
});
