import { resolve } from 'node:path';
import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

const resolveShared = { alias: { '@shared': resolve('src/shared') } };

export default defineConfig({
  test: {
    projects: [
      {
        resolve: resolveShared,
        test: { name: 'unit', environment: 'node', include: ['tests/unit/**/*.test.ts'], testTimeout: 60_000 },
      },
      {
        resolve: resolveShared,
        plugins: [react()],
        test: {
          name: 'component',
          environment: 'jsdom',
          include: ['tests/component/**/*.test.tsx'],
          setupFiles: ['tests/component/setup.ts'],
          // jsdom and Lexical are slow to start on a loaded two-core machine; 5 s is too tight there.
          testTimeout: 20_000,
        },
      },
    ],
  },
});
