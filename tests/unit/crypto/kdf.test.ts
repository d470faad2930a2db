import { randomBytes, scryptSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SCRYPT, deriveKey, isSaneScrypt, scryptParams } from '../../../src/main/core/crypto/kdf';

const low = scryptParams({ N: 2 ** 10, r: 8, p: 1 });

describe('scrypt key derivation', () => {
  it('derives by default the key Node’s own scrypt gives at N=2^17, r=8, p=1, within 256 MiB', async () => {
    const salt = randomBytes(16);
    const a = await deriveKey('correct horse battery staple', salt, DEFAULT_SCRYPT);
    const reference = scryptSync('correct horse battery staple', salt, 32, { N: 2 ** 17, r: 8, p: 1, maxmem: 2 ** 28 });
    expect(a.equals(reference)).toBe(true);
    expect(DEFAULT_SCRYPT.maxmem).toBeLessThanOrEqual(256 * 1024 * 1024);
    // A different cost gives a different key, so the params in the header really are the ones used.
    expect((await deriveKey('correct horse battery staple', salt, low)).equals(a)).toBe(false);
  });

  it('is deterministic for passphrase + salt, and differs by salt and passphrase', async () => {
    const salt = randomBytes(16);
    const a = await deriveKey('river stone lantern', salt, low);
    expect((await deriveKey('river stone lantern', salt, low)).equals(a)).toBe(true);
    expect((await deriveKey('river stone lantern', randomBytes(16), low)).equals(a)).toBe(false);
    expect((await deriveKey('river stone lanterN', salt, low)).equals(a)).toBe(false);
  });

  it('treats composed and decomposed accents as the same passphrase', async () => {
    const salt = randomBytes(16);
    const composed = 'caf\u00e9 au lait matin';
    const decomposed = 'cafe\u0301 au lait matin';
    expect(composed).not.toBe(decomposed);
    expect((await deriveKey(composed, salt, low)).equals(await deriveKey(decomposed, salt, low))).toBe(true);
  });

  it('rejects params that are too weak or would exhaust memory', () => {
    expect(isSaneScrypt(DEFAULT_SCRYPT)).toBe(true);
    expect(isSaneScrypt(low)).toBe(true);
    expect(isSaneScrypt(scryptParams({ N: 2 ** 9, r: 8, p: 1 }))).toBe(false);
    expect(isSaneScrypt(scryptParams({ N: 3000, r: 8, p: 1 }))).toBe(false);
    expect(isSaneScrypt(scryptParams({ N: 2 ** 24, r: 8, p: 1 }))).toBe(false);
    expect(isSaneScrypt({ ...DEFAULT_SCRYPT, maxmem: 1024 })).toBe(false);
  });

  it('lets OpenSSL use twice the memory the cost needs, and never less than 32 MiB', () => {
    expect(scryptParams({ N: 2 ** 17, r: 8, p: 1 })).toEqual({
      name: 'scrypt',
      N: 2 ** 17,
      r: 8,
      p: 1,
      maxmem: 2 ** 28,
    });
    expect(scryptParams({ N: 2 ** 10, r: 8, p: 1 }).maxmem).toBe(32 * 1024 * 1024);
    expect(scryptParams({ N: 2 ** 15, r: 8, p: 1 }).maxmem).toBe(64 * 1024 * 1024);
  });

  it('accepts each limit exactly at its edge and refuses one step past it', () => {
    const sane = (cost: { N: number; r: number; p: number }) => isSaneScrypt(scryptParams(cost));
    // N: a power of two, at least 2^10, and below 2^(16·r).
    expect(sane({ N: 2 ** 10, r: 1, p: 1 })).toBe(true);
    expect(sane({ N: 2 ** 15, r: 1, p: 1 })).toBe(true);
    expect(sane({ N: 2 ** 16, r: 1, p: 1 })).toBe(false);
    // r and p: whole numbers from 1, with p·r at most 1024.
    expect(sane({ N: 2 ** 10, r: 0, p: 1 })).toBe(false);
    expect(sane({ N: 2 ** 10, r: 1.5, p: 1 })).toBe(false);
    expect(sane({ N: 2 ** 10, r: 8, p: 0 })).toBe(false);
    expect(sane({ N: 2 ** 10, r: 8, p: 1.5 })).toBe(false);
    expect(sane({ N: 2 ** 10, r: 1, p: 1024 })).toBe(true);
    expect(sane({ N: 2 ** 10, r: 1, p: 1025 })).toBe(false);
    expect(sane({ N: 2 ** 10, r: 2, p: 512 })).toBe(true);
    expect(sane({ N: 2 ** 10, r: 2, p: 513 })).toBe(false);
    // Memory (128·N·r·p): at most 1 GiB.
    expect(sane({ N: 2 ** 20, r: 8, p: 1 })).toBe(true);
    expect(sane({ N: 2 ** 21, r: 8, p: 1 })).toBe(false);
    // Past 1 GiB even when maxmem (written by hand, as in a tampered header) would allow it; p counts as much as r.
    const maxmem = 1700 * 1024 * 1024;
    expect(isSaneScrypt({ name: 'scrypt', N: 2 ** 20, r: 12, p: 1, maxmem })).toBe(false);
    expect(isSaneScrypt({ name: 'scrypt', N: 2 ** 19, r: 8, p: 3, maxmem })).toBe(false);
    expect(isSaneScrypt({ name: 'scrypt', N: 2 ** 19, r: 8, p: 2, maxmem })).toBe(true);
  });

  it('refuses a tampered maxmem or name: not above the memory needed, past 2 GiB, fractional, or another KDF', () => {
    const memory = 128 * 2 ** 10 * 8;
    expect(isSaneScrypt({ ...low, maxmem: memory + 1 })).toBe(true);
    expect(isSaneScrypt({ ...low, maxmem: memory })).toBe(false);
    expect(isSaneScrypt({ ...low, maxmem: 2 * 1024 ** 3 })).toBe(true);
    expect(isSaneScrypt({ ...low, maxmem: 2 * 1024 ** 3 + 1 })).toBe(false);
    expect(isSaneScrypt({ ...low, maxmem: memory + 0.5 })).toBe(false);
    expect(isSaneScrypt({ ...low, name: 'argon2' } as unknown as typeof low)).toBe(false);
  });

  it('rejects, rather than throws, when scrypt refuses its params', async () => {
    const tooTight = { ...low, maxmem: 1024 };
    await expect(deriveKey('river stone lantern', randomBytes(16), tooTight)).rejects.toThrow(/memory/i);
  });
});
