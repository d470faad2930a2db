import { randomBytes } from 'node:crypto';
import { AppError } from '@shared/errors';
import { open, seal } from '../crypto/aead';
import { deriveKey, type ScryptParams } from '../crypto/kdf';
import { hkdfSha256 } from '../crypto/hkdf';
import { zero } from '../crypto/zero';
import { aad } from './aad';
import { HEADER_FORMAT, HEADER_VERSION, type VaultHeader } from './header';

const KEY_CHECK_PLAINTEXT = Buffer.from('landscape-vault key check', 'utf8');
const RECOVERY_INFO = 'landscape-vault/1 recovery wrap';

/**
 * The data key changes only when the writer re-encrypts the journal; passphrase and recovery key only
 * wrap copies of it. Several keys may be wrapped under one derived key (one slow scrypt for both).
 */
async function wrapWithPassphrase(
  dataKeys: Buffer[],
  vaultId: string,
  passphrase: string,
  params: ScryptParams,
): Promise<{ kdf: VaultHeader['kdf']; wrapped: string[] }> {
  const salt = randomBytes(16);
  const kek = await deriveKey(passphrase, salt, params);
  try {
    const wrapped = dataKeys.map((k) => seal(kek, k, aad(vaultId, 'key-wrap', 'passphrase')).toString('base64'));
    return { kdf: { ...params, salt: salt.toString('base64') }, wrapped };
  } finally {
    zero(kek);
  }
}

function wrapWithRecoveryKey(
  dataKey: Buffer,
  vaultId: string,
  recoveryKey: Buffer,
): { recovery: VaultHeader['recovery']; wrapped: string } {
  const salt = randomBytes(16);
  const kek = hkdfSha256(recoveryKey, salt, RECOVERY_INFO);
  try {
    const wrapped = seal(kek, dataKey, aad(vaultId, 'key-wrap', 'recovery')).toString('base64');
    return { recovery: { name: 'hkdf-sha256', salt: salt.toString('base64') }, wrapped };
  } finally {
    zero(kek);
  }
}

/** Lets a remembered device key be checked without touching any entry. */
function makeKeyCheck(dataKey: Buffer, vaultId: string): string {
  return seal(dataKey, KEY_CHECK_PLAINTEXT, aad(vaultId, 'key-check')).toString('base64');
}

export function keyCheckPasses(header: VaultHeader, dataKey: Buffer): boolean {
  const plain = open(dataKey, Buffer.from(header.keyCheck, 'base64'), aad(header.vaultId, 'key-check'));
  return plain !== undefined && plain.equals(KEY_CHECK_PLAINTEXT);
}

export async function unwrapWithPassphrase(header: VaultHeader, passphrase: string): Promise<Buffer> {
  const { key, next } = await unwrapKeysWithPassphrase(header, passphrase);
  zero(next);
  return key;
}

/**
 * The data key, and while the journal is re-encrypted (§14) the key it moves to, from one derivation:
 * only the passphrase reaches the new key, never the old key, a recovery key or a remembered device.
 */
export async function unwrapKeysWithPassphrase(
  header: VaultHeader,
  passphrase: string,
): Promise<{ key: Buffer; next: Buffer | undefined }> {
  const { salt, ...params } = header.kdf;
  // The header was checked for sane settings; should OpenSSL still refuse them, the header is at fault.
  const kek = await deriveKey(passphrase, Buffer.from(salt, 'base64'), params).catch((err: unknown) => {
    throw new AppError(
      'VAULT_DAMAGED',
      "The vault's key file (landscape-vault.json) asks for key-derivation settings that cannot be used. Restore it from a backup; no entry has been changed.",
      { cause: err },
    );
  });
  try {
    const wrapAad = aad(header.vaultId, 'key-wrap', 'passphrase');
    const key = open(kek, Buffer.from(header.wrappedKeys.passphrase, 'base64'), wrapAad);
    if (!key)
      throw new AppError(
        'WRONG_PASSPHRASE',
        'Check for a typing mistake or Caps Lock, or open the journal with your recovery key.',
      );
    if (!header.rekey) return { key, next: undefined };
    const next = open(kek, Buffer.from(header.rekey.passphrase, 'base64'), wrapAad);
    if (!next) {
      zero(key);
      throw rekeyDamaged();
    }
    return { key, next };
  } finally {
    zero(kek);
  }
}

const rekeyDamaged = () =>
  new AppError(
    'VAULT_DAMAGED',
    "The vault's key file (landscape-vault.json) has a re-encryption under way that cannot be read. Restore it from a backup; no entry has been changed.",
  );

export function unwrapWithRecoveryKey(header: VaultHeader, recoveryKey: Buffer): Buffer {
  const kek = hkdfSha256(recoveryKey, Buffer.from(header.recovery.salt, 'base64'), RECOVERY_INFO);
  try {
    const key = open(
      kek,
      Buffer.from(header.wrappedKeys.recovery, 'base64'),
      aad(header.vaultId, 'key-wrap', 'recovery'),
    );
    if (!key)
      throw new AppError(
        'WRONG_RECOVERY_KEY',
        'That recovery key belongs to a different vault, or an older one that was replaced.',
      );
    return key;
  } finally {
    zero(kek);
  }
}

/** A new vault's header: the data key wrapped by the passphrase and, separately, by the recovery key. */
export async function newHeader(
  vaultId: string,
  dataKey: Buffer,
  recoveryKey: Buffer,
  passphrase: string,
  params: ScryptParams,
): Promise<VaultHeader> {
  const byPassphrase = await wrapWithPassphrase([dataKey], vaultId, passphrase, params);
  const byRecovery = wrapWithRecoveryKey(dataKey, vaultId, recoveryKey);
  return {
    format: HEADER_FORMAT,
    version: HEADER_VERSION,
    vaultId,
    createdAt: new Date().toISOString(),
    kdf: byPassphrase.kdf,
    recovery: byRecovery.recovery,
    wrappedKeys: { passphrase: byPassphrase.wrapped[0]!, recovery: byRecovery.wrapped },
    keyCheck: makeKeyCheck(dataKey, vaultId),
  };
}

export async function withPassphrase(
  header: VaultHeader,
  dataKey: Buffer,
  passphrase: string,
  params: ScryptParams,
): Promise<VaultHeader> {
  const wrap = await wrapWithPassphrase([dataKey], header.vaultId, passphrase, params);
  return { ...header, kdf: wrap.kdf, wrappedKeys: { ...header.wrappedKeys, passphrase: wrap.wrapped[0]! } };
}

export function withRecoveryKey(header: VaultHeader, dataKey: Buffer, recoveryKey: Buffer): VaultHeader {
  const wrap = wrapWithRecoveryKey(dataKey, header.vaultId, recoveryKey);
  return { ...header, recovery: wrap.recovery, wrappedKeys: { ...header.wrappedKeys, recovery: wrap.wrapped } };
}

// ── Re-encryption (rekey.ts, docs/vault-format.md §14) ────────────────────────────────────

/**
 * The key file that starts a re-encryption: `passphrase` (the new one) wraps the current key and, in
 * `rekey`, the next one, so from this moment only it opens the journal whole; `rekey` also holds the next
 * key's wrap under the new recovery key. Nothing that opens the current key (the old recovery key, a
 * remembered device, the old key itself) reaches the next one.
 */
export async function startRekey(
  header: VaultHeader,
  current: Buffer,
  next: Buffer,
  passphrase: string,
  params: ScryptParams,
  recoveryKey: Buffer,
): Promise<VaultHeader> {
  const byPassphrase = await wrapWithPassphrase([current, next], header.vaultId, passphrase, params);
  const byRecovery = wrapWithRecoveryKey(next, header.vaultId, recoveryKey);
  return {
    ...header,
    kdf: byPassphrase.kdf,
    wrappedKeys: { ...header.wrappedKeys, passphrase: byPassphrase.wrapped[0]! },
    rekey: {
      passphrase: byPassphrase.wrapped[1]!,
      recoverySalt: byRecovery.recovery.salt,
      recovery: byRecovery.wrapped,
    },
  };
}

/** Every file is under `next`: the key file that ends the re-encryption, with no trace of the old key. */
export function finishRekey(header: VaultHeader, next: Buffer): VaultHeader {
  const { rekey, ...rest } = header;
  if (!rekey) return header;
  return {
    ...rest,
    recovery: { name: 'hkdf-sha256', salt: rekey.recoverySalt },
    wrappedKeys: { passphrase: rekey.passphrase, recovery: rekey.recovery },
    keyCheck: makeKeyCheck(next, header.vaultId),
  };
}
