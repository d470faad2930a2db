// The unit tests for `npm run mutate` (StrykerJS): Node only, without the SIGKILL crash test, whose child
// processes would take minutes per mutant and which checks the file system's promises, not the code's logic.
// MUTATE_TESTS (comma-separated globs) narrows the tests to one folder's own, for a per-folder run that ends in
// minutes rather than hours: a survivor runs every test that covers it, and nearly all of them reach the vault.
import { resolve } from 'node:path';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { alias: { '@shared': resolve('src/shared') } },
  test: {
    environment: 'node',
    include: process.env.MUTATE_TESTS?.split(',') ?? ['tests/unit/**/*.test.ts'],
    exclude: ['tests/unit/vault/crash.test.ts', 'tests/unit/build/**'],
    testTimeout: 60_000,
  },
});
