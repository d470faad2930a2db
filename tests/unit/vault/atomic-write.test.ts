import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { atomicCreate, atomicReplace, isTempName } from '../../../src/main/core/fs/atomic-write';
import { nodeFs, type FsPort } from '../../../src/main/core/fs/fs-port';
import { diskFullAfterHalf, errno } from './fixtures/failing-fs';
import { tempDir } from './fixtures/temp-dir';

describe('atomicReplace', () => {
  it('replaces the file and leaves no temp file behind', async () => {
    const dir = await tempDir();
    const path = join(dir, 'a.bin');
    await atomicReplace(nodeFs, path, Buffer.from('one'), 'save');
    await atomicReplace(nodeFs, path, Buffer.from('two'), 'save');
    expect(await readFile(path, 'utf8')).toBe('two');
    expect(await readdir(dir)).toEqual(['a.bin']);
  });

  it('fsyncs the data and then the folder, around the rename', async () => {
    const dir = await tempDir();
    const calls: string[] = [];
    const spy: FsPort = {
      ...nodeFs,
      writeDurable: async (p, d) => (
        calls.push(`write+fsync ${isTempName(p.split('/').pop()!)}`),
        nodeFs.writeDurable(p, d)
      ),
      rename: async (a, b) => (calls.push('rename'), nodeFs.rename(a, b)),
      syncDir: async (p) => (calls.push(`fsync dir ${p === dir}`), nodeFs.syncDir(p)),
    };
    await atomicReplace(spy, join(dir, 'a.bin'), Buffer.from('x'), 'save');
    expect(calls).toEqual(['write+fsync true', 'rename', 'fsync dir true']);
  });

  it('on a full disk keeps the old file intact, removes its temp file and says DISK_FULL', async () => {
    const dir = await tempDir();
    const path = join(dir, 'a.bin');
    await writeFile(path, 'the old, precious bytes');
    const fs = diskFullAfterHalf();
    await expect(atomicReplace(fs, path, Buffer.alloc(10_000, 1), 'save the entry')).rejects.toMatchObject({
      code: 'DISK_FULL',
      message: expect.stringMatching(/could not save the entry: the disk is full/),
    });
    expect(fs.failures).toHaveLength(1);
    expect(await readFile(path, 'utf8')).toBe('the old, precious bytes');
    expect(await readdir(dir)).toEqual(['a.bin']);
  });

  it('removes the temp file when the rename itself fails', async () => {
    const dir = await tempDir();
    const fs: FsPort = { ...nodeFs, rename: async () => Promise.reject(errno('EACCES', 'rename')) };
    await expect(atomicReplace(fs, join(dir, 'a.bin'), Buffer.from('x'), 'save')).rejects.toMatchObject({
      code: 'NO_ACCESS',
    });
    expect(await readdir(dir)).toEqual([]);
  });
});

describe('atomicCreate', () => {
  it('writes a new file but never replaces an existing one', async () => {
    const dir = await tempDir();
    const path = join(dir, 'e.1.lse');
    expect(await atomicCreate(nodeFs, path, Buffer.from('first'), 'save')).toBe('written');
    expect(await atomicCreate(nodeFs, path, Buffer.from('second'), 'save')).toBe('exists');
    expect(await readFile(path, 'utf8')).toBe('first');
    expect(await readdir(dir)).toEqual(['e.1.lse']);
  });

  it('fsyncs the temp file, links it, and only then fsyncs the folder', async () => {
    const dir = await tempDir();
    const calls: string[] = [];
    const spy: FsPort = {
      ...nodeFs,
      writeDurable: async (p, d) => {
        await nodeFs.writeDurable(p, d);
        calls.push('write+fsync temp');
      },
      link: async (a, b) => (calls.push('link'), nodeFs.link(a, b)),
      openDir: async (p) => {
        const real = await nodeFs.openDir(p);
        return { sync: async () => (calls.push(`fsync dir ${p === dir}`), real.sync()), close: real.close };
      },
    };
    expect(await atomicCreate(spy, join(dir, 'e.1.lse'), Buffer.from('x'), 'save')).toBe('written');
    expect(calls).toEqual(['write+fsync temp', 'link', 'fsync dir true']);
  });

  it('places nothing when the precondition fails, and leaves no temp', async () => {
    const dir = await tempDir();
    expect(
      await atomicCreate(nodeFs, join(dir, 'e.2.lse'), Buffer.from('x'), 'save', {
        precondition: async () => false,
      }),
    ).toBe('refused');
    expect(await readdir(dir)).toEqual([]);
  });

  it('falls back to check-then-rename where the file system has no hard links', async () => {
    const dir = await tempDir();
    const fs: FsPort = { ...nodeFs, link: async () => Promise.reject(errno('ENOTSUP', 'link')) };
    const path = join(dir, 'e.1.lse');
    expect(await atomicCreate(fs, path, Buffer.from('first'), 'save')).toBe('written');
    expect(await atomicCreate(fs, path, Buffer.from('second'), 'save')).toBe('exists');
    expect(await readFile(path, 'utf8')).toBe('first');
    expect(await readdir(dir)).toEqual(['e.1.lse']);
  });

  it('on a full disk writes nothing under the real name and leaves no temp', async () => {
    const dir = await tempDir();
    await expect(
      atomicCreate(diskFullAfterHalf(), join(dir, 'e.1.lse'), Buffer.alloc(5000), 'save'),
    ).rejects.toMatchObject({
      code: 'DISK_FULL',
    });
    expect(await readdir(dir)).toEqual([]);
  });
});
