import { scrypt } from 'node:crypto';

/** Stored in the vault header, so the cost can be raised later without breaking old vaults. */
export interface ScryptParams {
  name: 'scrypt';
  N: number;
  r: number;
  p: number;
  /** Bytes OpenSSL may use; must exceed 128 * N * r * p. */
  maxmem: number;
}

export const KEY_BYTES = 32;

/** 2^17 / 8 / 1 costs about 128 MiB and a few hundred ms: slow for guessing, fine for a person. */
export const DEFAULT_SCRYPT: ScryptParams = scryptParams({ N: 2 ** 17, r: 8, p: 1 });

export function scryptParams(cost: { N: number; r: number; p: number }): ScryptParams {
  const needed = 128 * cost.N * cost.r * cost.p;
  return { name: 'scrypt', ...cost, maxmem: Math.max(32 * 1024 * 1024, 2 * needed) };
}

/** Rejects params that would be trivially weak or that would exhaust memory if a header were tampered with. */
export function isSaneScrypt(p: ScryptParams): boolean {
  const powerOfTwo = Number.isInteger(Math.log2(p.N));
  const memory = 128 * p.N * p.r * p.p;
  return (
    p.name === 'scrypt' &&
    powerOfTwo &&
    p.N >= 2 ** 10 &&
    Number.isInteger(p.r) &&
    // Stryker disable next-line ConditionalExpression: equivalent; N >= 2^10 with log2(N) < 16·r below already needs r >= 1.
    p.r >= 1 &&
    Number.isInteger(p.p) &&
    p.p >= 1 &&
    // OpenSSL's own limits (Node throws ERR_CRYPTO_INVALID_SCRYPT_PARAMS past them): N < 2^(16·r),
    // and p·r small enough for a 32-bit block counter.
    Math.log2(p.N) < 16 * p.r &&
    p.p * p.r <= 1024 &&
    memory <= 1024 * 1024 * 1024 &&
    Number.isInteger(p.maxmem) &&
    p.maxmem > memory &&
    p.maxmem <= 2 * 1024 * 1024 * 1024
  );
}

/**
 * Passphrase → 256-bit key. NFC-normalised so the same passphrase typed on macOS and Windows
 * (which may compose accents differently) gives the same key.
 */
export function deriveKey(passphrase: string, salt: Buffer, params: ScryptParams): Promise<Buffer> {
  const { N, r, p, maxmem } = params;
  return new Promise((resolve, reject) => {
    scrypt(passphrase.normalize('NFC'), salt, KEY_BYTES, { N, r, p, maxmem }, (err, key) =>
      err ? reject(err) : resolve(key),
    );
  });
}
