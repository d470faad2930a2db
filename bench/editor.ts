// Editor speed in real Chromium, on the built renderer served by the loopback bridge.
import { makeDataDir, removeDataDir } from './data-dir';
import { chromium, type Page } from '@playwright/test';
import { landscapeShimScript } from '../tests/e2e/bridge/page-shim';
import { startBridge } from '../tests/e2e/bridge/server';
import { chromiumLaunchOptions } from '../tests/support/chromium';
import { longEntry } from './fixtures/long-entry';
import type { BenchRow } from './row';
import { percentile } from './stats';

const KEYSTROKES = 150;
const OPENS = 15;
/** Without vsync a frame is drawn as soon as there is something to draw: what remains is our own cost. */
export const UNCAPPED = ['--disable-frame-rate-limit', '--disable-gpu-vsync'];

export async function runEditorBench(): Promise<BenchRow[]> {
  const uncapped = await measure(UNCAPPED);
  const vsync = await measure([]);
  return [
    { name: 'editor.typing_p50_ms', value: round(percentile(uncapped.typing, 50)), unit: 'ms' },
    { name: 'editor.typing_p95_ms', value: round(percentile(uncapped.typing, 95)), unit: 'ms' },
    { name: 'editor.typing_p95_60hz_ms', value: round(percentile(vsync.typing, 95)), unit: 'ms' },
    { name: 'editor.open_5000w_ms', value: round(percentile(uncapped.opens, 50)), unit: 'ms' },
    { name: 'editor.open_5000w_p95_ms', value: round(percentile(uncapped.opens, 95)), unit: 'ms' },
    { name: 'editor.open_5000w_60hz_ms', value: round(percentile(vsync.opens, 50)), unit: 'ms' },
  ];
}

async function measure(extraArgs: string[]): Promise<{ typing: number[]; opens: number[] }> {
  const dataDir = await makeDataDir('editor');
  const bridge = await startBridge({ dataDir });
  const launch = chromiumLaunchOptions();
  const browser = await chromium.launch({ ...launch, args: [...(launch.args ?? []), ...extraArgs] });
  try {
    const { handlers } = bridge.app;
    const draft = { templateId: null, tags: { worlds: [], free: [] } };
    await handlers['vault:create']({ passphrase: 'bench passphrase is long enough 1' });
    await handlers['entries:create']({
      ...draft,
      date: '2026-01-05',
      title: 'Five thousand words',
      content: longEntry(5000),
    });
    await handlers['entries:create']({ ...draft, date: '2026-01-04', title: 'Small', content: longEntry(20) });

    const page = await browser.newPage({ viewport: { width: 1200, height: 800 } });
    await page.addInitScript({ content: landscapeShimScript(bridge.token) });
    await page.goto(`${bridge.url}/index.html`);
    await page.getByRole('textbox', { name: 'Reflection' }).waitFor();
    const opens: number[] = [];
    for (let i = 0; i < OPENS; i++) opens.push(await timeOpen(page));
    return { opens, typing: await timeTyping(page) };
  } finally {
    await browser.close();
    await bridge.close();
    await removeDataDir(dataDir);
  }
}

/** From the click on the list item to the frame after the long entry is in the editor. */
function timeOpen(page: Page): Promise<number> {
  return page.evaluate(async () => {
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
  });
}

/** Key event timestamp to just after the next frame is drawn, for each key typed at the end of the entry. */
export async function timeTyping(page: Page): Promise<number[]> {
  const editor = page.getByRole('textbox', { name: 'Reflection' });
  await editor.click();
  await page.keyboard.press('Control+End');
  await page.evaluate(() => {
    const w = window as unknown as { __latencies: number[] };
    w.__latencies = [];
    document.addEventListener(
      'keydown',
      (event) => {
        const pressed = event.timeStamp;
        requestAnimationFrame(() => {
          const channel = new MessageChannel();
          channel.port1.onmessage = () => w.__latencies.push(performance.now() - pressed);
          channel.port2.postMessage(null);
        });
      },
      true,
    );
  });
  for (let i = 0; i < KEYSTROKES; i++) {
    await page.keyboard.type('abcdefghij '[i % 11]!);
    await page.waitForTimeout(30);
  }
  await page.waitForTimeout(1000);
  return page.evaluate(() => (window as unknown as { __latencies: number[] }).__latencies);
}

const round = (n: number) => Math.round(n * 100) / 100;
