// Editor speed in real Chromium, on the built renderer served by the loopback bridge.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { installLandscapeShim } from '../tests/e2e/bridge/page-shim';
import { chromiumLaunchOptions } from '../tests/support/chromium';
import { startBridge } from '../tests/e2e/bridge/server';
import { longEntry } from './fixtures/long-entry';
import { percentile } from './stats';
import type { BenchRow } from './row';

const KEYSTROKES = 120;
const OPENS = 15;

export async function runEditorBench(): Promise<BenchRow[]> {
  const dataDir = await mkdtemp(join(tmpdir(), 'landscape-bench-editor-'));
  const bridge = await startBridge({ dataDir });
  const browser = await chromium.launch(chromiumLaunchOptions());
  try {
    const { handlers } = bridge.app;
    await handlers['vault:create']({ passphrase: 'bench passphrase is long enough 1' });
    await handlers['entries:create']({ date: '2026-01-05', title: 'Five thousand words', templateId: null, tags: { worlds: [], people: [], free: [] }, content: longEntry(5000), text: '' });
    await handlers['entries:create']({ date: '2026-01-04', title: 'Small', templateId: null, tags: { worlds: [], people: [], free: [] }, content: longEntry(20), text: '' });

    const page = await browser.newPage({ viewport: { width: 1200, height: 800 } });
    await page.addInitScript(installLandscapeShim, bridge.token);
    await page.goto(`${bridge.url}/index.html`);
    await page.getByRole('textbox', { name: 'Reflection' }).waitFor();

    // Opening: from the click on the list item to the last paragraph painted.
    const opens: number[] = [];
    for (let i = 0; i < OPENS; i++) {
      opens.push(
        await page.evaluate(async () => {
          const editorChildren = () => document.querySelector('[aria-label="Reflection"]')?.children.length ?? 0;
          const item = (text: string) => {
            const found = [...document.querySelectorAll('nav button')].find((b) => b.textContent?.includes(text));
            if (!found) throw new Error(`no list item "${text}"`);
            return found as HTMLButtonElement;
          };
          const until = (ready: () => boolean) =>
            new Promise<void>((done) => {
              const check = () => (ready() ? requestAnimationFrame(() => setTimeout(done, 0)) : requestAnimationFrame(check));
              check();
            });
          item('Small').click();
          await until(() => editorChildren() > 0 && editorChildren() < 5);
          const start = performance.now();
          item('Five thousand words').click();
          await until(() => editorChildren() >= 50);
          return performance.now() - start;
        }),
      );
    }

    // Typing: key event timestamp to the frame after the change is painted.
    const editor = page.getByRole('textbox', { name: 'Reflection' });
    await editor.click();
    await page.keyboard.press('Control+End');
    await page.evaluate(() => {
      const w = window as unknown as { __latencies: number[] };
      w.__latencies = [];
      document.addEventListener('keydown', (event) => {
        const pressed = event.timeStamp;
        requestAnimationFrame(() => {
          const channel = new MessageChannel();
          channel.port1.onmessage = () => w.__latencies.push(performance.now() - pressed);
          channel.port2.postMessage(null);
        });
      }, true);
    });
    for (let i = 0; i < KEYSTROKES; i++) {
      await page.keyboard.type('abcdefghij '[i % 11]!);
      await page.waitForTimeout(25);
    }
    await page.waitForTimeout(200);
    const typing = await page.evaluate(() => (window as unknown as { __latencies: number[] }).__latencies);
    return [
      { name: 'editor.typing_p50_ms', value: round(percentile(typing, 50)), unit: 'ms' },
      { name: 'editor.typing_p95_ms', value: round(percentile(typing, 95)), unit: 'ms' },
      { name: 'editor.open_5000w_ms', value: round(percentile(opens, 50)), unit: 'ms' },
      { name: 'editor.open_5000w_p95_ms', value: round(percentile(opens, 95)), unit: 'ms' },
    ];
  } finally {
    await browser.close();
    await bridge.close();
    await rm(dataDir, { recursive: true, force: true });
  }
}

const round = (n: number) => Math.round(n * 100) / 100;
