import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions } from './tests/support/chromium';

// `npm run screenshots`: every screen, light and dark, at 1280×800 and 800×600, into docs/screenshots/.
export default defineConfig({
  testDir: 'tests/screenshots',
  testMatch: '**/*.spec.ts',
  timeout: 180_000,
  expect: { timeout: 10_000 },
  workers: 1,
  retries: 0,
  reporter: [['list']],
  use: { launchOptions: chromiumLaunchOptions() },
});
