import { AppError } from '@shared/errors';
import { fsError } from '../fs/fs-error';
import { hasCode, type FsPort } from '../fs/fs-port';
import { strayReason } from '../fs/stray';
import { parseHeader, type VaultHeader } from './header';
import { HEADER_BACKUP_FILE, HEADER_FILE, parseEntryFileName, paths } from './layout';

/** A header is under 1 KiB; anything far larger is not one. */
export const MAX_HEADER_BYTES = 64 * 1024;

export type ProbeResult = 'absent' | 'vault' | 'not-a-vault';

/**
 * What is at `dir`: nothing yet (missing, or empty but for hidden files), a vault (a header, or
 * entry files whose header has gone missing), or something else we must not write into.
 */
export async function probeFolder(fs: FsPort, dir: string): Promise<ProbeResult> {
  let names: string[];
  try {
    const st = await fs.stat(dir);
    if (!st.isDirectory()) return 'not-a-vault';
    names = await fs.readdir(dir);
  } catch (err) {
    if (hasCode(err, 'ENOENT')) return 'absent';
    throw fsError(err, 'open the vault folder', dir);
  }
  if (names.includes(HEADER_FILE) || names.includes(HEADER_BACKUP_FILE) || (await hasEntryFiles(fs, dir)))
    return 'vault';
  return names.every((n) => n.startsWith('.')) ? 'absent' : 'not-a-vault';
}

async function hasEntryFiles(fs: FsPort, dir: string): Promise<boolean> {
  const names = await fs.readdir(paths(dir).entries).catch(() => [] as string[]);
  return names.some((n) => parseEntryFileName(n) !== undefined);
}

/**
 * Reads and validates the header, telling "no vault here" apart from "a vault without its key file".
 * A header that is damaged or missing is read from its backup copy instead, when that one is sound;
 * its wraps are authenticated like the header's, so a forged copy opens nothing.
 */
export async function readHeader(fs: FsPort, dir: string): Promise<VaultHeader> {
  try {
    return await readHeaderFile(fs, dir);
  } catch (err) {
    if (!(err instanceof AppError) || (err.code !== 'VAULT_DAMAGED' && err.code !== 'VAULT_NOT_FOUND')) throw err;
    const backup = await fs
      .readFile(paths(dir).headerBackup, MAX_HEADER_BYTES)
      .then(parseHeader)
      .catch(() => undefined);
    if (backup) return backup;
    throw err;
  }
}

async function readHeaderFile(fs: FsPort, dir: string): Promise<VaultHeader> {
  let bytes: Buffer;
  try {
    bytes = await fs.readFile(paths(dir).header, MAX_HEADER_BYTES);
  } catch (err) {
    if (hasCode(err, 'ENOTDIR')) throw new AppError('VAULT_NOT_FOUND', `${dir} is a file, not a vault folder.`);
    const stray = strayReason(err);
    if (stray !== undefined)
      throw new AppError(
        'VAULT_DAMAGED',
        `The vault's key file (${HEADER_FILE}) ${stray}. Restore it from a backup; no entry has been changed.`,
      );
    if (!hasCode(err, 'ENOENT')) throw fsError(err, 'open the vault', paths(dir).header);
    if (await hasEntryFiles(fs, dir)) {
      throw new AppError(
        'VAULT_DAMAGED',
        `The vault's key file (${HEADER_FILE}) is missing, so its entries cannot be opened. Restore that file from a backup; no entry has been changed.`,
      );
    }
    throw new AppError('VAULT_NOT_FOUND', `There is no Landscape journal in ${dir}.`);
  }
  return parseHeader(bytes);
}
