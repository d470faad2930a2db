// Which Chromium the browser tests use, and what `npm test` does when there is none.
// Shared by scripts/ensure-chromium.mjs and tests/support/chromium.ts.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** Distribution builds, in the order they are tried after Playwright's own. */
export const SYSTEM_CHROMIUMS = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];

export const FIX =
  'run `npx playwright install chromium` where the network allows, or install chromium (Debian: `apt-get install chromium`), or set CHROMIUM_PATH to a Chromium binary';

/**
 * Pure: CHROMIUM_PATH when set, else Playwright's Chromium when downloaded, else the distribution's.
 * `executablePath` is undefined for Playwright's own, which it then launches itself.
 * @param {{ env: Record<string, string | undefined>, exists: (path: string) => boolean, playwrightPath: string | null, systemPaths?: readonly string[] }} input
 * @returns {{ found: true, source: 'CHROMIUM_PATH' | 'playwright' | 'system', executablePath?: string } | { found: false, reason: string }}
 */
export function findChromium({ env, exists, playwrightPath, systemPaths = SYSTEM_CHROMIUMS }) {
  const chosen = env.CHROMIUM_PATH;
  if (chosen) {
    return exists(chosen)
      ? { found: true, source: 'CHROMIUM_PATH', executablePath: chosen }
      : { found: false, reason: `CHROMIUM_PATH names ${chosen}, which does not exist` };
  }
  if (playwrightPath && exists(playwrightPath)) return { found: true, source: 'playwright' };
  const system = systemPaths.find((path) => exists(path));
  if (system) return { found: true, source: 'system', executablePath: system };
  return { found: false, reason: "neither Playwright's Chromium nor a system chromium is installed" };
}

/** The real machine's answer. */
export function localChromium(env = process.env) {
  return findChromium({ env, exists: existsSync, playwrightPath: playwrightChromiumPath() });
}

/** Where Playwright keeps its Chromium (whether or not it has been downloaded). */
export function playwrightChromiumPath() {
  try {
    const require = createRequire(import.meta.url);
    return require('@playwright/test').chromium.executablePath();
  } catch {
    return null;
  }
}

/**
 * Before the tests run: find Chromium, else download Playwright's once (unless downloads are
 * switched off), else one line naming the fix. Returns the exit code.
 * @param {{ find: () => ReturnType<typeof findChromium>, env: Record<string, string | undefined>, install: () => boolean, log: (line: string) => void, error: (line: string) => void }} deps
 */
export function ensureChromium({ find, env, install, log, error }) {
  let found = find();
  if (found.found) return 0;
  if (!env.CHROMIUM_PATH && !env.PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD) {
    log(`Landscape tests: ${found.reason}; downloading Playwright's Chromium…`);
    if (install()) found = find();
    if (found.found) return 0;
  }
  error(`Landscape tests cannot run: ${found.reason}. To fix it, ${FIX}.`);
  return 1;
}

/** `playwright install chromium`, quietly; true when it finished. */
export function installPlaywrightChromium() {
  const require = createRequire(import.meta.url);
  const cli = join(dirname(require.resolve('playwright/package.json')), 'cli.js');
  const run = spawnSync(process.execPath, [cli, 'install', 'chromium'], {
    stdio: ['ignore', 'ignore', 'ignore'],
    timeout: 10 * 60 * 1000,
  });
  return run.status === 0;
}
