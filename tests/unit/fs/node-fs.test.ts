import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { lstat, mkdir, readFile, symlink, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:net';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { nodeFs } from '../../../src/main/core/fs/fs-port';
import { requireRegularFile, StrayItemError, strayReason } from '../../../src/main/core/fs/stray';
import { errno } from '../vault/fixtures/failing-fs';
import { tempDir } from '../vault/fixtures/temp-dir';

const servers: Server[] = [];
afterEach(() => servers.splice(0).forEach((s) => s.close()));

const KIB = 1024;
const MIB = 1024 * KIB;

/** A real file of `size` random bytes. */
async function fileOf(size: number): Promise<{ path: string; bytes: Buffer }> {
  const path = join(await tempDir(), 'f.lse');
  const bytes = randomBytes(size);
  await writeFile(path, bytes);
  return { path, bytes };
}

describe('nodeFs reads of vault files', () => {
  // The first read is 64 KiB and each next one four times larger: sizes at and around those steps.
  it.each([0, 1, 64 * KIB - 1, 64 * KIB, 64 * KIB + 1, 320 * KIB, 400 * KIB])(
    'reads all %i bytes of a file, however many reads it takes',
    async (size) => {
      const { path, bytes } = await fileOf(size);
      expect((await nodeFs.readFile(path, 1 * MIB)).equals(bytes)).toBe(true);
    },
  );

  it('reads a file of exactly the most bytes allowed, and refuses one byte more', async () => {
    const { path, bytes } = await fileOf(100 * KIB);
    expect((await nodeFs.readFile(path, 100 * KIB)).equals(bytes)).toBe(true);
    const err = await nodeFs.readFile(path, 100 * KIB - 1).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(StrayItemError);
    expect((err as StrayItemError).reason).toBe('is 100 KiB, larger than this kind of file can be (100 KiB)');
  });

  it('reads the first bytes of a file, or all of a shorter one, synchronously or not', async () => {
    const { path, bytes } = await fileOf(5000);
    expect((await nodeFs.readPrefix(path, 16, MIB)).equals(bytes.subarray(0, 16))).toBe(true);
    expect(nodeFs.readPrefixSync(path, 16, MIB).equals(bytes.subarray(0, 16))).toBe(true);
    expect((await nodeFs.readPrefix(path, 9000, MIB)).equals(bytes)).toBe(true);
    expect(nodeFs.readPrefixSync(path, 9000, MIB).equals(bytes)).toBe(true);
  });

  it('refuses to read a folder or a link, before opening it', async () => {
    const dir = await tempDir();
    const { path } = await fileOf(10);
    const link = join(dir, 'link.lse');
    await symlink(path, link);
    for (const read of [
      (p: string) => nodeFs.readFile(p, MIB),
      (p: string) => nodeFs.readPrefix(p, 4, MIB),
      async (p: string) => nodeFs.readPrefixSync(p, 4, MIB),
    ]) {
      await expect(read(dir)).rejects.toThrow(/is a folder, not a file/);
      await expect(read(link)).rejects.toThrow(/is a link to somewhere else, not a file/);
    }
  });

  it('writes a new file durably, never over an existing one', async () => {
    const path = join(await tempDir(), 'new.lse');
    const data = randomBytes(70 * KIB);
    await nodeFs.writeDurable(path, data);
    expect((await readFile(path)).equals(data)).toBe(true);
    await expect(nodeFs.writeDurable(path, Buffer.from('other'))).rejects.toMatchObject({ code: 'EEXIST' });
    expect((await readFile(path)).equals(data)).toBe(true);
  });

  it('makes a zero-filled file of the size asked, and overwrites its start in place', async () => {
    const path = join(await tempDir(), '.spare.tmp');
    const filled = await nodeFs.createFilled(path, 8192);
    expect(filled).toMatchObject({ path, size: 8192 });
    expect((await readFile(path)).equals(Buffer.alloc(8192))).toBe(true);
    await filled.overwrite(Buffer.from('hello'));
    filled.close();
    const after = await readFile(path);
    expect(after.length).toBe(8192);
    expect(after.subarray(0, 6).toString('latin1')).toBe('hello\0');
    await expect(nodeFs.createFilled(path, 10)).rejects.toMatchObject({ code: 'EEXIST' });
  });

  it('makes folders with their parents, private to the user, and lists, syncs and removes them', async () => {
    const root = await tempDir();
    const deep = join(root, 'a', 'b');
    await nodeFs.mkdir(deep);
    await nodeFs.mkdir(deep);
    expect((await lstat(deep)).mode & 0o777).toBe(0o700);
    await writeFile(join(deep, 'x'), 'x');
    expect(await nodeFs.readdir(deep)).toEqual(['x']);
    await nodeFs.syncDir(deep);
    await nodeFs.removeTree(join(root, 'a'));
    await expect(lstat(join(root, 'a'))).rejects.toMatchObject({ code: 'ENOENT' });
  });
});

describe('requireRegularFile', () => {
  const check = async (path: string, max = MIB) => {
    try {
      requireRegularFile(await lstat(path), path, max);
      return 'a file';
    } catch (err) {
      expect(err).toBeInstanceOf(StrayItemError);
      expect((err as StrayItemError).code).toBe('ESTRAY');
      expect((err as Error).message).toBe(`${path}: ${(err as StrayItemError).reason}`);
      return (err as StrayItemError).reason;
    }
  };

  it('names what stands there instead of a file', async () => {
    const dir = await tempDir();
    const fifo = join(dir, 'pipe');
    execFileSync('mkfifo', [fifo]);
    const sock = join(dir, 'sock');
    const server = createServer();
    servers.push(server);
    await new Promise<void>((resolve) => server.listen(sock, resolve));
    await mkdir(join(dir, 'folder'));
    await symlink(join(dir, 'folder'), join(dir, 'link'));
    expect(await check(fifo)).toBe('is a named pipe, not a file');
    expect(await check(sock)).toBe('is a socket, not a file');
    expect(await check(join(dir, 'folder'))).toBe('is a folder, not a file');
    expect(await check(join(dir, 'link'))).toBe('is a link to somewhere else, not a file');
    expect(await check('/dev/null')).toBe('is a device, not a file');
    expect(await check((await fileOf(3)).path)).toBe('a file');
  });

  it('gives the size over the limit in KiB, or in MiB from one MiB up', async () => {
    expect(await check((await fileOf(2049)).path, 2048)).toBe('is 3 KiB, larger than this kind of file can be (2 KiB)');
    expect(await check((await fileOf(MIB + MIB / 2)).path, MIB)).toBe(
      'is 1.5 MiB, larger than this kind of file can be (1.0 MiB)',
    );
    expect(await check((await fileOf(MIB)).path, MIB)).toBe('a file');
  });
});

describe('strayReason', () => {
  it('explains what the item is for a stray error or a refused open, and nothing for a disk error', () => {
    expect(strayReason(new StrayItemError('p', 'is a socket, not a file'))).toBe('is a socket, not a file');
    expect(strayReason(errno('ELOOP', 'open'))).toBe('is a link to somewhere else, not a file');
    expect(strayReason(errno('EISDIR', 'read'))).toBe('is a folder, not a file');
    expect(strayReason(errno('EFBIG', 'read'))).toBe('is larger than this kind of file can be');
    expect(strayReason(errno('EIO', 'read'))).toBeUndefined();
    expect(strayReason(null)).toBeUndefined();
    expect(strayReason('ELOOP')).toBeUndefined();
  });
});
