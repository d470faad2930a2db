import { readdir, readFile, rm, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { atomicCreate } from '../../../src/main/core/fs/atomic-write';
import { nodeFs, type FsPort } from '../../../src/main/core/fs/fs-port';
import { MAX_SPARE_BYTES, SpareFile } from '../../../src/main/core/fs/spare-file';
import { countingFs } from './fixtures/counting-fs';
import { diskFullAfterHalf, errno } from './fixtures/failing-fs';
import { tempDir } from './fixtures/temp-dir';

async function readySpare(dir: string, length: number, fs: FsPort = nodeFs): Promise<SpareFile> {
  const spare = new SpareFile(fs, dir);
  spare.prepare(length);
  await spare.settled();
  return spare;
}

describe('SpareFile', () => {
  it('makes a zero-filled file in whole 4 KiB pages with room to grow, and hands it out once', async () => {
    const dir = await tempDir();
    const spare = await readySpare(dir, 5000);
    const { path, size } = spare.take(5000)!;
    expect(path).toMatch(/\/\.spare\.[0-9a-f]{12}\.tmp$/);
    const bytes = await readFile(path);
    expect(bytes.length).toBe(size);
    expect(bytes.length % 4096).toBe(0);
    expect(bytes.length).toBeGreaterThanOrEqual(5000 * 1.25);
    expect(bytes.every((b) => b === 0)).toBe(true);
    expect(spare.take(5000)).toBeUndefined();
  });

  it('is not handed out for a save too big for it, nor for one far smaller', async () => {
    const dir = await tempDir();
    const spare = await readySpare(dir, 40_000);
    expect(spare.take(60_000)).toBeUndefined();
    expect(spare.take(500)).toBeUndefined();
    expect(spare.take(39_000)).toBeDefined();
  });

  it('replaces a spare that no longer fits, so only one is ever on disk', async () => {
    const dir = await tempDir();
    const spare = await readySpare(dir, 40_000);
    spare.prepare(500);
    await spare.settled();
    expect(await readdir(dir)).toHaveLength(1);
    expect((await stat(join(dir, (await readdir(dir))[0]!))).size).toBe(8192);
    expect(spare.take(500)).toBeDefined();
  });

  it('is not made for saves over 1 MiB, whose own bytes dwarf what it saves', async () => {
    const dir = await tempDir();
    const spare = await readySpare(dir, MAX_SPARE_BYTES + 1);
    expect(await readdir(dir)).toEqual([]);
    expect(spare.take(MAX_SPARE_BYTES + 1)).toBeUndefined();
  });

  it('leaves nothing behind when the disk is full, and hands out nothing', async () => {
    const dir = await tempDir();
    const spare = await readySpare(dir, 5000, diskFullAfterHalf());
    expect(spare.take(5000)).toBeUndefined();
    expect(await readdir(dir)).toEqual([]);
  });

  it('is handed out only once its name is durable too: its folder is fsynced after it', async () => {
    const dir = await tempDir();
    const fs = countingFs(dir);
    const spare = await readySpare(dir, 5000, fs);
    expect(fs.calls.filter((c) => /^(createFilled|syncDir)/.test(c))).toEqual([
      expect.stringMatching(/^createFilled \/\.spare\./),
      'syncDir ',
    ]);
    expect(spare.take(5000)).toBeDefined();

    const unsynced = await readySpare(dir, 5000, {
      ...nodeFs,
      syncDir: async () => Promise.reject(errno('EIO', 'fsync')),
    });
    expect(unsynced.take(5000)).toBeUndefined();
    expect(await readdir(dir)).toHaveLength(1);
  });

  it('close removes the spare, even one still being made, and makes no more', async () => {
    const dir = await tempDir();
    const spare = new SpareFile(nodeFs, dir);
    spare.prepare(5000);
    spare.close();
    spare.prepare(5000);
    await spare.settled();
    expect(await readdir(dir)).toEqual([]);
    expect(spare.take(5000)).toBeUndefined();
  });
});

describe('atomicCreate into a spare', () => {
  it('writes over the spare in place, fdatasyncs, links, and only then fsyncs the folder', async () => {
    const dir = await tempDir();
    const spare = (await readySpare(dir, 100)).take(100)!;
    const calls: string[] = [];
    const spy: FsPort = {
      ...nodeFs,
      writeDurable: async () => Promise.reject(new Error('a spare needs no new temp file')),
      link: async (a, b) => (calls.push(`link ${a === spare.path}`), nodeFs.link(a, b)),
      openDir: async (p) => {
        const real = await nodeFs.openDir(p);
        return { sync: async () => (calls.push(`fsync dir ${p === dir}`), real.sync()), close: real.close };
      },
    };
    const watched = {
      ...spare,
      overwrite: async (d: Buffer) => {
        await spare.overwrite(d);
        calls.push('write+fdatasync');
      },
    };
    const path = join(dir, 'e.1.lse');
    expect(await atomicCreate(spy, path, Buffer.from('the words'), 'save', { spare: watched })).toBe('written');
    expect(calls).toEqual(['write+fdatasync', 'link true', 'fsync dir true']);
    const bytes = await readFile(path);
    expect(bytes.subarray(0, 9).toString()).toBe('the words');
    expect(bytes.length).toBe(8192);
    expect(bytes.subarray(9).every((b) => b === 0)).toBe(true);
    expect(await readdir(dir)).toEqual(['e.1.lse']);
  });

  it("with landLater and a kept folder, is done once linked; the folder fsync, then the spare name's removal, land later", async () => {
    const dir = await tempDir();
    const spare = (await readySpare(dir, 100)).take(100)!;
    const calls: string[] = [];
    let syncNow: () => void = () => undefined;
    const folder = nodeFs.openDir(dir).then((real) => ({
      sync: () => new Promise<void>((resolve) => (syncNow = () => void real.sync().then(resolve))),
      close: real.close,
    }));
    const spy: FsPort = { ...nodeFs, unlink: async (p) => (calls.push('unlink'), nodeFs.unlink(p)) };
    let landing: Promise<void> | undefined;
    const path = join(dir, 'e.2.lse');
    const outcome = await atomicCreate(spy, path, Buffer.from('the words'), 'save', {
      spare,
      folder,
      landLater: (l) => (landing = l),
    });
    expect(outcome).toBe('written');
    expect((await readFile(path)).subarray(0, 9).toString()).toBe('the words');
    // Until the link is durable, the spare's name keeps the words too.
    expect((await readdir(dir)).sort()).toEqual([basename(spare.path), 'e.2.lse']);
    expect(calls).toEqual([]);
    syncNow();
    await landing;
    expect(calls).toEqual(['unlink']);
    expect(await readdir(dir)).toEqual(['e.2.lse']);
    (await folder).close();
  });

  it('writes a temp file of its own when the spare was removed meanwhile', async () => {
    const dir = await tempDir();
    const spare = (await readySpare(dir, 100)).take(100)!;
    await rm(spare.path);
    const path = join(dir, 'e.1.lse');
    // Its own temp file's name is not durable until the folder is synced, so the save waits for that.
    let handedOver = false;
    const folder = nodeFs.openDir(dir);
    const landLater = () => (handedOver = true);
    expect(await atomicCreate(nodeFs, path, Buffer.from('the words'), 'save', { spare, folder, landLater })).toBe(
      'written',
    );
    expect(handedOver).toBe(false);
    (await folder).close();
    expect(await readFile(path, 'utf8')).toBe('the words');
    expect(await readdir(dir)).toEqual(['e.1.lse']);
  });

  it('uses the spare up even when nothing is placed', async () => {
    const dir = await tempDir();
    const spare = (await readySpare(dir, 100)).take(100)!;
    const path = join(dir, 'e.2.lse');
    expect(await atomicCreate(nodeFs, path, Buffer.from('x'), 'save', { spare, precondition: async () => false })).toBe(
      'refused',
    );
    expect(await readdir(dir)).toEqual([]);
  });
});
