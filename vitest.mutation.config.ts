// The unit tests for `npm run mutate` (StrykerJS): Node only, without the SIGKILL crash test, whose child
// processes would take minutes per mutant and which checks the file system's promises, not the code's logic.
import { resolve } from 'node:path';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { alias: { '@shared': resolve('src/shared') } },
  test: {
    environment: 'node',
    include: ['tests/unit/**/*.test.ts'],
    exclude: ['tests/unit/vault/crash.test.ts', 'tests/unit/build/**'],
    testTimeout: 60_000,
  },
});
