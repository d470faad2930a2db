import { createHash, randomBytes } from 'node:crypto';

/** Crockford base32: no I, L, O or U, so the key survives being copied by hand. */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const KEY_BYTES = 32;
const CHECK_BYTES = 3;
/** 32 key bytes + 3 check bytes = 280 bits = exactly 56 characters. */
const CHARS = 56;
const GROUP = 4;

/** A 256-bit random key. Shown once; the vault keeps only a copy of the data key wrapped by it. */
export function generateRecoveryKey(): Buffer {
  return randomBytes(KEY_BYTES);
}

/** Fourteen groups of four, e.g. `7K2M-...`; the last few characters carry a typo check. */
export function formatRecoveryKey(key: Buffer): string {
  if (key.length !== KEY_BYTES) throw new RangeError('recovery key must be 32 bytes');
  const chars = encode(Buffer.concat([key, checksum(key)]));
  const groups: string[] = [];
  for (let i = 0; i < chars.length; i += GROUP) groups.push(chars.slice(i, i + GROUP));
  return groups.join('-');
}

/**
 * Accepts any case, spaces or dashes, and the look-alikes O→0, I/L→1.
 * Returns undefined when the text is not a well-formed key (wrong length, bad character, failed check).
 */
export function parseRecoveryKey(text: string): Buffer | undefined {
  const cleaned = text.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
  if (cleaned.length !== CHARS) return undefined;
  const bytes = decode(cleaned);
  if (!bytes) return undefined;
  const key = bytes.subarray(0, KEY_BYTES);
  if (!checksum(key).equals(bytes.subarray(KEY_BYTES))) return undefined;
  return Buffer.from(key);
}

function checksum(key: Buffer): Buffer {
  return createHash('sha256').update(key).digest().subarray(0, CHECK_BYTES);
}

function encode(bytes: Buffer): string {
  let out = '';
  let acc = 0;
  let bits = 0;
  for (const byte of bytes) {
    acc = (acc << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += ALPHABET[(acc >>> (bits - 5)) & 31];
      bits -= 5;
    }
    acc &= (1 << bits) - 1;
  }
  return out;
}

function decode(chars: string): Buffer | undefined {
  const out: number[] = [];
  let acc = 0;
  let bits = 0;
  for (const ch of chars) {
    const v = ALPHABET.indexOf(ch);
    if (v < 0) return undefined;
    acc = (acc << 5) | v;
    bits += 5;
    if (bits >= 8) {
      out.push((acc >>> (bits - 8)) & 255);
      bits -= 8;
    }
    acc &= (1 << bits) - 1;
  }
  return Buffer.from(out);
}
