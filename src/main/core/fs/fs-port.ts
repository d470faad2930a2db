import * as fs from 'node:fs';
import * as fsp from 'node:fs/promises';
import type { Stats } from 'node:fs';
import { QuickCalls } from './quick-calls';
import { requireRegularFile, StrayItemError } from './stray';

/**
 * The few file operations the vault needs. Passed in through constructors so tests can inject
 * failures (a full disk, a folder we may not read) that a root-run test could not provoke honestly.
 */
export interface FsPort {
  /**
   * Reads of vault files look at the item first (lstat) and open only a regular file of at most
   * `maxBytes`, never following a link; anything else throws StrayItemError (stray.ts).
   */
  readFile(path: string, maxBytes: number): Promise<Buffer>;
  /** Up to `length` bytes from the start of the file. */
  readPrefix(path: string, length: number, maxBytes: number): Promise<Buffer>;
  /** The same, synchronously: for many small reads from a fast disk (see prefix-reader.ts). */
  readPrefixSync(path: string, length: number, maxBytes: number): Buffer;
  /** Creates a new file (fails if it exists), writes all of `data` and fsyncs it. */
  writeDurable(path: string, data: Buffer): Promise<void>;
  /** Creates a new file of `size` zero bytes (fails if it exists) and fsyncs it, keeping it open for one later write. */
  createFilled(path: string, size: number): Promise<FilledFile>;
  link(existing: string, newPath: string): Promise<void>;
  rename(from: string, to: string): Promise<void>;
  unlink(path: string): Promise<void>;
  removeTree(path: string): Promise<void>;
  mkdir(path: string): Promise<void>;
  readdir(path: string): Promise<string[]>;
  stat(path: string): Promise<Stats>;
  /** Like stat, but a symbolic link is described, not followed. */
  lstat(path: string): Promise<Stats>;
  /** Makes a rename or unlink in this folder durable. */
  syncDir(path: string): Promise<void>;
  /**
   * Opens a folder to fsync later, once or many times: fsync covers the folder as it is when
   * called, so a save opens it while its temp file is written, or keeps it open (kept-dir.ts).
   */
  openDir(path: string): Promise<OpenDir>;
}

export interface FilledFile {
  readonly path: string;
  readonly size: number;
  /**
   * Writes `data` over the start of the file and fdatasyncs it. Within the file's size this changes
   * no length or block map, so only the data is flushed: nothing waits on the file system's journal.
   */
  overwrite(data: Buffer): Promise<void>;
  close(): void;
}

export interface OpenDir {
  /** Makes the links, renames and unlinks in the folder so far durable. */
  sync(): Promise<void>;
  close(): void;
}

/** Shared by every vault file call of this process: the storage is slow or it is not. */
export const nodeFsCalls = new QuickCalls();

// The callback API rather than FileHandle: each async fs call is a thread-pool round trip, and for
// thousands of small reads, or a save on a disk whose fsync takes half a millisecond, those round
// trips and the promise machinery around them are a large part of the cost.
export const nodeFs: FsPort = {
  readFile: (path, maxBytes) => readWhole(path, maxBytes),
  readPrefix: (path, length, maxBytes) =>
    withFd(path, maxBytes, (fd, done) => {
      const buffer = Buffer.allocUnsafe(length);
      fs.read(fd, buffer, 0, length, 0, (err, n) => done(err, buffer.subarray(0, n)));
    }),
  readPrefixSync(path, length, maxBytes) {
    requireRegularFile(fs.lstatSync(path), path, maxBytes);
    const fd = fs.openSync(path, READ_FLAGS);
    try {
      const buffer = Buffer.allocUnsafe(length);
      return buffer.subarray(0, fs.readSync(fd, buffer, 0, length, 0));
    } finally {
      fs.closeSync(fd);
    }
  },
  async writeDurable(path, data) {
    const fd = await openFile(path, 'wx');
    await orClose(fd, async () => {
      await writeAll(fd, data);
      await syncFile(fd, fs.fsync);
    });
    // Once fsync has returned the bytes are safe; closing is bookkeeping nobody need wait for.
    closeLater(fd);
  },
  async createFilled(path, size) {
    const fd = await openFile(path, 'wx');
    await orClose(fd, async () => {
      await writeAll(fd, Buffer.alloc(size));
      await syncFile(fd, fs.fsync);
    });
    return {
      path,
      size,
      async overwrite(data) {
        await nodeFsCalls.run(
          () => {
            writeAllNow(fd, data);
            fs.fdatasyncSync(fd);
          },
          async () => {
            await writeAll(fd, data);
            await syncFile(fd, fs.fdatasync);
          },
        );
      },
      close: () => closeLater(fd),
    };
  },
  link: (existing, newPath) =>
    nodeFsCalls.run(
      () => fs.linkSync(existing, newPath),
      () => fsp.link(existing, newPath),
    ),
  rename: (from, to) => fsp.rename(from, to),
  unlink: (path) => fsp.unlink(path),
  removeTree: (path) => fsp.rm(path, { recursive: true, force: true }),
  mkdir: async (path) => {
    await fsp.mkdir(path, { recursive: true, mode: 0o700 });
  },
  readdir: (path) => fsp.readdir(path),
  stat: (path) =>
    nodeFsCalls.run(
      () => fs.statSync(path),
      () => fsp.stat(path),
    ),
  lstat: (path) => fsp.lstat(path),
  async syncDir(path) {
    const dir = await nodeFs.openDir(path);
    try {
      await dir.sync();
    } finally {
      dir.close();
    }
  },
  async openDir(path) {
    // Windows cannot open a folder for fsync; NTFS journals the rename itself.
    if (process.platform === 'win32') return { sync: async () => undefined, close: () => undefined };
    const fd = await openFile(path, 'r');
    return {
      sync: () =>
        new Promise<void>((resolve, reject) =>
          fs.fsync(fd, (err) => {
            // Some network and FUSE file systems refuse fsync on folders; the rename has still happened.
            if (err && !hasCode(err, 'EINVAL') && !hasCode(err, 'ENOTSUP')) reject(err);
            else resolve();
          }),
        ),
      close: () => closeLater(fd),
    };
  },
};

export function hasCode(err: unknown, code: string): boolean {
  return typeof err === 'object' && err !== null && (err as { code?: unknown }).code === code;
}

/**
 * After lstat said "regular file", the open still refuses a link (O_NOFOLLOW) and never waits on a
 * pipe (O_NONBLOCK), in case the item was swapped in between. Windows has neither flag.
 */
const READ_FLAGS = fs.constants.O_RDONLY | (fs.constants.O_NOFOLLOW ?? 0) | (fs.constants.O_NONBLOCK ?? 0);

/** Most entries fit the first read, so a whole file is usually open, read, close. */
const FIRST_READ = 64 * 1024;

/** Reads at most `maxBytes` (the lstat size can be stale if the file grew since). */
function readWhole(path: string, maxBytes: number): Promise<Buffer> {
  return withFd(path, maxBytes, (fd, done) => {
    const chunks: Buffer[] = [];
    let total = 0;
    const next = (size: number) => {
      const buffer = Buffer.allocUnsafe(Math.min(size, maxBytes + 1 - total));
      fs.read(fd, buffer, 0, buffer.length, null, (err, n) => {
        if (err) return done(err, Buffer.alloc(0));
        chunks.push(buffer.subarray(0, n));
        total += n;
        if (total > maxBytes)
          return done(new StrayItemError(path, 'grew larger than this kind of file can be'), Buffer.alloc(0));
        if (n < buffer.length) return done(null, chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks));
        next(size * 4);
      });
    };
    next(FIRST_READ);
  });
}

function withFd<T>(
  path: string,
  maxBytes: number,
  use: (fd: number, done: (err: Error | null, value: T) => void) => void,
): Promise<T> {
  return new Promise((resolve, reject) => {
    fs.lstat(path, (statErr, st) => {
      if (statErr) return reject(statErr);
      try {
        requireRegularFile(st, path, maxBytes);
      } catch (err) {
        return reject(err as Error);
      }
      fs.open(path, READ_FLAGS, (err, fd) => {
        if (err) return reject(err);
        use(fd, (useErr, value) => {
          fs.close(fd, (closeErr) => {
            if (useErr ?? closeErr) reject(useErr ?? closeErr);
            else resolve(value);
          });
        });
      });
    });
  });
}

function openFile(path: string, flags: string): Promise<number> {
  return new Promise((resolve, reject) => fs.open(path, flags, 0o600, (err, fd) => (err ? reject(err) : resolve(fd))));
}

/** Writes all of `data` from offset 0. */
function writeAll(fd: number, data: Buffer, offset = 0): Promise<void> {
  return new Promise((resolve, reject) =>
    fs.write(fd, data, offset, data.length - offset, offset, (err, n) => {
      if (err) reject(err);
      else if (offset + n < data.length) resolve(writeAll(fd, data, offset + n));
      else resolve();
    }),
  );
}

function writeAllNow(fd: number, data: Buffer): void {
  for (let at = 0; at < data.length;) at += fs.writeSync(fd, data, at, data.length - at, at);
}

function syncFile(fd: number, sync: typeof fs.fsync): Promise<void> {
  return new Promise((resolve, reject) => sync(fd, (err) => (err ? reject(err) : resolve())));
}

/** Runs `use`; if it fails, closes `fd` before passing the failure on. */
async function orClose(fd: number, use: () => Promise<void>): Promise<void> {
  try {
    await use();
  } catch (err) {
    await new Promise((resolve) => fs.close(fd, resolve));
    throw err;
  }
}

/**
 * Closes once the caller's continuation has run: even starting a file call costs the main thread
 * tens of microseconds on a small VM, and a save's next step should not wait behind it.
 */
function closeLater(fd: number): void {
  setImmediate(() => fs.close(fd, () => undefined));
}
