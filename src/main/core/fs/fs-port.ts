import * as fsp from 'node:fs/promises';
import type { Stats } from 'node:fs';

/**
 * The few file operations the vault needs. Passed in through constructors so tests can inject
 * failures (a full disk, a folder we may not read) that a root-run test could not provoke honestly.
 */
export interface FsPort {
  readFile(path: string): Promise<Buffer>;
  /** Up to `length` bytes from the start of the file. */
  readPrefix(path: string, length: number): Promise<Buffer>;
  /** Creates a new file (fails if it exists), writes all of `data` and fsyncs it. */
  writeDurable(path: string, data: Buffer): Promise<void>;
  link(existing: string, newPath: string): Promise<void>;
  rename(from: string, to: string): Promise<void>;
  unlink(path: string): Promise<void>;
  removeTree(path: string): Promise<void>;
  mkdir(path: string): Promise<void>;
  readdir(path: string): Promise<string[]>;
  stat(path: string): Promise<Stats>;
  /** Makes a rename or unlink in this folder durable. */
  syncDir(path: string): Promise<void>;
}

export const nodeFs: FsPort = {
  readFile: (path) => fsp.readFile(path),
  async readPrefix(path, length) {
    const handle = await fsp.open(path, 'r');
    try {
      const buffer = Buffer.allocUnsafe(length);
      const { bytesRead } = await handle.read(buffer, 0, length, 0);
      return buffer.subarray(0, bytesRead);
    } finally {
      await handle.close();
    }
  },
  async writeDurable(path, data) {
    const handle = await fsp.open(path, 'wx', 0o600);
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
  },
  link: (existing, newPath) => fsp.link(existing, newPath),
  rename: (from, to) => fsp.rename(from, to),
  unlink: (path) => fsp.unlink(path),
  removeTree: (path) => fsp.rm(path, { recursive: true, force: true }),
  mkdir: async (path) => {
    await fsp.mkdir(path, { recursive: true, mode: 0o700 });
  },
  readdir: (path) => fsp.readdir(path),
  stat: (path) => fsp.stat(path),
  async syncDir(path) {
    // Windows cannot open a folder for fsync; NTFS journals the rename itself.
    if (process.platform === 'win32') return;
    const handle = await fsp.open(path, 'r');
    try {
      await handle.sync();
    } catch (err) {
      // Some network and FUSE file systems refuse fsync on folders; the rename has still happened.
      if (!hasCode(err, 'EINVAL') && !hasCode(err, 'ENOTSUP')) throw err;
    } finally {
      await handle.close();
    }
  },
};

export function hasCode(err: unknown, code: string): boolean {
  return typeof err === 'object' && err !== null && (err as { code?: unknown }).code === code;
}
