// `npm run bench`: runs every benchmark, prints one table, writes bench-results.json.
import { writeFile } from 'node:fs/promises';
import { runBackupBench } from './backup';
import { runBuildSizeBench } from './build-size';
import { runEditorBench } from './editor';
import { runExportBench } from './export';
import type { BenchRow } from './row';
import { runSearchBench } from './search';
import { runUiBench } from './ui';
import { runStartupBench } from './startup';
import { runVaultBench } from './vault';

const suites: Array<[string, () => Promise<BenchRow[]>]> = [
  ['build size', runBuildSizeBench],
  ['vault', runVaultBench],
  ['backup', runBackupBench],
  ['search', runSearchBench],
  ['export', runExportBench],
  ['editor', runEditorBench],
  ['ui', runUiBench],
  ['startup', runStartupBench],
];

const only = process.argv[2];
const rows: BenchRow[] = [];
for (const [name, run] of suites) {
  if (only && !name.includes(only)) continue;
  console.log(`Running ${name}…`);
  rows.push(...(await run()));
}
console.table(rows);
await writeFile('bench-results.json', JSON.stringify(rows, null, 2) + '\n');
console.log(`Wrote ${rows.length} rows to bench-results.json`);
