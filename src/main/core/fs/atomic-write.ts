import { randomBytes } from 'node:crypto';
import { basename, dirname, join } from 'node:path';
import { hasCode, type FilledFile, type FsPort, type OpenDir } from './fs-port';
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

export interface CreateOptions {
  /**
   * Checked while the temp file is written; if it resolves false nothing is placed ('refused').
   * A function, so that its own file calls start only after the write's have.
   */
  precondition?: () => Promise<boolean>;
  /** A file made ahead (see spare-file.ts) to write into instead of a new temp file. Used up either way. */
  spare?: FilledFile;
  /** The folder, kept open by the caller across saves (see kept-dir.ts); otherwise opened and closed here. */
  folder?: Promise<OpenDir>;
  /**
   * With a spare and a kept folder: the save is done once the spare is linked, and the folder's
   * fsync, then the spare name's removal, are handed to this to finish in the background. Only for
   * saves that unplaced-saves.ts can find in a spare if a power cut loses the link.
   */
  landLater?: (landing: Promise<void>) => void;
}

/**
 * Like atomicReplace, but never replaces an existing file: returns 'exists' instead.
 * A hard link is the atomic "create if absent" that Node exposes; where the file system has
 * no hard links (FAT, some sync drives) it falls back to check-then-rename.
 */
export async function atomicCreate(
  fs: FsPort,
  path: string,
  data: Buffer,
  doing: string,
  { precondition, spare, folder: kept, landLater }: CreateOptions = {},
): Promise<'written' | 'exists' | 'refused'> {
  let temp = spare?.path ?? tempPathFor(path);
  const write = spare ? spare.overwrite(data) : fs.writeDurable(temp, data);
  const folder = kept ?? fs.openDir(dirname(path));
  const check = precondition?.() ?? Promise.resolve(true);
  const place = async () => {
    try {
      return await placeWithoutReplacing(fs, temp, path);
    } catch (err) {
      if (!spare || !hasCode(err, 'ENOENT')) throw err;
      // The spare's name was removed meanwhile (an unlock elsewhere tidied it as stale): use a temp file of our own.
      temp = tempPathFor(path);
      await fs.writeDurable(temp, data);
      return placeWithoutReplacing(fs, temp, path);
    }
  };
  try {
    // Settle all three before acting, so a failed check never races a temp file still being written.
    const [written, allowed, dir] = await Promise.allSettled([write, check, folder]);
    if (written.status === 'rejected') throw written.reason;
    if (allowed.status === 'rejected') throw allowed.reason;
    if (dir.status === 'rejected') throw dir.reason;
    const outcome = allowed.value ? await place() : 'refused';
    const synced = outcome === 'written' ? dir.value.sync() : undefined;
    if (synced && kept && landLater && temp === spare?.path) {
      // The spare's name and bytes are durable already (spare-file.ts). Its name stays until the
      // link is durable too, so that a power cut in between loses neither.
      const spareName = temp;
      landLater(synced.then(() => fs.unlink(spareName)).catch(() => undefined));
      return outcome;
    }
    // The temp name is now just a second link to the same bytes: drop it while the folder syncs.
    // The folder's fsync is the save's last wait, so it is started first.
    await Promise.all([synced, fs.unlink(temp).catch(() => undefined)]);
    return outcome;
  } catch (err) {
    await fs.unlink(temp).catch(() => undefined);
    throw fsError(err, doing, path);
  } finally {
    spare?.close();
    if (!kept)
      void folder.then(
        (d) => d.close(),
        () => undefined,
      );
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
  const present = await fs.stat(path).then(
    () => true,
    (e: unknown) => {
      if (hasCode(e, 'ENOENT')) return false;
      throw e;
    },
  );
  if (present) return 'exists';
  await fs.rename(temp, path);
  return 'written';
}
