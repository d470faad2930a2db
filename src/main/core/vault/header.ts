import { createHash } from 'node:crypto';
import { z } from 'zod';
import { AppError } from '@shared/errors';
import { isSaneScrypt } from '../crypto/kdf';

export const HEADER_FORMAT = 'landscape-vault';
export const HEADER_VERSION = 1;

const Base64 = z.string().regex(/^[A-Za-z0-9+/]+={0,2}$/);

/** The header minus its `check`; field order here is the order used for the check. */
const HeaderSchema = z.strictObject({
  format: z.literal(HEADER_FORMAT),
  version: z.literal(HEADER_VERSION),
  vaultId: z.string().regex(/^[0-9a-f]{32}$/),
  createdAt: z.string(),
  kdf: z.strictObject({
    name: z.literal('scrypt'),
    N: z.number().int(),
    r: z.number().int(),
    p: z.number().int(),
    maxmem: z.number().int(),
    salt: Base64,
  }),
  recovery: z.strictObject({ name: z.literal('hkdf-sha256'), salt: Base64 }),
  wrappedKeys: z.strictObject({ passphrase: Base64, recovery: Base64 }),
  keyCheck: Base64,
  /**
   * Only while the journal is re-encrypted (rekey.ts): the new data key's passphrase and recovery wraps,
   * which replace `wrappedKeys` once every file is done.
   */
  rekey: z.strictObject({ passphrase: Base64, recoverySalt: Base64, recovery: Base64 }).optional(),
});
export type VaultHeader = z.infer<typeof HeaderSchema>;

/** Rebuilt field by field so the bytes hashed never depend on the order a file happened to use. */
function canonical(h: VaultHeader): string {
  const { name, N, r, p, maxmem, salt } = h.kdf;
  return JSON.stringify({
    format: h.format,
    version: h.version,
    vaultId: h.vaultId,
    createdAt: h.createdAt,
    kdf: { name, N, r, p, maxmem, salt },
    recovery: { name: h.recovery.name, salt: h.recovery.salt },
    wrappedKeys: { passphrase: h.wrappedKeys.passphrase, recovery: h.wrappedKeys.recovery },
    keyCheck: h.keyCheck,
    ...(h.rekey && {
      rekey: {
        passphrase: h.rekey.passphrase,
        recoverySalt: h.rekey.recoverySalt,
        recovery: h.rekey.recovery,
      },
    }),
  });
}

/** Detects accidental damage (a flipped bit, a bad sync) before it is mistaken for a wrong passphrase. */
function checksum(h: VaultHeader): string {
  return createHash('sha256').update(canonical(h), 'utf8').digest('hex');
}

export function serializeHeader(h: VaultHeader): Buffer {
  const withCheck = { ...JSON.parse(canonical(h)), check: checksum(h) };
  return Buffer.from(JSON.stringify(withCheck, null, 2) + '\n', 'utf8');
}

const damaged = (why: string) =>
  new AppError(
    'VAULT_DAMAGED',
    `The vault's key file (landscape-vault.json) ${why}. Restore it from a backup; no entry has been changed.`,
  );

export function parseHeader(bytes: Buffer): VaultHeader {
  let raw: unknown;
  try {
    raw = JSON.parse(bytes.toString('utf8'));
  } catch {
    throw damaged('is damaged or cut short');
  }
  if (typeof raw !== 'object' || raw === null || (raw as { format?: unknown }).format !== HEADER_FORMAT) {
    throw damaged('is not a Landscape vault key file');
  }
  const { version, check, ...rest } = raw as { version?: unknown; check?: unknown };
  if (typeof version === 'number' && Number.isInteger(version) && version > HEADER_VERSION) {
    throw new AppError(
      'UNSUPPORTED_VERSION',
      `This vault was made by a newer version of Landscape (format ${version}). Update Landscape to open it.`,
    );
  }
  const parsed = HeaderSchema.safeParse({ ...rest, version });
  if (!parsed.success) throw damaged('is damaged (a field is missing or malformed)');
  if (typeof check !== 'string' || check !== checksum(parsed.data)) throw damaged('has been altered or damaged');
  if (!isSaneScrypt(parsed.data.kdf)) throw damaged('asks for key-derivation settings Landscape will not use');
  return parsed.data;
}
