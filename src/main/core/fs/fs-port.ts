import * as fs from 'node:fs';
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
  /** The same, synchronously: for many small reads from a fast disk (see prefix-reader.ts). */
  readPrefixSync(path: string, length: number): Buffer;
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
  /**
   * Opens a folder now, to fsync it later: a save opens it while its temp file is written, so
   * only the fsync itself waits after the link. fsync covers the folder as it is when called.
   */
  openDirForSync(path: string): Promise<DirSync>;
}

export interface DirSync {
  /** fsyncs, then closes. */
  sync(): Promise<void>;
  /** Closes without syncing (the save failed). */
  close(): void;
}

// Reads use the callback API rather than FileHandle: each async fs call is a thread-pool round
// trip, and for thousands of small files those round trips, not the disk, are the cost.
export const nodeFs: FsPort = {
  readFile: (path) => readWhole(path),
  readPrefix: (path, length) =>
    withFd(path, (fd, done) => {
      const buffer = Buffer.allocUnsafe(length);
      fs.read(fd, buffer, 0, length, 0, (err, n) => done(err, buffer.subarray(0, n)));
    }),
  readPrefixSync(path, length) {
    const fd = fs.openSync(path, 'r');
    try {
      const buffer = Buffer.allocUnsafe(length);
      return buffer.subarray(0, fs.readSync(fd, buffer, 0, length, 0));
    } finally {
      fs.closeSync(fd);
    }
  },
  async writeDurable(path, data) {
    const handle = await fsp.open(path, 'wx', 0o600);
    try {
      await handle.writeFile(data);
      await handle.sync();
    } catch (err) {
      await handle.close().catch(() => undefined);
      throw err;
    }
    // Once fsync has returned the bytes are safe; closing is bookkeeping the caller need not wait for.
    void handle.close().catch(() => undefined);
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
    await (await nodeFs.openDirForSync(path)).sync();
  },
  async openDirForSync(path) {
    // Windows cannot open a folder for fsync; NTFS journals the rename itself.
    if (process.platform === 'win32') return { sync: async () => undefined, close: () => undefined };
    const handle = await fsp.open(path, 'r');
    const close = () => void handle.close().catch(() => undefined);
    return {
      async sync() {
        try {
          await handle.sync();
        } catch (err) {
          // Some network and FUSE file systems refuse fsync on folders; the rename has still happened.
          if (!hasCode(err, 'EINVAL') && !hasCode(err, 'ENOTSUP')) throw err;
        } finally {
          close();
        }
      },
      close,
    };
  },
};

export function hasCode(err: unknown, code: string): boolean {
  return typeof err === 'object' && err !== null && (err as { code?: unknown }).code === code;
}

/** Most entries fit the first read, so a whole file is usually open, read, close: no fstat. */
const FIRST_READ = 64 * 1024;

function readWhole(path: string): Promise<Buffer> {
  return withFd(path, (fd, done) => {
    const chunks: Buffer[] = [];
    const next = (size: number) => {
      const buffer = Buffer.allocUnsafe(size);
      fs.read(fd, buffer, 0, size, null, (err, n) => {
        if (err) return done(err, Buffer.alloc(0));
        chunks.push(buffer.subarray(0, n));
        if (n < size) return done(null, chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks));
        next(size * 4);
      });
    };
    next(FIRST_READ);
  });
}

function withFd<T>(path: string, use: (fd: number, done: (err: Error | null, value: T) => void) => void): Promise<T> {
  return new Promise((resolve, reject) => {
    fs.open(path, 'r', (err, fd) => {
      if (err) return reject(err);
      use(fd, (useErr, value) => {
        fs.close(fd, (closeErr) => {
          if (useErr ?? closeErr) reject(useErr ?? closeErr);
          else resolve(value);
        });
      });
    });
  });
}
