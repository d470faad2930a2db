import { randomBytes } from 'node:crypto';
import { basename, dirname, join } from 'node:path';
import { hasCode, type FsPort } from './fs-port';
import { fsError } from './fs-error';

/** Temp files start with a dot and end in `.tmp`, so every reader can skip them by name. */
export function isTempName(name: string): boolean {
  return name.startsWith('.') && name.endsWith('.tmp');
}

function tempPathFor(path: string): string {
  return join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
}

/**
 * Writes `data` to `path` so that after a crash the path holds either the old bytes or all of the
 * new ones: temp file in the same folder, fsync, rename over, fsync the folder.
 * On failure the temp file is removed and the old file is untouched.
 */
export async function atomicReplace(fs: FsPort, path: string, data: Buffer, doing: string): Promise<void> {
  const temp = tempPathFor(path);
  try {
    await fs.writeDurable(temp, data);
    await fs.rename(temp, path);
    await fs.syncDir(dirname(path));
  } catch (err) {
    await fs.unlink(temp).catch(() => undefined);
    throw fsError(err, doing, path);
  }
}

/**
 * Like atomicReplace, but never replaces an existing file: returns 'exists' instead.
 * A hard link is the atomic "create if absent" that Node exposes; where the file system has
 * no hard links (FAT, some sync drives) it falls back to check-then-rename.
 */
export async function atomicCreate(fs: FsPort, path: string, data: Buffer, doing: string): Promise<'written' | 'exists'> {
  const temp = tempPathFor(path);
  try {
    await fs.writeDurable(temp, data);
    const outcome = await placeWithoutReplacing(fs, temp, path);
    if (outcome === 'exists') return 'exists';
    await fs.syncDir(dirname(path));
    return 'written';
  } catch (err) {
    throw fsError(err, doing, path);
  } finally {
    await fs.unlink(temp).catch(() => undefined);
  }
}

async function placeWithoutReplacing(fs: FsPort, temp: string, path: string): Promise<'written' | 'exists'> {
  try {
    await fs.link(temp, path);
    return 'written';
  } catch (err) {
    if (hasCode(err, 'EEXIST')) return 'exists';
    if (!['EPERM', 'ENOTSUP', 'EXDEV', 'ENOSYS', 'EMLINK'].some((c) => hasCode(err, c))) throw err;
  }
  const present = await fs.stat(path).then(() => true, (e: unknown) => {
    if (hasCode(e, 'ENOENT')) return false;
    throw e;
  });
  if (present) return 'exists';
  await fs.rename(temp, path);
  return 'written';
}
