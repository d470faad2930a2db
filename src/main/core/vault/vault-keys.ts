import { randomBytes } from 'node:crypto';
import { AppError } from '@shared/errors';
import { checkPassphrase } from '../crypto/passphrase-strength';
import { DEFAULT_SCRYPT, scryptParams, type ScryptParams } from '../crypto/kdf';
import { formatRecoveryKey, generateRecoveryKey } from '../crypto/recovery-key';
import { zero } from '../crypto/zero';
import { atomicReplace } from '../fs/atomic-write';
import type { FsPort } from '../fs/fs-port';
import { serializeHeader, type VaultHeader } from './header';
import type { KeyRing } from './key-ring';
import {
  finishRekey,
  keyCheckPasses,
  startRekey,
  unwrapWithPassphrase,
  withPassphrase,
  withRecoveryKey,
} from './key-wraps';
import { resealAll, type RekeyParts, type RekeyProgress } from './rekey';
import type { SetbackWatch } from './setback-watch';
import { readHeader } from './vault-folder';

export type UnlockedBy = 'passphrase' | 'recovery' | 'device';

/**
 * What the writer can do with the journal's keys: change the passphrase, make a new recovery key, and
 * re-encrypt everything under a new data key. Only the key file changes, except for re-encryption.
 */
export class VaultKeys {
  private rekeying: Promise<void> | undefined;

  constructor(
    private readonly parts: RekeyParts & { dir: string },
    private unlockedBy: UnlockedBy,
    /** scrypt cost for new passphrase wraps (tests lower it); by default the stronger of the header's and DEFAULT_SCRYPT. */
    private readonly kdf: { N: number; r: number; p: number } | undefined,
    private readonly setbacks: () => SetbackWatch | undefined,
  ) {}

  private get fs(): FsPort {
    return this.parts.fs;
  }

  private get ring(): KeyRing {
    return this.parts.ring;
  }

  /**
   * Another device re-encrypting the journal, or done with it: this one holds no key to follow with (only
   * the passphrase reaches the new key), so 'replaced', and the caller locks.
   */
  async followChange(): Promise<'same' | 'replaced'> {
    if (this.rekeying) return 'same';
    const header = await readHeader(this.fs, this.parts.dir).catch(() => undefined);
    if (!header) return 'same';
    if (header.rekey) return this.ring.moving ? 'same' : 'replaced';
    return keyCheckPasses(header, this.ring.get()) ? 'same' : 'replaced';
  }

  /** Re-wraps the data key only; no entry file is touched. */
  async changePassphrase(current: string, next: string): Promise<void> {
    await this.settleRekey();
    await requireStrong(next);
    const header = await this.sameKey(current);
    await this.rewrap((dataKey) => withPassphrase(header, dataKey, next, this.kdfForNewWraps(header)));
  }

  /** After unlocking with the recovery key, choose a new passphrase without knowing the old one. */
  async setPassphrase(next: string): Promise<void> {
    this.ring.get();
    if (this.unlockedBy !== 'recovery') {
      throw new AppError(
        'INVALID_INPUT',
        'To change your passphrase, enter the current one (or unlock with your recovery key).',
      );
    }
    await this.settleRekey();
    await requireStrong(next);
    const header = await readHeader(this.fs, this.parts.dir);
    await this.rewrap((dataKey) => withPassphrase(header, dataKey, next, this.kdfForNewWraps(header)));
    this.unlockedBy = 'passphrase';
  }

  /** Replaces the recovery key (the old one stops working) and returns the new one, to show once. */
  async rotateRecoveryKey(): Promise<string> {
    this.ring.get();
    if (this.unlockedBy === 'device')
      throw new AppError('INVALID_INPUT', 'Unlock with your passphrase to make a new recovery key.');
    await this.settleRekey();
    const recovery = generateRecoveryKey();
    try {
      const header = await readHeader(this.fs, this.parts.dir);
      await this.rewrap(async (dataKey) => withRecoveryKey(header, dataKey, recovery));
      return formatRecoveryKey(recovery);
    } finally {
      zero(recovery);
    }
  }

  /**
   * Seals every file again under a new data key, with `next` as the passphrase (it may be the same one)
   * and a new recovery key, which is returned to show once. Remembered devices no longer open the
   * journal. Crash-safe and resumable: see docs/vault-format.md §14.
   */
  async reencrypt(current: string, next: string, onProgress: (p: RekeyProgress) => void): Promise<string> {
    await this.settleRekey();
    await requireStrong(next);
    const header = await this.sameKey(current);
    const nextKey = randomBytes(32);
    const recovery = generateRecoveryKey();
    try {
      await this.rewrap((dataKey) => startRekey(header, dataKey, nextKey, next, this.kdfForNewWraps(header), recovery));
      this.ring.advance(Buffer.from(nextKey));
      this.unlockedBy = 'passphrase';
      await this.settleRekey(onProgress);
      return formatRecoveryKey(recovery);
    } finally {
      zero(nextKey, recovery);
    }
  }

  /** Finishes a re-encryption under way (after a crash, or one just started); one at a time. */
  settleRekey(onProgress: (p: RekeyProgress) => void = () => undefined): Promise<void> {
    this.ring.get();
    this.rekeying ??= this.finish(onProgress).finally(() => (this.rekeying = undefined));
    return this.rekeying;
  }

  private async finish(onProgress: (p: RekeyProgress) => void): Promise<void> {
    const header = await readHeader(this.fs, this.parts.dir);
    if (!header.rekey) return;
    // Saves that began under the old key land first, so the pass below sees their files.
    await this.parts.entries.quiet();
    await resealAll(this.parts, onProgress);
    await this.rewrap(async (dataKey) => finishRekey(header, dataKey));
    this.ring.retire();
  }

  /** The current passphrase must open the key this vault holds: the folder was not swapped meanwhile. */
  private async sameKey(current: string): Promise<VaultHeader> {
    this.ring.get();
    const header = await readHeader(this.fs, this.parts.dir);
    const key = await unwrapWithPassphrase(header, current);
    let same: boolean;
    try {
      same = key.equals(this.ring.get());
    } finally {
      zero(key);
    }
    if (!same)
      throw new AppError(
        'VAULT_DAMAGED',
        'The journal’s folder was replaced while it was open. Lock and open it again.',
      );
    return header;
  }

  /** Works on a copy of the key, so a lock() during the slow KDF cannot make us wrap a zeroed key. */
  private async rewrap(make: (dataKey: Buffer) => Promise<VaultHeader>): Promise<void> {
    const dataKey = Buffer.from(this.ring.get());
    try {
      const bytes = serializeHeader(await make(dataKey));
      const { p } = this.parts;
      // The key file being replaced is remembered first, so putting it back later is noticed (§13).
      await this.setbacks()?.replacing(await readHeader(this.fs, this.parts.dir));
      await atomicReplace(this.fs, p.header, bytes, 'save the vault key file');
      // The backup copy follows, so a damaged header opens with the current passphrase and recovery key.
      await atomicReplace(this.fs, p.headerBackup, bytes, 'save the vault key file');
    } finally {
      zero(dataKey);
    }
  }

  /** Raising DEFAULT_SCRYPT upgrades a vault the next time its passphrase changes. */
  private kdfForNewWraps(header: VaultHeader): ScryptParams {
    if (this.kdf) return scryptParams(this.kdf);
    const { N, r, p } = header.kdf;
    return N * r * p >= DEFAULT_SCRYPT.N * DEFAULT_SCRYPT.r * DEFAULT_SCRYPT.p
      ? scryptParams({ N, r, p })
      : DEFAULT_SCRYPT;
  }
}

export async function requireStrong(passphrase: string): Promise<void> {
  const s = await checkPassphrase(passphrase);
  if (!s.acceptable)
    throw new AppError(
      'WEAK_PASSPHRASE',
      `That passphrase is too easy to guess (${s.label}). ${s.hints.join(' ')}`.trim(),
    );
}

/** A re-encryption is under way and only the passphrase reaches its new key (docs/vault-format.md §14). */
export function rekeyNeedsPassphrase(by: UnlockedBy): AppError {
  return new AppError(
    by === 'device' ? 'SAFE_STORAGE_UNAVAILABLE' : 'WRONG_RECOVERY_KEY',
    'This journal is being re-encrypted with a new key. Open it with the passphrase chosen for that, to finish it.',
  );
}
