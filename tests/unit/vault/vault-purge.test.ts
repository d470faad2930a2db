// Purging must be durable: the unlinks in entries/ are followed by an fsync of that folder.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { nodeFs, type FsPort } from '../../../src/main/core/fs/fs-port';
import { draft, newVault } from './fixtures/vault-fixture';

function recording(): FsPort & { ops: string[] } {
  const ops: string[] = [];
  return {
    ...nodeFs,
    ops,
    unlink: (path) => (ops.push(`unlink ${path}`), nodeFs.unlink(path)),
    removeTree: (path) => (ops.push(`removeTree ${path}`), nodeFs.removeTree(path)),
    syncDir: (path) => (ops.push(`syncDir ${path}`), nodeFs.syncDir(path)),
    openDir: async (path) => {
      const dir = await nodeFs.openDir(path);
      return { sync: () => (ops.push(`syncDir ${path}`), dir.sync()), close: () => dir.close() };
    },
  };
}

describe('purging an entry', () => {
  it('fsyncs entries/ after removing the entry’s files there', async () => {
    const fs = recording();
    const { dir, vault } = await newVault({ fs });
    const e = await vault.entries.create(draft('to be deleted'));
    await vault.entries.update(e.id, 1, { title: 'again' });
    await vault.entries.trash(e.id);
    await vault.entries.settled();
    fs.ops.length = 0;

    await vault.entries.purge(e.id);

    const entries = join(dir, 'entries');
    const lastUnlink = fs.ops.findLastIndex((op) => op.startsWith(`unlink ${entries}/${e.id}.`));
    expect(lastUnlink).toBeGreaterThanOrEqual(0);
    expect(fs.ops.slice(lastUnlink + 1)).toContain(`syncDir ${entries}`);
    expect(vault.entries.list(true)).toEqual([]);
  });
});
