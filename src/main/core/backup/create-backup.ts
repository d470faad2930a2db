import { createHash, randomBytes } from 'node:crypto';
import { open, rename, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { seal } from '../crypto/aead';
import { zero } from '../crypto/zero';
import { fsError } from '../fs/fs-error';
import { hasCode, nodeFs } from '../fs/fs-port';
import { strayReason } from '../fs/stray';
import { boundedMap } from '../vault/bounded-map';
import { serializeHeader } from '../vault/header';
import { paths } from '../vault/layout';
import { maxEntryFileBytes } from '../vault/entry-file';
import { DEFAULT_MAX_ENTRY_BYTES, type Vault } from '../vault/vault';
import { readHeader } from '../vault/vault-folder';
import {
  BACKUP_FORMAT,
  BACKUP_VERSION,
  encodePreamble,
  manifestAad,
  type Manifest,
  type ManifestFile,
} from './backup-format';
import { vaultFiles } from './vault-files';

export interface BackupSummary {
  entries: number;
  files: number;
  bytes: number;
}

/** Files read at once; they are then appended in order. */
const BATCH = 64;

/**
 * Writes a backup of the open vault to `dest`: the files' ciphertext exactly as it is on disk,
 * so nothing is decrypted. It goes to a temp file beside `dest` that is renamed over it only when
 * complete, so a failure leaves no partial backup (and any earlier file at `dest` unchanged).
 */
export async function createBackup(
  vault: Vault,
  dest: string,
  opts: { includeRevisions: boolean },
): Promise<BackupSummary> {
  await vault.entries.settled();
  const header = await readHeader(nodeFs, vault.dir);
  const { files, entries } = await vaultFiles(vault.dir, opts.includeRevisions);
  const head = {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    backupId: randomBytes(16).toString('hex'),
    createdAt: new Date().toISOString(),
    vault: JSON.parse(serializeHeader(header).toString('utf8')) as unknown,
  } as const;
  const preamble = encodePreamble(head);
  const headBytes = preamble.subarray(9);

  const temp = join(dirname(dest), `.${basename(dest)}.${randomBytes(6).toString('hex')}.tmp`);
  const out = await open(temp, 'wx', 0o600).catch((err: unknown) => {
    throw fsError(err, 'write the backup', dest);
  });
  let offset = 0;
  const append = async (bytes: Buffer) => {
    let done = 0;
    while (done < bytes.length) done += (await out.write(bytes, done, bytes.length - done)).bytesWritten;
    offset += bytes.length;
  };
  try {
    await append(preamble);
    const listed: ManifestFile[] = [];
    const seen = new Set<string>();
    for (let i = 0; i < files.length; i += BATCH) {
      const batch = files.slice(i, i + BATCH);
      const read = await boundedMap(batch, BATCH, (path) => readVaultFile(vault.dir, path));
      for (let k = 0; k < batch.length; k++) {
        const bytes = read[k];
        const path = batch[k]!;
        if (!bytes || seen.has(path)) continue;
        seen.add(path);
        listed.push({ path, offset, length: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') });
        await append(bytes);
      }
    }
    const manifest: Manifest = { includesRevisions: opts.includeRevisions, entries, files: listed };
    const key = vault.exportDeviceKey();
    let box: Buffer;
    try {
      box = seal(key, Buffer.from(JSON.stringify(manifest), 'utf8'), manifestAad(header.vaultId, headBytes));
    } finally {
      zero(key);
    }
    const trailer = Buffer.alloc(4);
    trailer.writeUInt32BE(box.length, 0);
    await append(Buffer.concat([box, trailer]));
    await out.sync();
    await out.close();
    await rename(temp, dest);
    await nodeFs.syncDir(dirname(dest)).catch(() => undefined);
    return { entries, files: listed.length, bytes: offset };
  } catch (err) {
    await out.close().catch(() => undefined);
    await unlink(temp).catch(() => undefined);
    throw fsError(err, 'write the backup', dest);
  }
}

/**
 * A file's bytes, or undefined if it is gone. A current entry file moved aside by a save during
 * the backup is read from revisions/ and kept under its entries/ name, so the entry stays listed.
 */
/** The largest file of any kind a vault holds (entry files; records and the header are smaller). */
const MAX_VAULT_FILE_BYTES = maxEntryFileBytes(DEFAULT_MAX_ENTRY_BYTES);

async function readVaultFile(dir: string, path: string): Promise<Buffer | undefined> {
  try {
    return await nodeFs.readFile(join(dir, path), MAX_VAULT_FILE_BYTES);
  } catch (err) {
    // A folder, pipe, link or oversized file under a vault file's name is not part of the journal.
    if (strayReason(err) !== undefined) return undefined;
    if (!hasCode(err, 'ENOENT')) throw fsError(err, 'read the journal', join(dir, path));
  }
  const m = /^entries\/(.+)\.(\d+)\.lse$/.exec(path);
  if (!m) return undefined;
  return nodeFs.readFile(paths(dir).revision(m[1]!, Number(m[2])), MAX_VAULT_FILE_BYTES).catch(() => undefined);
}
