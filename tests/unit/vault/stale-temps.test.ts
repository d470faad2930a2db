import { mkdir, readdir, stat, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { nodeFs } from '../../../src/main/core/fs/fs-port';
import { removeStaleTemps } from '../../../src/main/core/vault/stale-temps';
import { tempDir } from './fixtures/temp-dir';

const MINUTE = 60_000;

describe('removeStaleTemps', () => {
  it('removes temp files at least the given age old, in every folder given, and counts them', async () => {
    const a = await tempDir();
    const b = await tempDir();
    // Whole seconds, so the times set below are stored exactly and the edge case is exact.
    const now = Math.floor(Date.now() / 1000) * 1000;
    const at = async (path: string, ageMs: number) => {
      await writeFile(path, 'x');
      const when = (now - ageMs) / 1000;
      await utimes(path, when, when);
    };
    await at(join(a, '.old.lse.1.tmp'), 10 * MINUTE);
    await at(join(a, '.young.lse.2.tmp'), 10 * MINUTE - 1000);
    await at(join(a, 'entry.1.lse'), 60 * MINUTE);
    await at(join(a, '.hidden'), 60 * MINUTE);
    await at(join(a, 'visible.tmp'), 60 * MINUTE);
    await at(join(b, '.other.tmp'), 11 * MINUTE);
    await mkdir(join(b, '.folder.tmp'));
    const dirMtime = (now - 60 * MINUTE) / 1000;
    await utimes(join(b, '.folder.tmp'), dirMtime, dirMtime);

    const removed = await removeStaleTemps(nodeFs, [a, join(a, 'missing'), b], 10 * MINUTE, now);
    expect(removed).toBe(2);
    expect((await readdir(a)).sort()).toEqual(['.hidden', '.young.lse.2.tmp', 'entry.1.lse', 'visible.tmp']);
    expect(await readdir(b)).toEqual(['.folder.tmp']);
    expect((await stat(join(b, '.folder.tmp'))).isDirectory()).toBe(true);
  });

  it('goes on past a temp file it may not remove, and removes nothing when nothing is stale', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, '.a.tmp'), 'x');
    await writeFile(join(dir, '.b.tmp'), 'x');
    const refusing = {
      ...nodeFs,
      unlink: (path: string) =>
        path.endsWith('.a.tmp')
          ? Promise.reject(Object.assign(new Error('no'), { code: 'EPERM' }))
          : nodeFs.unlink(path),
    };
    expect(await removeStaleTemps(refusing, [dir], 0)).toBe(1);
    expect(await readdir(dir)).toEqual(['.a.tmp']);
    expect(await removeStaleTemps(nodeFs, [dir], 10 * MINUTE)).toBe(0);
    expect(await readdir(dir)).toEqual(['.a.tmp']);
  });
});
