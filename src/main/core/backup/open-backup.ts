import { createHash } from 'node:crypto';
import { readSync } from 'node:fs';
import { open as openFile, type FileHandle } from 'node:fs/promises';
import { AppError } from '@shared/errors';
import { open } from '../crypto/aead';
import { parseRecoveryKey } from '../crypto/recovery-key';
import { zero } from '../crypto/zero';
import { fsError } from '../fs/fs-error';
import type { VaultHeader } from '../vault/header';
import { unwrapWithPassphrase, unwrapWithRecoveryKey } from '../vault/key-wraps';
import {
  damagedBackup,
  headLength,
  Manifest,
  manifestAad,
  MAX_MANIFEST_BYTES,
  notABackup,
  parseHead,
  PREAMBLE_BYTES,
  TRAILER_BYTES,
  type BackupHead,
  type ManifestFile,
} from './backup-format';

export type BackupSecret = { passphrase: string } | { recoveryKey: string };

/** An opened, authenticated backup. Each file's bytes are checked against the manifest as they are read. */
export interface OpenedBackup {
  head: BackupHead;
  header: VaultHeader;
  manifest: Manifest;
  /** The vault's data key; zeroed by close(). */
  key: Buffer;
  read(file: ManifestFile): Promise<Buffer>;
  readSync(file: ManifestFile, length?: number): Buffer;
  close(): Promise<void>;
}

/**
 * Opens a backup with the passphrase or recovery key the journal had when it was made. Only the
 * head, the manifest and the trailer are read here; the files are read on demand.
 */
export async function openBackup(path: string, secret: BackupSecret): Promise<OpenedBackup> {
  const file = await openFile(path, 'r').catch((err: unknown) => {
    throw fsError(err, 'open the backup', path);
  });
  let key: Buffer | undefined;
  try {
    const size = (await file.stat()).size;
    if (size < PREAMBLE_BYTES + TRAILER_BYTES) throw notABackup();
    const headBytesLength = headLength(await readAt(file, 0, PREAMBLE_BYTES));
    const dataStart = PREAMBLE_BYTES + headBytesLength;
    if (dataStart + TRAILER_BYTES > size) throw damagedBackup();
    const headBytes = await readAt(file, PREAMBLE_BYTES, headBytesLength);
    const { head, header } = parseHead(headBytes);
    key = await unwrap(header, secret);

    const boxLength = (await readAt(file, size - TRAILER_BYTES, TRAILER_BYTES)).readUInt32BE(0);
    const manifestStart = size - TRAILER_BYTES - boxLength;
    if (boxLength > MAX_MANIFEST_BYTES || manifestStart < dataStart) throw damagedBackup();
    const plain = open(key, await readAt(file, manifestStart, boxLength), manifestAad(header.vaultId, headBytes));
    const manifest = plain ? parseManifest(plain) : undefined;
    if (!manifest) throw damagedBackup();
    for (const f of manifest.files)
      if (f.offset < dataStart || f.offset + f.length > manifestStart) throw damagedBackup();
    return reader(file, head, header, manifest, key);
  } catch (err) {
    zero(key);
    await file.close().catch(() => undefined);
    throw err instanceof AppError ? err : fsError(err, 'read the backup', path);
  }
}

/** What a backup says about itself before any secret is given: when it was made. */
export async function peekBackup(path: string): Promise<{ createdAt: string }> {
  const file = await openFile(path, 'r').catch((err: unknown) => {
    throw fsError(err, 'open the backup', path);
  });
  try {
    const length = headLength(await readAt(file, 0, PREAMBLE_BYTES));
    return { createdAt: parseHead(await readAt(file, PREAMBLE_BYTES, length)).head.createdAt };
  } catch (err) {
    throw err instanceof AppError ? err : fsError(err, 'read the backup', path);
  } finally {
    await file.close().catch(() => undefined);
  }
}

function reader(
  file: FileHandle,
  head: BackupHead,
  header: VaultHeader,
  manifest: Manifest,
  key: Buffer,
): OpenedBackup {
  const verified = (f: ManifestFile, bytes: Buffer) => {
    if (bytes.length !== f.length || createHash('sha256').update(bytes).digest('hex') !== f.sha256)
      throw damagedBackup();
    return bytes;
  };
  return {
    head,
    header,
    manifest,
    key,
    read: async (f) => verified(f, await readAt(file, f.offset, f.length)),
    readSync: (f, length) => {
      // A prefix cannot be hashed on its own, so the whole file is read and checked first.
      const bytes = Buffer.alloc(f.length);
      const n = f.length === 0 ? 0 : readSync(file.fd, bytes, 0, f.length, f.offset);
      if (n !== f.length) throw damagedBackup();
      verified(f, bytes);
      return length === undefined ? bytes : bytes.subarray(0, length);
    },
    close: async () => {
      zero(key);
      await file.close().catch(() => undefined);
    },
  };
}

async function unwrap(header: VaultHeader, secret: BackupSecret): Promise<Buffer> {
  if ('passphrase' in secret) {
    try {
      return await unwrapWithPassphrase(header, secret.passphrase);
    } catch (err) {
      if (err instanceof AppError && err.code === 'WRONG_PASSPHRASE')
        throw new AppError(
          'WRONG_PASSPHRASE',
          'That passphrase does not open this backup; it needs the passphrase your journal had when the backup was made.',
        );
      throw err;
    }
  }
  const recovery = parseRecoveryKey(secret.recoveryKey);
  if (!recovery)
    throw new AppError(
      'WRONG_RECOVERY_KEY',
      'That is not a complete recovery key; check each group of characters for typos.',
    );
  try {
    return unwrapWithRecoveryKey(header, recovery);
  } catch (err) {
    if (err instanceof AppError && err.code === 'WRONG_RECOVERY_KEY')
      throw new AppError('WRONG_RECOVERY_KEY', 'That recovery key does not open this backup.');
    throw err;
  } finally {
    zero(recovery);
  }
}

function parseManifest(plain: Buffer): Manifest | undefined {
  try {
    const parsed = Manifest.safeParse(JSON.parse(plain.toString('utf8')));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

async function readAt(file: FileHandle, position: number, length: number): Promise<Buffer> {
  const buffer = Buffer.alloc(length);
  let done = 0;
  while (done < length) {
    const { bytesRead } = await file.read(buffer, done, length - done, position + done);
    if (bytesRead === 0) throw damagedBackup();
    done += bytesRead;
  }
  return buffer;
}
