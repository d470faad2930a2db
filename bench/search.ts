// Search and insights on the 10,000-entry vault (bench/vault.ts), through the handler table as the renderer
// calls it. `node --import tsx bench/search.ts` prints a table; bench/run.ts collects the rows.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import type { Entry } from '../src/shared/entry';
import { decodeEntryList, type EntryListWire } from '../src/shared/entry-list';
import type { SearchQuery } from '../src/shared/search';
import { dispatch } from '../src/main/app/dispatch';
import { createApp, type App } from '../src/main/app/handlers';
import { fakeOs, memoryDeviceKeys, memoryPrefs, unusedPrinter } from '../tests/support/fake-ports';
import type { BenchRow } from './row';
import { percentile } from './stats';
import { benchVault } from './vault';

const ROUNDS = 4;
const UNLOCKS = 3;
const SAVES = 200;

const year = { from: '2021-01-01', to: '2021-12-31' };
/** Fifty queries a writer might type: words, unfinished words, typos, phrases, and filters with and without words. */
const QUERIES: SearchQuery[] = [
  ...'council river funding volunteers hospital neighbours silence strategy garden elders'.split(' '),
  ...'coun riv fund volun hosp neigh sil strat gard eld'.split(' '),
  ...'councl rivr fundng voluntears hospitl neighbors silense stratgy gardn elderz'.split(' '),
  ...[
    '"river garden"',
    '"shared purpose"',
    '"council meeting"',
    '"hope doubt"',
    '"walked noticed"',
    '"system change"',
    '"youth elders"',
    '"community housing"',
  ],
  ...['council river', 'garden hope', 'trust partners', 'power relationship'],
].map((text) => ({ text }) as SearchQuery);
QUERIES.push(
  { text: 'council', ...year },
  { text: 'hosp', worlds: ['council'] },
  { text: '"shared purpose"', people: ['Ann'] },
  { text: 'volunteers', to: '2020-06-30' },
  { text: 'river', unanswered: true },
  { text: 'gard', templateIds: [null], ...year },
  { text: '', worlds: ['council'], from: '2022-03-01', to: '2022-03-31' },
  { text: '', people: ['Ann'], from: '2023-05-01', to: '2023-05-07' },
);

async function call<T>(app: App, channel: string, input?: unknown): Promise<T> {
  const result = await dispatch(app.handlers, channel, input);
  if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
  return result.value as T;
}

const round = (x: number) => Math.round(x * 100) / 100;

async function timed(fn: () => Promise<unknown>): Promise<number> {
  const t0 = performance.now();
  await fn();
  return performance.now() - t0;
}

/** This process's CPU time, in ms: on a machine shared with other work it shows the cost apart from the waiting. */
function cpuMs(since?: NodeJS.CpuUsage): number {
  const u = process.cpuUsage(since);
  return (u.user + u.system) / 1000;
}

function heapMb(): number {
  setFlagsFromString('--expose-gc');
  (runInNewContext('gc') as () => void)();
  return process.memoryUsage().heapUsed / 1024 / 1024;
}

export async function runSearchBench(): Promise<BenchRow[]> {
  if (QUERIES.length !== 50) throw new Error(`the search bench needs 50 queries, has ${QUERIES.length}`);
  const root = await mkdtemp(join(tmpdir(), 'landscape-bench-search-'));
  try {
    const { dir, vaultId, deviceKey, ids } = await benchVault(root);
    const deviceKeys = memoryDeviceKeys(true);
    deviceKeys.save(vaultId, deviceKey);
    deviceKey.fill(0);
    const app = createApp({
      prefs: memoryPrefs({ vaultDir: dir }),
      deviceKeys,
      os: fakeOs(),
      emit: () => undefined,
      printer: unusedPrinter,
      paper: () => 'A4',
      defaultVaultDir: dir,
      app: { name: 'Landscape', version: 'bench', platform: process.platform, locale: 'en-GB', languages: ['en-GB'] },
    });

    // Unlock (no key derivation: the device-key path), list, then the first search, which waits for the index.
    const listMs: number[] = [];
    const readyMs: number[] = [];
    const readyCpuMs: number[] = [];
    for (let run = 0; run < UNLOCKS; run++) {
      if (run > 0) await call(app, 'vault:lock');
      const t0 = performance.now();
      const c0 = process.cpuUsage();
      await call(app, 'vault:unlockRemembered');
      const { entries } = decodeEntryList(await call<EntryListWire>(app, 'entries:list', {}));
      listMs.push(performance.now() - t0);
      if (entries.length !== ids.length) throw new Error('bench vault did not list every entry');
      await call(app, 'search:query', { text: 'council' });
      readyMs.push(performance.now() - t0);
      readyCpuMs.push(cpuMs(c0));
    }

    const queryMs: number[] = [];
    const queryCpuMs: number[] = [];
    for (let r = 0; r <= ROUNDS; r++)
      for (const q of QUERIES) {
        const c0 = process.cpuUsage();
        const ms = await timed(() => call(app, 'search:query', q));
        if (r === 0) continue; // the first round warms up
        queryMs.push(ms);
        queryCpuMs.push(cpuMs(c0));
      }

    // A save hands the index the entry it wrote; this is the time the index takes to take it in.
    const live = app.session.search();
    const updateMs: number[] = [];
    for (let s = 0; s < SAVES; s++) {
      const entry = await call<Entry>(app, 'entries:get', { id: ids[Math.floor(Math.random() * ids.length)]! });
      const next = { ...entry, revision: entry.revision + 1, text: `${entry.text} marigold` };
      const index = live['index'];
      updateMs.push(await timed(async () => index.put(next)));
    }

    const insightsMs: number[] = [];
    for (let r = 0; r < 6; r++)
      insightsMs.push(await timed(() => call(app, 'insights:compute', { today: '2021-06-30', period: 'year' })));

    const heap = heapMb();
    await call(app, 'vault:lock');
    return [
      { name: 'search.unlock_list_while_indexing_10k_ms', value: round(percentile(listMs, 50)), unit: 'ms' },
      { name: 'search.ready_after_unlock_ms_10k', value: round(percentile(readyMs, 50)), unit: 'ms' },
      { name: 'search.ready_after_unlock_cpu_ms_10k', value: round(percentile(readyCpuMs, 50)), unit: 'ms' },
      { name: 'search.p50_ms_10k', value: round(percentile(queryMs, 50)), unit: 'ms' },
      { name: 'search.p95_ms_10k', value: round(percentile(queryMs, 95)), unit: 'ms' },
      { name: 'search.p95_cpu_ms_10k', value: round(percentile(queryCpuMs, 95)), unit: 'ms' },
      { name: 'search.update_after_save_ms', value: round(percentile(updateMs, 95)), unit: 'ms' },
      { name: 'insights.compute_ms_10k', value: round(percentile(insightsMs.slice(1), 50)), unit: 'ms' },
      { name: 'main.heap_mb_10k', value: round(heap), unit: 'MiB' },
    ];
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  console.table(await runSearchBench());
}
