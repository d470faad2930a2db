// Cold start of the production renderer, in real Chromium through the loopback bridge: from navigation to the
// lock screen's first frame, measured inside the page (performance.now() counts from navigation start).
import { makeDataDir, removeDataDir } from './data-dir';
import { chromium } from '@playwright/test';
import { landscapeShimScript } from '../tests/e2e/bridge/page-shim';
import { startBridge } from '../tests/e2e/bridge/server';
import { chromiumLaunchOptions } from '../tests/support/chromium';
import type { BenchRow } from './row';
import { percentile } from './stats';

const RUNS = 15;
const LOCKED = 'Your journal is locked';

/** Installed before the page's own scripts: notes the frame in which the lock screen's heading first shows. */
const PAINT_PROBE = `(() => {
  const seen = () => [...document.querySelectorAll('h1')].some((h) => h.textContent.includes(${JSON.stringify(LOCKED)}));
  const observer = new MutationObserver(() => {
    if (!seen()) return;
    observer.disconnect();
    requestAnimationFrame(() => { window.__lockPainted = performance.now(); });
  });
  document.addEventListener('DOMContentLoaded', () => observer.observe(document.body, { childList: true, subtree: true }));
})();`;

export async function runStartupBench(): Promise<BenchRow[]> {
  const dataDir = await makeDataDir('startup');
  const bridge = await startBridge({ dataDir });
  const browser = await chromium.launch(chromiumLaunchOptions());
  try {
    await bridge.app.handlers['vault:create']({ passphrase: 'bench passphrase is long enough 1' });
    await bridge.app.handlers['vault:lock'](undefined);
    const times: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const page = await browser.newPage({ viewport: { width: 1200, height: 800 } });
      await page.addInitScript({ content: landscapeShimScript(bridge.token) });
      await page.addInitScript({ content: PAINT_PROBE });
      await page.goto(`${bridge.url}/index.html`);
      const painted = await page.waitForFunction(() => (window as { __lockPainted?: number }).__lockPainted);
      times.push((await painted.jsonValue()) as number);
      await page.close();
    }
    return [{ name: 'startup.first_paint_ms', value: Math.round(percentile(times, 50) * 10) / 10, unit: 'ms' }];
  } finally {
    await browser.close();
    await bridge.close();
    await removeDataDir(dataDir);
  }
}
