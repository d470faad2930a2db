// Backup benchmark: back up and restore the same generated 10,000-entry vault as bench/vault.ts.
// `node --import tsx bench/backup.ts` prints a table; bench/run.ts collects the rows.
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createBackup } from '../src/main/core/backup/create-backup';
import { openBackup } from '../src/main/core/backup/open-backup';
import { restoreBackup } from '../src/main/core/backup/restore-backup';
import { Vault } from '../src/main/core/vault/vault';
import type { BenchRow } from './row';
import { ENTRIES, generate, PASSPHRASE } from './vault';

const round = (x: number) => Math.round(x * 100) / 100;

export async function runBackupBench(): Promise<BenchRow[]> {
  const root = await mkdtemp(join(tmpdir(), 'landscape-bench-backup-'));
  try {
    const dir = join(root, 'vault');
    const { vault } = await Vault.create(dir, PASSPHRASE);
    const key = vault.exportDeviceKey();
    await generate(dir, key, vault.id);
    key.fill(0);
    await vault.entries.sync();

    const file = join(root, 'journal.landscape-backup');
    const t0 = performance.now();
    const summary = await createBackup(vault, file, { includeRevisions: true });
    const createMs = performance.now() - t0;
    if (summary.entries !== ENTRIES) throw new Error('the backup did not hold every entry');
    vault.lock();

    // From an opened backup to a restored vault that lists every entry. The passphrase's key
    // derivation is left out, as vault.unlock_list_10k_ms leaves it out: it is vault.kdf_ms.
    const backup = await openBackup(file, { passphrase: PASSPHRASE });
    const t1 = performance.now();
    const restored = await restoreBackup(backup, join(root, 'restored'));
    await backup.close();
    if (restored.entries.list().length !== ENTRIES) throw new Error('the restored vault did not list every entry');
    const restoreMs = performance.now() - t1;
    restored.lock();

    return [
      { name: 'backup.create_10k_ms', value: round(createMs), unit: 'ms' },
      { name: 'backup.restore_10k_ms', value: round(restoreMs), unit: 'ms' },
      { name: 'backup.file_10k_mb', value: round((await stat(file)).size / 1024 / 1024), unit: 'MiB' },
    ];
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  console.table(await runBackupBench());
}
