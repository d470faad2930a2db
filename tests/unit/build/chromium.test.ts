import { describe, expect, it } from 'vitest';
import { ensureChromium, findChromium, type ChromiumFound } from '../../../scripts/chromium.mjs';

const PLAYWRIGHT = '/home/me/.cache/ms-playwright/chromium-1/chrome-linux64/chrome';
const on =
  (...paths: string[]) =>
  (path: string) =>
    paths.includes(path);

describe('which Chromium the browser tests use', () => {
  it("prefers Playwright's own, launched by Playwright itself", () => {
    const found = findChromium({ env: {}, exists: on(PLAYWRIGHT, '/usr/bin/chromium'), playwrightPath: PLAYWRIGHT });
    expect(found).toEqual({ found: true, source: 'playwright' });
  });

  it("falls back to the distribution's chromium", () => {
    const found = findChromium({ env: {}, exists: on('/usr/bin/chromium'), playwrightPath: PLAYWRIGHT });
    expect(found).toEqual({ found: true, source: 'system', executablePath: '/usr/bin/chromium' });
  });

  it('takes CHROMIUM_PATH over both, and refuses one that does not exist rather than guessing', () => {
    const both = on(PLAYWRIGHT, '/usr/bin/chromium', '/opt/chrome');
    expect(findChromium({ env: { CHROMIUM_PATH: '/opt/chrome' }, exists: both, playwrightPath: PLAYWRIGHT })).toEqual({
      found: true,
      source: 'CHROMIUM_PATH',
      executablePath: '/opt/chrome',
    });
    const missing = findChromium({ env: { CHROMIUM_PATH: '/opt/none' }, exists: both, playwrightPath: PLAYWRIGHT });
    expect(missing).toEqual({ found: false, reason: 'CHROMIUM_PATH names /opt/none, which does not exist' });
  });

  it('finds nothing when neither is installed', () => {
    const found = findChromium({ env: {}, exists: on(), playwrightPath: PLAYWRIGHT });
    expect(found.found).toBe(false);
  });
});

describe('npm test on a machine without Chromium', () => {
  const none: ChromiumFound = {
    found: false,
    reason: "neither Playwright's Chromium nor a system chromium is installed",
  };

  function run(env: Record<string, string>, installWorks: boolean) {
    const lines: { log: string[]; error: string[] } = { log: [], error: [] };
    let installed = false;
    const code = ensureChromium({
      find: () => (installed ? { found: true, source: 'playwright' } : none),
      env,
      install: () => {
        installed = installWorks;
        return installWorks;
      },
      log: (line) => lines.log.push(line),
      error: (line) => lines.error.push(line),
    });
    return { code, ...lines };
  }

  it("downloads Playwright's Chromium first, and goes on when that works", () => {
    const result = run({}, true);
    expect(result.code).toBe(0);
    expect(result.log).toHaveLength(1);
    expect(result.error).toEqual([]);
  });

  it('stops with one line naming the fix when the download fails', () => {
    const result = run({}, false);
    expect(result.code).toBe(1);
    expect(result.error).toHaveLength(1);
    expect(result.error[0]).not.toContain('\n');
    expect(result.error[0]).toMatch(/^Landscape tests cannot run: .*npx playwright install chromium.*CHROMIUM_PATH/);
  });

  it('does not try to download where downloads are switched off', () => {
    const result = run({ PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1' }, true);
    expect(result.code).toBe(1);
    expect(result.log).toEqual([]);
    expect(result.error).toHaveLength(1);
  });
});
