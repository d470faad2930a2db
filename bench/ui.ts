// What the writer feels, in real Chromium through the loopback bridge, on generated journals of 1k, 10k
// and 30k entries: unlock to list, typing, the freeze after an autosave, scrolling, new entry, switching
// screens, DOM size, heap, and the size of the list as it crosses to the page.
import { mkdir, writeFile } from 'node:fs/promises';
import { makeDataDir, removeDataDir } from './data-dir';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from '@playwright/test';
import { nodeFs } from '../src/main/core/fs/fs-port';
import { encodeEntryFile } from '../src/main/core/vault/entry-file';
import { paths } from '../src/main/core/vault/layout';
import { DEFAULT_MAX_ENTRY_BYTES, Vault } from '../src/main/core/vault/vault';
import { landscapeShimScript } from '../tests/e2e/bridge/page-shim';
import { startBridge, type Bridge } from '../tests/e2e/bridge/server';
import { chromiumLaunchOptions } from '../tests/support/chromium';
import type { BenchRow } from './row';
import { percentile } from './stats';
import { PASSPHRASE, sampleEntry } from './vault';
import { UNCAPPED, timeTyping } from './editor';

const RUNS = 3;

/**
 * A journal made with the vault's own code and the real key derivation (so unlock pays it, as the writer
 * does), its entry files written with the vault's encoder. Writing and syncing are setup, never timed.
 */
async function makeJournal(count: number): Promise<{ dataDir: string; bridge: Bridge }> {
  const dataDir = await makeDataDir(`ui-${count}`);
  const dir = join(dataDir, 'vault');
  await mkdir(dir, { recursive: true });
  const { vault } = await Vault.create(dir, PASSPHRASE);
  const key = vault.exportDeviceKey();
  const p = paths(dir);
  for (let i = 0; i < count; i += 500) {
    const batch = Array.from({ length: Math.min(500, count - i) }, (_, k) => sampleEntry(i + k));
    await Promise.all(
      batch.map((e) => writeFile(p.entry(e.id, 1), encodeEntryFile(key, vault.id, e, DEFAULT_MAX_ENTRY_BYTES))),
    );
  }
  await nodeFs.syncDir(p.entries);
  key.fill(0);
  vault.lock();
  return { dataDir, bridge: await startBridge({ dataDir }) };
}

async function openPage(browser: Browser, bridge: Bridge): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1200, height: 800 } });
  await page.addInitScript({ content: landscapeShimScript(bridge.token) });
  await page.goto(`${bridge.url}/index.html`);
  return page;
}

/** The page's own frame-accurate wait: resolves just after the frame that shows `ready()` is drawn. */
// A screen that never becomes ready (a renamed heading, say) fails the bench after a minute instead of hanging it.
const UNTIL = `(ready) => new Promise((done, fail) => {
  const until = performance.now() + 60000;
  const check = () => {
    if (ready()) return requestAnimationFrame(() => setTimeout(done, 0));
    if (performance.now() > until) return fail(new Error('not ready after a minute: ' + ready.toString()));
    requestAnimationFrame(check);
  };
  check();
})`;

/** From the Unlock click (key derivation included) to the frame that shows the first list item. */
async function timeUnlock(page: Page): Promise<{ ms: number; payloadKb: number }> {
  await page.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
  const listed = page.waitForResponse((r) => r.url().includes('/__bridge/invoke/entries%3Alist'));
  const ms = await page.evaluate(async (until) => {
    const wait = eval(until) as (ready: () => boolean) => Promise<void>;
    const button = [...document.querySelectorAll('button')].find((b) => b.textContent === 'Unlock')!;
    const start = performance.now();
    button.click();
    await wait(() => document.querySelector('.entry-item') !== null);
    return performance.now() - start;
  }, UNTIL);
  const payloadKb = (await (await listed).body()).length / 1024;
  return { ms, payloadKb };
}

async function lock(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Lock', exact: true }).click();
  await page.getByLabel('Passphrase', { exact: true }).waitFor();
}

/** The longest gap between frames while the autosave after a short burst of typing goes out and lands. */
async function autosaveLongestFrame(page: Page): Promise<number> {
  const editor = page.getByRole('textbox', { name: 'Reflection' });
  await editor.click();
  await page.keyboard.type('A few words before the pause. ');
  return page.evaluate(async () => {
    const status = () => document.querySelector('.save-status')?.getAttribute('data-state');
    let longest = 0;
    let last = performance.now();
    await new Promise<void>((done) => {
      // Typing left it unsaved; the pause sends the save, and the frames around its answer are the ones we want.
      const frame = (now: number) => {
        longest = Math.max(longest, now - last);
        last = now;
        if (status() === 'saved') return setTimeout(done, 300);
        requestAnimationFrame(frame);
      };
      requestAnimationFrame(frame);
    });
    return longest;
  });
}

/** Scrolls the sidebar list from top to bottom in steps, one per frame; the worst frame. */
async function scrollWorstFrame(page: Page): Promise<number> {
  return page.evaluate(async () => {
    const list = document.querySelector<HTMLElement>('nav .entry-list')!;
    list.scrollTop = 0;
    const frames: number[] = [];
    let last = performance.now();
    const step = Math.max(600, list.scrollHeight / 400);
    await new Promise<void>((done) => {
      const frame = (now: number) => {
        frames.push(now - last);
        last = now;
        if (list.scrollTop + list.clientHeight >= list.scrollHeight - 1 || frames.length > 800) return done();
        list.scrollTop += step;
        requestAnimationFrame(frame);
      };
      requestAnimationFrame(frame);
    });
    // The first gap is waiting for the first frame, not drawing one.
    return Math.max(...frames.slice(1));
  });
}

/** From a click on a sidebar button to the frame where `ready` holds. */
async function timeClick(page: Page, button: string, ready: string): Promise<number> {
  return page.evaluate(
    async ([label, readyJs, until]) => {
      const wait = eval(until) as (ready: () => boolean) => Promise<void>;
      const isReady = eval(readyJs) as () => boolean;
      const target = [...document.querySelectorAll('nav button')].find((b) => b.textContent?.trim() === label);
      if (!target) throw new Error(`no button ${label}`);
      const start = performance.now();
      (target as HTMLButtonElement).click();
      await wait(isReady);
      return performance.now() - start;
    },
    [button, ready, UNTIL] as const,
  );
}

const selectedId = `() => document.querySelector('.entry-item[aria-current="true"]')?.getAttribute('data-entry-id')`;

async function timeNewEntry(page: Page): Promise<number> {
  const before = await page.evaluate(`(${selectedId})()`);
  return timeClick(
    page,
    'New entry',
    `() => { const id = (${selectedId})(); return !!id && id !== ${JSON.stringify(before)} && !!document.querySelector('[aria-label="Reflection"]'); }`,
  );
}

async function timeViews(page: Page): Promise<number> {
  const worst: number[] = [];
  for (const [button, heading] of [
    ['Calendar', 'Calendar'],
    ['Tags', 'Worlds and tags'],
    ['Trash', 'Trash'],
  ] as const) {
    const runs: number[] = [];
    for (let r = 0; r < RUNS; r++) {
      await page.getByRole('button', { name: 'Today', exact: true }).click();
      await page.getByRole('textbox', { name: 'Reflection' }).waitFor();
      runs.push(
        await timeClick(
          page,
          button,
          `() => [...document.querySelectorAll('main h1')].some((h) => h.textContent === ${JSON.stringify(heading)})`,
        ),
      );
    }
    worst.push(percentile(runs, 50));
  }
  return Math.max(...worst);
}

const domNodes = (page: Page) => page.evaluate(() => document.getElementsByTagName('*').length);

async function heapMb(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
  return usedSize / 1024 / 1024;
}

interface Measured {
  unlock: number[];
  payloadKb: number;
  typing: number[];
  dom: number;
  autosave?: number;
  newEntry?: number;
  scroll?: number;
  views?: number;
  heap?: number;
}

async function measureJournal(browser: Browser, count: number, full: boolean): Promise<Measured> {
  const { dataDir, bridge } = await makeJournal(count);
  try {
    const page = await openPage(browser, bridge);
    const unlock: number[] = [];
    let payloadKb = 0;
    for (let r = 0; r < (count > 0 ? RUNS : 1); r++) {
      if (r > 0) await lock(page);
      const run = count > 0 ? await timeUnlock(page) : { ms: 0, payloadKb: 0 };
      if (count === 0) await page.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
      if (count === 0) await page.getByRole('button', { name: 'Unlock', exact: true }).click();
      unlock.push(run.ms);
      payloadKb = run.payloadKb;
    }
    await page.getByRole('textbox', { name: 'Reflection' }).waitFor();
    await page.waitForTimeout(500);
    const dom = await domNodes(page);
    const out: Measured = { unlock, payloadKb, dom, typing: [] };
    if (full) {
      out.autosave = await autosaveLongestFrame(page);
      const news: number[] = [];
      for (let r = 0; r < RUNS; r++) news.push(await timeNewEntry(page));
      out.newEntry = percentile(news, 50);
      out.scroll = await scrollWorstFrame(page);
      out.views = await timeViews(page);
      out.heap = await heapMb(page);
      await page.getByRole('button', { name: 'New entry' }).click();
      await page.waitForTimeout(300);
    }
    out.typing = await timeTyping(page);
    await page.close();
    return out;
  } finally {
    await bridge.close();
    await removeDataDir(dataDir);
  }
}

const round = (n: number) => Math.round(n * 100) / 100;

export async function runUiBench(): Promise<BenchRow[]> {
  const launch = chromiumLaunchOptions();
  const browser = await chromium.launch({ ...launch, args: [...(launch.args ?? []), ...UNCAPPED] });
  try {
    const empty = await measureJournal(browser, 0, false);
    const small = await measureJournal(browser, 1_000, false);
    const mid = await measureJournal(browser, 10_000, true);
    const large = await measureJournal(browser, 30_000, true);
    const ms = (name: string, value: number) => ({ name, value: round(value), unit: 'ms' });
    return [
      ms('ui.unlock_to_list_10k_ms', percentile(mid.unlock, 50)),
      ms('ui.unlock_to_list_30k_ms', percentile(large.unlock, 50)),
      ms('ui.typing_p95_empty_ms', percentile(empty.typing, 95)),
      ms('ui.typing_p95_10k_ms', percentile(mid.typing, 95)),
      ms('ui.typing_p95_30k_ms', percentile(large.typing, 95)),
      ms('ui.autosave_longest_task_10k_ms', mid.autosave!),
      ms('ui.scroll_worst_frame_30k_ms', large.scroll!),
      ms('ui.new_entry_10k_ms', mid.newEntry!),
      ms('ui.view_switch_30k_ms', large.views!),
      { name: 'ui.dom_nodes_1k', value: small.dom, unit: 'elements' },
      { name: 'ui.dom_nodes_30k', value: large.dom, unit: 'elements' },
      { name: 'ui.renderer_heap_30k_mb', value: round(large.heap!), unit: 'MB' },
      { name: 'ui.list_payload_30k_kb', value: round(large.payloadKb), unit: 'kB' },
    ];
  } finally {
    await browser.close();
  }
}
