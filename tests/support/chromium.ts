import type { LaunchOptions } from '@playwright/test';
import { localChromium } from '../../scripts/chromium.mjs';

/**
 * The Chromium `npm test` checked for (scripts/ensure-chromium.mjs): CHROMIUM_PATH, else Playwright's own,
 * else the distribution's. The network flags stop Chromium calling home on a machine whose network is closed.
 */
export function chromiumLaunchOptions(): LaunchOptions {
  const found = localChromium();
  const executablePath = found.found ? found.executablePath : undefined;
  return {
    ...(executablePath ? { executablePath } : {}),
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  };
}
