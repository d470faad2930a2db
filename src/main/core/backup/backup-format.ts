import { createHash } from 'node:crypto';
import { z } from 'zod';
import { AppError } from '@shared/errors';
import { aad } from '../vault/aad';
import { parseHeader, type VaultHeader } from '../vault/header';

/**
 * One file holding a whole vault as ciphertext (docs/vault-format.md §12):
 *   "LSBK" | 0x01 | head length (uint32 BE) | head JSON | file bytes… | manifest box | manifest box length (uint32 BE)
 * The head carries the vault's header, so its passphrase or recovery key opens the backup. The
 * manifest (every file's place, length and SHA-256) is sealed with the data key, and its AAD
 * names the head's hash, so a changed head, file, or list fails before anything is written.
 */
export const BACKUP_MAGIC = Buffer.from('LSBK', 'ascii');
export const BACKUP_VERSION = 1;
export const BACKUP_FORMAT = 'landscape-backup';
export const PREAMBLE_BYTES = 9;
export const TRAILER_BYTES = 4;
/** Far above any real head (a vault header is under 1 KiB). */
export const MAX_HEAD_BYTES = 64 * 1024;
/** A manifest line is ~130 bytes; this allows millions of files. */
export const MAX_MANIFEST_BYTES = 512 * 1024 * 1024;

export interface BackupHead {
  format: typeof BACKUP_FORMAT;
  version: number;
  backupId: string;
  createdAt: string;
  /** The vault header (landscape-vault.json) as it was when the backup was made. */
  vault: unknown;
}

const BackupHeadSchema = z.strictObject({
  format: z.literal(BACKUP_FORMAT),
  version: z.number().int(),
  backupId: z.string().regex(/^[0-9a-f]{32}$/),
  createdAt: z.string().max(64),
  vault: z.unknown(),
});

/** Vault-relative paths, held to the vault's own name patterns (layout.ts), so none can leave the folder. */
const FILE_PATH =
  /^(entries\/[A-Za-z0-9_-]{8,64}\.[1-9][0-9]{0,8}\.lse|revisions\/[A-Za-z0-9_-]{8,64}\/[1-9][0-9]{0,8}\.lse|records\/[a-z0-9_-]{1,64}\/[a-z0-9_-]{1,64}\.lsr)$/;

export const ManifestFile = z.strictObject({
  path: z.string().regex(FILE_PATH),
  offset: z.number().int().nonnegative(),
  length: z.number().int().nonnegative(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
});
export type ManifestFile = z.infer<typeof ManifestFile>;

export const Manifest = z.strictObject({
  includesRevisions: z.boolean(),
  entries: z.number().int().nonnegative(),
  files: z.array(ManifestFile),
});
export type Manifest = z.infer<typeof Manifest>;

export function encodePreamble(head: BackupHead): Buffer {
  const json = Buffer.from(JSON.stringify(head), 'utf8');
  const pre = Buffer.alloc(PREAMBLE_BYTES);
  BACKUP_MAGIC.copy(pre, 0);
  pre[4] = BACKUP_VERSION;
  pre.writeUInt32BE(json.length, 5);
  return Buffer.concat([pre, json]);
}

/** The head's length, from the first PREAMBLE_BYTES; throws BACKUP_INVALID for anything else. */
export function headLength(preamble: Buffer): number {
  if (preamble.length < PREAMBLE_BYTES || !preamble.subarray(0, 4).equals(BACKUP_MAGIC)) throw notABackup();
  if (preamble[4]! > BACKUP_VERSION)
    throw new AppError(
      'UNSUPPORTED_VERSION',
      'This backup was made by a newer version of Landscape; update Landscape to open it.',
    );
  if (preamble[4] !== BACKUP_VERSION) throw notABackup();
  const length = preamble.readUInt32BE(5);
  if (length === 0 || length > MAX_HEAD_BYTES) throw damagedBackup();
  return length;
}

export function parseHead(bytes: Buffer): { head: BackupHead; header: VaultHeader } {
  let raw: unknown;
  try {
    raw = JSON.parse(bytes.toString('utf8'));
  } catch {
    throw damagedBackup();
  }
  const parsed = BackupHeadSchema.safeParse(raw);
  if (!parsed.success || parsed.data.version !== BACKUP_VERSION) throw damagedBackup();
  let header: VaultHeader;
  try {
    header = parseHeader(Buffer.from(JSON.stringify(parsed.data.vault), 'utf8'));
  } catch (err) {
    if (err instanceof AppError && err.code === 'UNSUPPORTED_VERSION') throw err;
    throw damagedBackup();
  }
  return { head: parsed.data as BackupHead, header };
}

export function manifestAad(vaultId: string, headBytes: Buffer): Buffer {
  return aad(vaultId, 'backup-manifest', createHash('sha256').update(headBytes).digest('hex'));
}

export function notABackup(): AppError {
  return new AppError('BACKUP_INVALID', 'That file is not a Landscape backup.');
}

export function damagedBackup(): AppError {
  return new AppError(
    'BACKUP_INVALID',
    'This backup is damaged or has been altered, so Landscape will not use it; nothing in your journal was changed.',
  );
}
