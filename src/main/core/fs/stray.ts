import type { Stats } from 'node:fs';

/**
 * Something under a vault file's name that must not be opened as one: a folder, a named pipe, a
 * socket, a device, a symbolic link (which could lead out of the vault), or a file larger than the
 * format allows. Raised before the item is opened, so a pipe cannot block and a huge file costs
 * no memory.
 */
export class StrayItemError extends Error {
  readonly code = 'ESTRAY';
  constructor(
    readonly path: string,
    readonly reason: string,
  ) {
    super(`${path}: ${reason}`);
  }
}

/** Throws StrayItemError unless `st` (from lstat) is a regular file of at most `maxBytes`. */
export function requireRegularFile(st: Stats, path: string, maxBytes: number): void {
  const kind = st.isSymbolicLink()
    ? 'a link to somewhere else'
    : st.isDirectory()
      ? 'a folder'
      : st.isFIFO()
        ? 'a named pipe'
        : st.isSocket()
          ? 'a socket'
          : st.isFile()
            ? undefined
            : 'a device';
  if (kind) throw new StrayItemError(path, `is ${kind}, not a file`);
  if (st.size > maxBytes)
    throw new StrayItemError(path, `is ${mib(st.size)}, larger than this kind of file can be (${mib(maxBytes)})`);
}

/**
 * Why a read failed because of what the item is rather than a disk problem, or undefined.
 * Covers items swapped in between the look and the open: ELOOP from O_NOFOLLOW on a link,
 * EISDIR for a folder.
 */
export function strayReason(err: unknown): string | undefined {
  if (err instanceof StrayItemError) return err.reason;
  if (hasCode(err, 'ELOOP')) return 'is a link to somewhere else, not a file';
  if (hasCode(err, 'EISDIR')) return 'is a folder, not a file';
  if (hasCode(err, 'EFBIG')) return 'is larger than this kind of file can be';
  return undefined;
}

function hasCode(err: unknown, code: string): boolean {
  return typeof err === 'object' && err !== null && (err as { code?: unknown }).code === code;
}

function mib(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MiB` : `${Math.ceil(bytes / 1024)} KiB`;
}
