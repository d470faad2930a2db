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
});
