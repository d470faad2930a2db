import { AppError } from '@shared/errors';
import { atomicReplace } from '../fs/atomic-write';
import { fsError } from '../fs/fs-error';
import { hasCode, type FsPort } from '../fs/fs-port';
import { strayReason } from '../fs/stray';
import type { Entries } from './entries';
import { decodeEntryFile, decodeEntryMeta, encodeEntryFile, maxEntryFileBytes } from './entry-file';
import type { KeyRing } from './key-ring';
import { parseEntryFileName, parseRevisionFileName, type VaultPaths } from './layout';
import type { VaultRecords } from './records';

export interface RekeyProgress {
  done: number;
  total: number;
}

export interface RekeyParts {
  fs: FsPort;
  p: VaultPaths;
  ring: KeyRing;
  vaultId: string;
  maxEntryBytes: number;
  entries: Entries;
  records: VaultRecords;
}

interface EntryFile {
  revision: number;
  /** In entries/ when listed; a save may have moved it into revisions/ since. */
  live: boolean;
}

/**
 * Seals every entry file (current and earlier revisions) and every record again with the ring's newest
 * key (docs/vault-format.md §14). Each file is replaced whole and atomically, so a crash leaves it under
 * one key or the other, and the ring reads both; running this again carries on where it stopped, since
 * a file already under the new key is left alone. An entry's files are done while none of its saves can
 * run (Entries.exclusive), so a save never races the rewrite of the file it is moving aside. A file that
 * opens under neither key is damage, reported as ever, and kept unchanged.
 */
export async function resealAll(parts: RekeyParts, onProgress: (p: RekeyProgress) => void): Promise<void> {
  const byEntry = await listEntryFiles(parts);
  const records = await parts.records.everyRecord();
  const total = [...byEntry.values()].reduce((n, files) => n + files.length, 0) + records.length;
  let done = 0;
  onProgress({ done, total });
  for (const [id, files] of byEntry) {
    await parts.entries.exclusive(id, async () => {
      for (const file of files) {
        await resealEntryFile(parts, id, file);
        onProgress({ done: ++done, total });
      }
    });
  }
  for (const { kind, id } of records) {
    await parts.records.reseal(kind, id).catch((err: unknown) => {
      if (!(err instanceof AppError && err.code === 'ENTRY_DAMAGED')) throw err;
    });
    onProgress({ done: ++done, total });
  }
}

async function listEntryFiles({ fs, p }: RekeyParts): Promise<Map<string, EntryFile[]>> {
  const byEntry = new Map<string, EntryFile[]>();
  const add = (id: string, file: EntryFile) => byEntry.set(id, [...(byEntry.get(id) ?? []), file]);
  for (const name of await namesIn(fs, p.entries)) {
    const parsed = parseEntryFileName(name);
    if (parsed) add(parsed.id, { revision: parsed.revision, live: true });
  }
  for (const id of await namesIn(fs, p.revisionsRoot)) {
    for (const name of await namesIn(fs, p.revisions(id))) {
      const revision = parseRevisionFileName(name);
      if (revision !== undefined) add(id, { revision, live: false });
    }
  }
  return byEntry;
}

/** The names in a real folder of the vault; a link or a file there (which the list reports) holds none. */
async function namesIn(fs: FsPort, dir: string): Promise<string[]> {
  const st = await fs.lstat(dir).catch((err: unknown) => {
    if (hasCode(err, 'ENOENT') || hasCode(err, 'ENOTDIR')) return undefined;
    throw fsError(err, 'read the vault folder', dir);
  });
  return st?.isDirectory() ? (await fs.readdir(dir)).sort() : [];
}

async function resealEntryFile(parts: RekeyParts, id: string, file: EntryFile): Promise<void> {
  const { p, ring, vaultId } = parts;
  const places = file.live
    ? [p.entry(id, file.revision), p.revision(id, file.revision)]
    : [p.revision(id, file.revision)];
  for (const path of places) {
    const bytes = await readIfThere(parts, path);
    if (bytes === undefined) continue;
    if (decodeEntryMeta(ring.get(), vaultId, id, file.revision, bytes).ok) return;
    const decoded = decodeEntryFile(ring.readKeys(), vaultId, id, file.revision, bytes);
    if (!decoded.ok) return;
    const limit = maxEntryFileBytes(parts.maxEntryBytes);
    const encoded = encodeEntryFile(ring.get(), vaultId, decoded.value, limit);
    await atomicReplace(parts.fs, path, encoded, 're-encrypt the journal');
    return;
  }
}

async function readIfThere({ fs, maxEntryBytes }: RekeyParts, path: string): Promise<Buffer | undefined> {
  try {
    return await fs.readFile(path, maxEntryFileBytes(maxEntryBytes));
  } catch (err) {
    // Gone (pruned, or moved on), or a stray item the list already reports: nothing to carry over.
    if (hasCode(err, 'ENOENT') || hasCode(err, 'ENOTDIR') || strayReason(err) !== undefined) return undefined;
    throw fsError(err, 're-encrypt the journal', path);
  }
}
