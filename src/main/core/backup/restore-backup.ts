import { open, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { AppError } from '@shared/errors';
import { atomicCreate } from '../fs/atomic-write';
import { fsError } from '../fs/fs-error';
import { nodeFs } from '../fs/fs-port';
import { boundedMap } from '../vault/bounded-map';
import { serializeHeader } from '../vault/header';
import { paths } from '../vault/layout';
import { Vault, type VaultOptions } from '../vault/vault';
import { probeFolder } from '../vault/vault-folder';
import type { OpenedBackup } from './open-backup';

/** Files in flight at once. */
const PARALLEL = 64;

/**
 * Restores a backup as a new vault in `target` (missing or empty) and opens it. The vault is the
 * backed-up one, byte for byte: the same id, key and secrets. Each file is checked against the
 * authenticated manifest before it is written, and the key file goes last, so a failure part-way
 * removes what was written and leaves no half vault behind.
 */
export async function restoreBackup(backup: OpenedBackup, target: string, opts: VaultOptions = {}): Promise<Vault> {
  if ((await probeFolder(nodeFs, target)) !== 'absent')
    throw new AppError('VAULT_EXISTS', 'Restore into a new or empty folder; that one already holds files.');
  const existed = await nodeFs.stat(target).then(
    () => true,
    () => false,
  );
  const p = paths(target);
  try {
    await nodeFs.mkdir(p.entries);
    const made = new Map<string, Promise<void>>();
    const folder = (dir: string) => {
      if (!made.has(dir)) made.set(dir, nodeFs.mkdir(dir));
      return made.get(dir)!;
    };
    const written = await boundedMap(backup.manifest.files, PARALLEL, async (file) => {
      const bytes = await backup.read(file);
      const path = join(target, file.path);
      await folder(dirname(path));
      await writeFile(path, bytes, { flag: 'wx', mode: 0o600 });
      return path;
    });
    // Flushed after all are written, not one by one: the disk then commits them in a few large
    // batches. The key file is written only after every flush, so a vault that opens is whole.
    await boundedMap(written, PARALLEL, flush);
    await Promise.all([...made.keys(), p.entries].map((dir) => nodeFs.syncDir(dir)));
    if ((await atomicCreate(nodeFs, p.header, serializeHeader(backup.header), 'restore the journal')) !== 'written')
      throw new AppError('VAULT_EXISTS', 'Another journal appeared in that folder while restoring.');
  } catch (err) {
    await undo(target, existed);
    throw err instanceof AppError ? err : fsError(err, 'restore the journal', target);
  }
  return Vault.unlockWithDeviceKey(target, backup.key, opts);
}

async function flush(path: string): Promise<void> {
  const file = await open(path, 'r+');
  try {
    await file.sync();
  } finally {
    await file.close();
  }
}

async function undo(target: string, existed: boolean): Promise<void> {
  const p = paths(target);
  if (!existed) return nodeFs.removeTree(target).catch(() => undefined);
  for (const dir of [p.entries, p.revisionsRoot, p.recordsRoot]) await nodeFs.removeTree(dir).catch(() => undefined);
}
